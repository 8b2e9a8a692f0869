import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import { pruneStatusTables, type GuessPolicy } from './guessThrottle';

/** Forgets past guessing windows and long-expired codes now and then. */
export function startStatusPrune(parts: { db: Database; clock: () => Date; policy: GuessPolicy; intervalMs: number; logger: Logger }): PeriodicTask {
  return startPeriodicTask('pruning old status lookups and codes', parts.intervalMs, parts.logger, () => pruneStatusTables(parts.db, parts.clock(), parts.policy));
}
