import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface ServiceProcess {
  url: string;
  /** The process spawned (npm, or node itself), leader of its own process group when started `detached`. */
  pid: number;
  output(): string;
  stop(): Promise<number | null>;
}

/** A fresh embedded database takes ~4 s to create on a quiet machine, and over 20 s with helpers sharing two cores. */
const START_SECONDS = 45;

/** Starts the service as `npm start` does (node --import tsx src/main.ts), on a free port, and waits until it listens. */
export function startServiceProcess(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServiceProcess> {
  return startCommand(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], env);
}

/**
 * Starts any command that runs the service (`npm start`, `node dist/src/main.js`) as a supervisor would, in its own
 * process group so a test can see every process it left, and waits until the service listens.
 */
export function startCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; detached?: boolean } = {},
): Promise<ServiceProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    detached: options.detached ?? false,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the service did not start in ${START_SECONDS} s:\n${out}`));
    }, START_SECONDS * 1000);
    const onData = () => {
      const m = /listens on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve({ url: m[1]!.replace('localhost', '127.0.0.1'), pid: child.pid!, output: () => out, stop: () => stop(child) });
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`the service exited with ${code}:\n${out}`), { code, output: out }));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
