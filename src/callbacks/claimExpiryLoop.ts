import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import { releaseExpiredClaims } from './callbackClaims';
import type { CallbackPolicy } from './callbackPolicy';

/**
 * Returns lapsed claims to the queue now and then, so the queue shows them waiting and each case's history says
 * the claim lapsed. Claiming does not depend on it: a lapsed claim can be taken over at any time.
 */
export function startClaimExpiryLoop(parts: {
  db: Database;
  policy: Pick<CallbackPolicy, 'claimMinutes'>;
  intervalMs: number;
  logger: Logger;
}): PeriodicTask {
  return startPeriodicTask('returning lapsed callback claims', parts.intervalMs, parts.logger, async () => {
    const n = await releaseExpiredClaims(parts.db, parts.policy);
    if (n > 0) parts.logger.info(`${n} lapsed callback claim(s) returned to the queue`);
  });
}
