import { Router } from 'express';
import type { Database } from '../db/database';
import { pendingMigrations } from '../db/migrations';
import { probeWrite } from '../db/writeProbe';
import type { Logger } from '../logging/logger';
import { ROUTE } from './routes';

type Readiness = { ready: true } | { ready: false; reason: string };

/** A load balancer may probe every second from many places: the database is asked at most this often. */
const CHECK_EVERY_MS = 5_000;
/** A database that does not answer in this time is as good as away. */
const CHECK_TIMEOUT_MS = 3_000;

/** /healthz: the process answers. /readyz: the database takes writes and every migration is applied. */
export function healthRouter(db: Database, logger: Logger): Router {
  const router = Router();
  const readiness = throttledReadiness(db, logger);
  router.get(ROUTE.healthz, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(ROUTE.readyz, async (_req, res) => {
    const state = await readiness();
    if (state.ready) res.json({ status: 'ready', database: db.kind });
    else res.status(503).json({ status: 'not ready', reason: state.reason });
  });
  return router;
}

/** The last answer is reused for CHECK_EVERY_MS, and probes arriving during a check wait for that one check. */
function throttledReadiness(db: Database, logger: Logger): () => Promise<Readiness> {
  let last: { at: number; state: Promise<Readiness> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= CHECK_EVERY_MS) last = { at: now, state: check(db, logger) };
    return last.state;
  };
}

async function check(db: Database, logger: Logger): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'database does not answer' }), CHECK_TIMEOUT_MS);
  });
  const checked = (async (): Promise<Readiness> => {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) return { ready: false, reason: `migrations not applied: ${pending.join(', ')}` };
    await probeWrite(db);
    return { ready: true };
  })().catch((err: unknown): Readiness => {
    logger.warn('readiness check failed: the database does not take writes', { error: err });
    return { ready: false, reason: 'database unreachable or read-only' };
  });
  try {
    return await Promise.race([checked, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
