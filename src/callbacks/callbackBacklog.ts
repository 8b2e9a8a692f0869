import type { Queryable } from '../db/database';
import { CALLBACK_STATUS } from './callbackTypes';

export interface CallbackBacklog {
  /** Callbacks not yet done, failed or cancelled (pending or claimed). */
  waiting: number;
  /** Of those, the ones whose wished window has closed without the resident being reached. */
  overdue: number;
}

/**
 * The callback queue's size, for the metrics on each scrape: open callbacks are few, and the partial index on
 * open callbacks (callback_requests_open, db/003) holds exactly them, so this never reads the whole table.
 */
export async function callbackBacklog(db: Queryable, now: Date): Promise<CallbackBacklog> {
  const { rows } = await db.query<{ waiting: string | number; overdue: string | number }>(
    // The statuses are written in, not bound: a generic plan could not match the partial index with parameters.
    `SELECT count(*) AS waiting, count(*) FILTER (WHERE window_end < $1) AS overdue
       FROM callback_requests WHERE status IN ('${CALLBACK_STATUS.pending}', '${CALLBACK_STATUS.claimed}')`,
    [now],
  );
  return { waiting: Number(rows[0]?.waiting ?? 0), overdue: Number(rows[0]?.overdue ?? 0) };
}
