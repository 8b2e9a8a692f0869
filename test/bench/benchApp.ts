import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface BenchApp {
  url: string;
  pid: number;
  stop(): void;
}

/**
 * A comparison app of the benches (test/bench/*App.ts) in a process of its own, as the service runs in its own:
 * started with tsx, it prints "<name> listens on <port>".
 */
export function startBenchApp(file: string, env: Record<string, string> = {}): Promise<BenchApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, file)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const port = /listens on (\d+)/.exec(String(d))?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

/** Listens on a free loopback port and says so as startBenchApp waits for; stops on SIGTERM. */
export function listenForBench(name: string, app: { listen(port: number, host: string, done: () => void): import('node:http').Server }, onStop: () => Promise<void> = async () => undefined): void {
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${name} listens on ${typeof address === 'object' && address ? address.port : ''}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void onStop().finally(() => process.exit(0))));
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
