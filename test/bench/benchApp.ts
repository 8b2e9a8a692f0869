import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface BenchApp {
  url: string;
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
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') });
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
