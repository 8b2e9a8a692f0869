/**
 * `npm run bench:startup`: how long the service takes to listen on the embedded database (no DATABASE_URL), both
 * as `npm start` runs it (TypeScript through tsx) and as production runs the build (node dist/src/main.js): first
 * in a fresh data folder (the database created and migrated), then restarts on that folder. Targets (2 cores):
 * first start under 5 s, a restart under 2 s. Each start is timed from spawning node until the service logs that
 * it listens, and it is stopped with SIGTERM before the next.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildInto } from '../support/build';
import { startCommand, type ServiceProcess } from '../support/serviceProcess';

const TARGETS = { first: 5, restart: 2 };

type Start = (env: Record<string, string>) => Promise<ServiceProcess>;

async function timedStart(start: Start, dataDir: string): Promise<number> {
  const began = process.hrtime.bigint();
  const service = await start({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const code = await service.stop();
  if (code !== 0) throw new Error(`the service stopped with ${code}:\n${service.output()}`);
  return seconds;
}

async function measure(name: string, start: Start): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-startup-'));
  try {
    const first = await timedStart(start, dataDir);
    const restart = Math.max(await timedStart(start, dataDir), await timedStart(start, dataDir));
    const line = (what: string, seconds: number, target: number) =>
      `${`${name}: ${what}`.padEnd(58)} ${seconds.toFixed(2).padStart(6)} s   (target < ${target} s) ${seconds < target ? 'met' : 'NOT met'}`;
    return [line('first start, fresh embedded database', first, TARGETS.first), line('restart (the slower of two)', restart, TARGETS.restart)];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const build = buildInto();
  try {
    const lines = [
      ...(await measure('npm start (tsx)', (env) => startCommand(process.execPath, ['--import', 'tsx', 'src/main.ts'], env))),
      ...(await measure('node on the build', (env) => startCommand(process.execPath, [build.main], env, { cwd: build.dir }))),
    ];
    process.stdout.write([`load average now: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`, ...lines, ''].join('\n'));
  } finally {
    build.remove();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:startup failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
