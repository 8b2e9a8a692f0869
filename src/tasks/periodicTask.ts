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
 * never two runs at once; a failure is logged and the next run tries again.
 */
export function startPeriodicTask<T = void>(what: string, intervalMs: number, logger: Logger, task: () => Promise<T>): PeriodicTask<T> {
  let running: Promise<T> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

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
        .catch((err: unknown) => logger.error(`${what} failed; trying again next round`, { error: err }))
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
