/**
 * The one loop every periodic job runs on (outbox rounds, lapsed claims, abandoned conversations, login counts).
 * Real timers with a short interval; each test waits for what it expects rather than for a fixed time.
 */
import { Writable } from 'node:stream';
import { createLogging } from '../../../src/logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../../../src/tasks/periodicTask';

let logLines = '';
const { logger } = createLogging({ level: 'warn', json: true, stream: new Writable({ write: (chunk: Buffer, _e, done) => ((logLines += chunk.toString()), done()) }) });
const tasks: PeriodicTask<unknown>[] = [];
afterEach(async () => {
  await Promise.all(tasks.splice(0).map((t) => t.stop()));
  logLines = '';
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
async function until(holds: () => boolean): Promise<void> {
  while (!holds()) await tick();
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function start<T>(task: () => Promise<T>): PeriodicTask<T> {
  const t = startPeriodicTask('test job', 5, logger, task);
  tasks.push(t);
  return t;
}

test('runs again and again, never two runs at once', async () => {
  let runs = 0;
  let atOnce = 0;
  let most = 0;
  start(async () => {
    atOnce++;
    most = Math.max(most, atOnce);
    await tick();
    await tick();
    atOnce--;
    runs++;
  });
  await until(() => runs >= 3);
  expect(most).toBe(1);
});

test('runOnce joins the run under way and returns its result', async () => {
  const gate = deferred();
  let started = 0;
  const t = startPeriodicTask('test job', 3_600_000, logger, async () => {
    started++;
    await gate.promise;
    return started;
  });
  tasks.push(t);
  const first = t.runOnce();
  const second = t.runOnce();
  gate.resolve();
  expect(await Promise.all([first, second])).toEqual([1, 1]);
  expect(await t.runOnce()).toBe(2);
});

test('a failed run is logged and the next run tries again', async () => {
  let runs = 0;
  start(async () => {
    runs++;
    if (runs === 1) throw new Error('database went away');
  });
  await until(() => runs >= 2);
  expect(logLines).toContain('test job failed; trying again next round');
});

test('an outage logs its stack once, then one short line a round, and says when it works again', async () => {
  let runs = 0;
  start(async () => {
    runs++;
    if (runs <= 4) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
  });
  await until(() => logLines.includes('works again'));
  const lines = logLines.trim().split('\n').map((l) => JSON.parse(l) as { level: string; message: string; stack?: string; error?: unknown });
  expect(lines.map((l) => l.message)).toEqual([
    'test job failed; trying again next round',
    'test job failed again (2 rounds in a row): connect ECONNREFUSED 127.0.0.1:5432',
    'test job failed again (3 rounds in a row): connect ECONNREFUSED 127.0.0.1:5432',
    'test job failed again (4 rounds in a row): connect ECONNREFUSED 127.0.0.1:5432',
    'test job works again after 4 failed rounds',
  ]);
  expect(JSON.stringify(lines[0])).toContain('periodicTask.test.ts'); // the first carries the stack
  expect(lines.slice(1).some((l) => JSON.stringify(l).includes('periodicTask.test.ts'))).toBe(false);
});

test('stop waits for the run under way, says it is stopping, and no run follows', async () => {
  const gate = deferred();
  let runs = 0;
  let finished = false;
  const t = start(async () => {
    runs++;
    await gate.promise;
    finished = true;
  });
  await until(() => runs === 1);
  let stopDone = false;
  const stopping = t.stop().then(() => (stopDone = true));
  expect(t.stopped).toBe(true);
  await tick();
  expect(stopDone).toBe(false);
  gate.resolve();
  await stopping;
  expect(finished).toBe(true);
  await tick();
  await tick();
  expect(runs).toBe(1);
});
