import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
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
}): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = releaseExpiredClaims(parts.db, parts.policy)
      .then((n) => {
        if (n > 0) parts.logger.info(`${n} lapsed callback claim(s) returned to the queue`);
      })
      .catch((err: unknown) => parts.logger.error('returning lapsed callback claims failed', { error: err }))
      .finally(() => {
        running = null;
      });
  }, parts.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
