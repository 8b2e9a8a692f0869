import { Router } from 'express';
import type { Database } from '../db/database';
import { pendingMigrations } from '../db/migrations';
import type { Logger } from '../logging/logger';
import { ROUTE } from './routes';

/** /healthz: the process answers. /readyz: the database answers and every migration is applied. */
export function healthRouter(db: Database, logger: Logger): Router {
  const router = Router();
  router.get(ROUTE.healthz, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(ROUTE.readyz, async (_req, res) => {
    try {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) {
        res.status(503).json({ status: 'not ready', reason: `migrations not applied: ${pending.join(', ')}` });
        return;
      }
      res.json({ status: 'ready', database: db.kind });
    } catch (err) {
      logger.warn('readiness check failed', { error: err });
      res.status(503).json({ status: 'not ready', reason: 'database unreachable' });
    }
  });
  return router;
}
