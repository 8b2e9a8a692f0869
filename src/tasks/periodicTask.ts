import type { Logger } from '../logging/logger';

export interface PeriodicTask<T = void> {
  /** Runs the task now, or joins the run under way: never two runs at once in this process. */
  runOnce(): Promise<T>;
  /** Set once stop() is called, so a long run (a batch after batch) can end early. */
  readonly stopped: boolean;
  /** Stops the loop and waits for a run under way, so a shutdown never cuts a write in half. */
  stop(): Promise<void>;
}

/**
 * Runs a task every intervalMs in the service's own process (the next run intervalMs after the last one ended),
 * never two runs at once; a failure is logged and the next run tries again. While it keeps failing (the database
 * is down), the first failure is logged whole and each following one as a short line, so an outage of minutes does
 * not fill the log with the same stack every few seconds; the first success after it says so.
 */
export function startPeriodicTask<T = void>(what: string, intervalMs: number, logger: Logger, task: () => Promise<T>): PeriodicTask<T> {
  let running: Promise<T> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  /** Failures in a row since the last success. */
  let failures = 0;

  function runOnce(): Promise<T> {
    running ??= task().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .then(
          () => {
            if (failures > 0) logger.warn(`${what} works again after ${failures} failed ${failures === 1 ? 'round' : 'rounds'}`);
            failures = 0;
          },
          (err: unknown) => {
            failures++;
            if (failures === 1) logger.error(`${what} failed; trying again next round`, { error: err });
            else logger.warn(`${what} failed again (${failures} rounds in a row): ${shortReason(err)}`);
          },
        )
        .finally(schedule);
    }, intervalMs);
    timer.unref();
  }
  schedule();

  return {
    runOnce,
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

/** One line of why, without the stack (the first failure of an outage carried it). */
function shortReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0]!.slice(0, 200);
}
