import type { Queryable } from '../db/database';
import type { CaseKind, Language, ServiceArea } from '../domain';

/** How a caller stands in the service's own queue (db/021). */
export const QUEUE_CALLER_STATUS = {
  waiting: 'waiting',
  /** Asked to be called back when it is their turn: the callback keeps their place in the line. */
  callback: 'callback',
  /** Taken out by the service (<Leave>): the longest wait passed, or customer service closed. */
  leaving: 'leaving',
  bridged: 'bridged',
  left: 'left',
  hungUp: 'hung_up',
} as const;
export type QueueCallerStatus = (typeof QUEUE_CALLER_STATUS)[keyof typeof QUEUE_CALLER_STATUS];

export const LEAVE_REASONS = ['longest_wait', 'closing'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export interface QueueCaller {
  callSid: string;
  enteredAt: Date;
  language: Language;
  kind: CaseKind | null;
  area: ServiceArea | null;
  serious: boolean;
  caseId: number | null;
  status: QueueCallerStatus;
  leaveReason: LeaveReason | null;
  callbackId: number | null;
  takenBy: string | null;
  takenAt: Date | null;
}

const COLUMNS = `call_sid AS "callSid", entered_at AS "enteredAt", language, kind, area, serious, case_id AS "caseId",
  status, leave_reason AS "leaveReason", callback_id AS "callbackId", taken_by AS "takenBy", taken_at AS "takenAt"`;

/**
 * A waiting caller whose waitUrl has not been asked for this long is gone (Twilio asks again after every round of
 * announcement and music, a minute or a few): the line leaves them out even if their hang-up never reached us.
 */
export const WAITING_SEEN_WITHIN_SECONDS = 15 * 60;

/**
 * In line: waiting callers Twilio still asks about, and callbacks that keep a place until an agent takes them (the
 * callback request still pending). Ordered by when each entered the queue.
 */
const IN_LINE = `(q.status = 'waiting' AND q.updated_at > $1::timestamptz - make_interval(secs => ${WAITING_SEEN_WITHIN_SECONDS}))
  OR (q.status = 'callback' AND EXISTS (SELECT 1 FROM callback_requests cb WHERE cb.id = q.callback_id AND cb.status = 'pending'))`;

/** What is known of a caller as they enter the queue. */
export type EnteringCaller = Pick<QueueCaller, 'callSid' | 'enteredAt' | 'language' | 'kind' | 'area' | 'serious' | 'caseId'>;

/** The caller joins the line; a repeated transfer of the same call keeps the place it already had. */
export async function enterQueue(db: Queryable, caller: EnteringCaller): Promise<void> {
  await db.query(
    `INSERT INTO queue_callers (call_sid, entered_at, language, kind, area, serious, case_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $2)
     ON CONFLICT (call_sid) DO NOTHING`,
    [caller.callSid, caller.enteredAt, caller.language, caller.kind, caller.area, caller.serious, caller.caseId],
  );
}

export async function findQueueCaller(db: Queryable, callSid: string): Promise<QueueCaller | null> {
  const result = await db.query<QueueCaller>(`SELECT ${COLUMNS} FROM queue_callers WHERE call_sid = $1`, [callSid]);
  return result.rows[0] ?? null;
}

/** Twilio asked the waitUrl: the caller is still there, at this place, with this average wait. */
export async function noteStillWaiting(db: Queryable, callSid: string, at: Date, position: number | null, avgWaitSeconds: number | null): Promise<void> {
  await db.query(
    `UPDATE queue_callers SET position = COALESCE($3, position), avg_wait_seconds = COALESCE($4, avg_wait_seconds), updated_at = $2
     WHERE call_sid = $1 AND status = 'waiting'`,
    [callSid, at, position, avgWaitSeconds],
  );
}

/** Those in line before this caller (waiting, or keeping their place with a callback) at `at`. */
export async function placeInLine(db: Queryable, caller: Pick<QueueCaller, 'callSid' | 'enteredAt'>, at: Date): Promise<number> {
  const result = await db.query<{ ahead: number }>(
    `SELECT count(*)::integer AS ahead FROM queue_callers q
     WHERE (${IN_LINE}) AND (q.entered_at, q.call_sid) < ($2, $3)`,
    [at, caller.enteredAt, caller.callSid],
  );
  return result.rows[0]!.ahead + 1;
}

/** The service takes a waiting caller out of the queue; the Enqueue action then offers a callback or a message. */
export async function markLeaving(db: Queryable, callSid: string, reason: LeaveReason, at: Date): Promise<void> {
  await db.query(`UPDATE queue_callers SET status = 'leaving', leave_reason = $2, updated_at = $3 WHERE call_sid = $1 AND status = 'waiting'`, [
    callSid,
    reason,
    at,
  ]);
}

/** The caller's place is now kept by this callback request; returns false if they were no longer waiting. */
export async function markKeptByCallback(db: Queryable, callSid: string, callbackId: number, at: Date): Promise<boolean> {
  const result = await db.query(
    `UPDATE queue_callers SET status = 'callback', callback_id = $2, updated_at = $3, left_at = $3 WHERE call_sid = $1 AND status = 'waiting'`,
    [callSid, callbackId, at],
  );
  return (result.rowCount ?? 0) > 0;
}

/** Twilio bridged the caller to the agent who rang in with "take next caller". */
export async function markBridged(db: Queryable, callSid: string, agent: string | null, at: Date): Promise<void> {
  await db.query(
    `UPDATE queue_callers SET status = 'bridged', taken_by = COALESCE($2, taken_by), taken_at = $3, left_at = $3, updated_at = $3
     WHERE call_sid = $1 AND status IN ('waiting', 'leaving')`,
    [callSid, agent, at],
  );
}

/** The caller left the queue otherwise (hung up, or after the service's <Leave>). */
export async function markLeft(db: Queryable, callSid: string, status: typeof QUEUE_CALLER_STATUS.left | typeof QUEUE_CALLER_STATUS.hungUp, at: Date): Promise<void> {
  await db.query(
    `UPDATE queue_callers SET status = $2, left_at = COALESCE(left_at, $3), updated_at = $3 WHERE call_sid = $1 AND status IN ('waiting', 'leaving')`,
    [callSid, status, at],
  );
}

/** The line as the workspace shows it: first come first. */
export async function listLine(db: Queryable, at: Date): Promise<QueueCaller[]> {
  const result = await db.query<QueueCaller>(`SELECT ${COLUMNS} FROM queue_callers q WHERE ${IN_LINE} ORDER BY q.entered_at, q.call_sid LIMIT 200`, [at]);
  return result.rows;
}

/** The first in line: a waiting caller, or a callback keeping an earlier place. */
export async function firstInLine(db: Queryable, at: Date): Promise<QueueCaller | null> {
  const result = await db.query<QueueCaller>(`SELECT ${COLUMNS} FROM queue_callers q WHERE ${IN_LINE} ORDER BY q.entered_at, q.call_sid LIMIT 1`, [at]);
  return result.rows[0] ?? null;
}

/** The call this agent was last bridged to from the queue, since `since`. */
export async function latestTakenBy(db: Queryable, agent: string, since: Date): Promise<QueueCaller | null> {
  const result = await db.query<QueueCaller>(
    `SELECT ${COLUMNS} FROM queue_callers WHERE taken_by = $1 AND taken_at >= $2 ORDER BY taken_at DESC LIMIT 1`,
    [agent, since],
  );
  return result.rows[0] ?? null;
}

/** Callers who left the queue (hung up, left, or were put through) and came before `before`: the records plan's class. */
const GONE_BEFORE = `status IN ('left', 'hung_up', 'bridged') AND entered_at < $1`;

/** How many such callers, and the oldest arrival. */
export async function countGoneCallers(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(`SELECT count(*)::int AS count, min(entered_at) AS oldest FROM queue_callers WHERE ${GONE_BEFORE}`, [before]);
  return result.rows[0]!;
}

/** Deletes at most `limit` of them; answers how many went. */
export async function deleteGoneCallers(db: Queryable, before: Date, limit: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM queue_callers WHERE call_sid IN (SELECT call_sid FROM queue_callers WHERE ${GONE_BEFORE} ORDER BY entered_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [before, limit],
  );
  return result.rowCount;
}
