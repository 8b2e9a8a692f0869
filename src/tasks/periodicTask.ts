import type { Logger } from '../logging/logger';

export interface PeriodicTask {
  stop(): Promise<void>;
}

/**
 * Runs a task every intervalMs in the service's own process, never two runs at once; a failure is logged and the
 * next run tries again. stop() waits for a run under way, so a shutdown never cuts a write in half.
 */
export function startPeriodicTask(what: string, intervalMs: number, logger: Logger, task: () => Promise<void>): PeriodicTask {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((err: unknown) => {
        logger.error(`${what} failed`, { error: err });
      })
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
