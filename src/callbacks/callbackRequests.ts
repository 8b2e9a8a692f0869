import type { Queryable } from '../db/database';
import { CASE_EVENT, caseEventsFrom, type Actor } from '../register/caseEvents';
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

/** The columns of a CallbackRequest, optionally qualified by a table alias (for joins and UPDATE … FROM). */
export function callbackColumns(alias?: string): string {
  const t = alias ? `${alias}.` : '';
  return `${t}id, ${t}case_id AS "caseId", ${t}phone, ${t}time_window AS "window", ${t}window_start AS "windowStart",
    ${t}window_end AS "windowEnd", ${t}status, ${t}attempts, ${t}next_attempt_at AS "nextAttemptAt",
    ${t}claimed_by AS "claimedBy", ${t}claimed_at AS "claimedAt", ${t}created_at AS "createdAt"`;
}
const CALLBACK_COLUMNS = callbackColumns();

/** A resident who asks again the same day is waiting for the same call, not a second one. */
const JOIN_WITHIN_HOURS = 24;
// Serialises callback requests per number (with a key of our own beside the migrations' lock) so two requests
// for one number at the same moment cannot both miss each other and queue two calls.
const PHONE_LOCK_SPACE = 4712;

export interface CallbackRequestOutcome {
  callback: CallbackRequest;
  /** True when the wish joined a callback already open for the case or the number. */
  joined: boolean;
}

/**
 * Queues a callback for a case, or joins the one already open for the same case, or for the same number
 * within a day. Writes the case's history either way ('callback_requested' or 'callback_joined').
 * Must run inside the caller's transaction: the lock it takes is held until that transaction ends.
 */
export async function requestOrJoinCallback(
  tx: Queryable,
  caseId: number,
  wish: CallbackWish,
  actor: Actor,
): Promise<CallbackRequestOutcome> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PHONE_LOCK_SPACE, wish.phone]);
  // After the lock, one statement: it sees every request committed before the lock was ours, and either joins
  // the open callback or queues a new one, writing the case's history with it.
  const result = await tx.query<CallbackRequest & { joined: boolean }>(
    `WITH open AS (
       SELECT * FROM callback_requests
       WHERE (case_id = $3 AND status IN ($1, $2))
          -- Another case joins only a callback nobody has taken yet: one already on the phone would be marked
          -- done without anyone hearing of the new case.
          OR (status = $1 AND phone = $4 AND created_at > now() - make_interval(hours => ${JOIN_WITHIN_HOURS}))
       ORDER BY (case_id = $3) DESC, id LIMIT 1
     ), requested AS (
       INSERT INTO callback_requests (case_id, phone, time_window, window_start, window_end, status, next_attempt_at)
       SELECT $3, $4, $5, $6, $7, $1, $6 WHERE NOT EXISTS (SELECT 1 FROM open)
       RETURNING *
     ), joined AS (
       INSERT INTO callback_joined_cases (callback_id, case_id)
       SELECT id, $3 FROM open WHERE case_id <> $3 ON CONFLICT DO NOTHING
     ), history AS (
       ${caseEventsFrom(`SELECT $3, $8, $9, jsonb_build_object('callbackId', id) || $11::jsonb FROM requested
       UNION ALL
       SELECT $3, $8, $10, jsonb_build_object('callbackId', id, 'callbackCaseId', case_id, 'window', time_window, 'windowStart', window_start)
       FROM open`)}
     )
     SELECT ${callbackColumns('open')}, true AS joined FROM open
     UNION ALL SELECT ${callbackColumns('requested')}, false AS joined FROM requested`,
    [
      CALLBACK_STATUS.pending, CALLBACK_STATUS.claimed, caseId, wish.phone, wish.window, wish.windowStart, wish.windowEnd,
      actor, CASE_EVENT.callbackRequested, CASE_EVENT.callbackJoined,
      JSON.stringify({ window: wish.window, windowStart: wish.windowStart }),
    ],
  );
  const { joined, ...callback } = result.rows[0]!;
  return { callback, joined };
}

/** The callbacks of a case: its own, and any open callback it joined. */
export async function listCallbacksForCase(db: Queryable, caseId: number): Promise<CallbackRequest[]> {
  const result = await db.query<CallbackRequest>(
    // A UNION of two lookups by key: `case_id = $1 OR id IN (…)` reads every callback there ever was.
    `SELECT ${CALLBACK_COLUMNS} FROM callback_requests WHERE case_id = $1
     UNION
     SELECT ${CALLBACK_COLUMNS} FROM callback_requests WHERE id IN (SELECT callback_id FROM callback_joined_cases WHERE case_id = $1)
     ORDER BY id`,
    [caseId],
  );
  return result.rows;
}

export async function findCallback(db: Queryable, id: number): Promise<CallbackRequest | null> {
  const result = await db.query<CallbackRequest>(`SELECT ${CALLBACK_COLUMNS} FROM callback_requests WHERE id = $1`, [id]);
  return result.rows[0] ?? null;
}

/**
 * A case flagged serious after its callback was queued moves that callback (its own, or one it joined) to the front
 * of the queue, as if it had been serious from the start.
 */
export async function markCallbacksSerious(tx: Queryable, caseId: number): Promise<number> {
  const result = await tx.query(
    `UPDATE callback_requests SET serious = true
     WHERE NOT serious AND status IN ($2, $3)
       AND (case_id = $1 OR id IN (SELECT callback_id FROM callback_joined_cases WHERE case_id = $1))`,
    [caseId, CALLBACK_STATUS.pending, CALLBACK_STATUS.claimed],
  );
  return result.rowCount;
}

/**
 * Marks a callback as the one that gives the resident their answer (reply by phone): reaching them counts as the
 * answer given, with what was said in the attempt's note.
 */
export async function markCallbackForAnswer(tx: Queryable, callbackId: number): Promise<void> {
  await tx.query('UPDATE callback_requests SET for_answer = true, updated_at = now() WHERE id = $1', [callbackId]);
}
