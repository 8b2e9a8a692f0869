import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import { pruneLoginThrottle } from './loginThrottle';

/** Removes login counts of past windows now and then, so a flood of guesses leaves nothing lasting behind. */
export function startLoginThrottlePrune(parts: { db: Database; intervalMs: number; logger: Logger }): PeriodicTask {
  return startPeriodicTask('pruning old login counts', parts.intervalMs, parts.logger, async () => {
    const n = await pruneLoginThrottle(parts.db);
    if (n > 0) parts.logger.debug(`${n} old login count(s) pruned`);
  });
}
