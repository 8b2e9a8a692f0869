import type { Queryable } from '../db/database';
import type { CallbackWish } from '../register/newCase';
import { CALLBACK_STATUS, type CallbackStatus, type CallbackWindow } from './callbackTypes';

export interface CallbackRequest {
  id: number;
  caseId: number;
  phone: string;
  window: CallbackWindow;
  windowStart: Date;
  windowEnd: Date;
  status: CallbackStatus;
  attempts: number;
  nextAttemptAt: Date;
  claimedBy: string | null;
  claimedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `id, case_id AS "caseId", phone, time_window AS "window", window_start AS "windowStart",
  window_end AS "windowEnd", status, attempts, next_attempt_at AS "nextAttemptAt", claimed_by AS "claimedBy",
  claimed_at AS "claimedAt", created_at AS "createdAt"`;

/** Queues a callback for a case; the first attempt is due when the wished window opens. */
export async function insertCallbackRequest(db: Queryable, caseId: number, wish: CallbackWish): Promise<CallbackRequest> {
  const result = await db.query<CallbackRequest>(
    `INSERT INTO callback_requests (case_id, phone, time_window, window_start, window_end, status, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $4) RETURNING ${COLUMNS}`,
    [caseId, wish.phone, wish.window, wish.windowStart, wish.windowEnd, CALLBACK_STATUS.pending],
  );
  return result.rows[0]!;
}

export async function listCallbacksForCase(db: Queryable, caseId: number): Promise<CallbackRequest[]> {
  const result = await db.query<CallbackRequest>(
    `SELECT ${COLUMNS} FROM callback_requests WHERE case_id = $1 ORDER BY id`,
    [caseId],
  );
  return result.rows;
}
