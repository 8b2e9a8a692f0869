import type { Queryable } from '../db/database';
import { CASE_STATUS, type CaseStatus } from '../domain';

/**
 * Calls the phone line handed to customer service (the caller pressed 0, or fell back to the queue):
 * conversation_sessions rows with transferred_at set. The agent who took the call finishes it from here.
 */
export interface TransferredCall {
  callSid: string;
  callerPhone: string | null;
  transferredAt: Date;
  /** The engine's state as stored: language and the answers given in the menu. Read tolerantly (callPrefill). */
  state: unknown;
  caseId: number | null;
  caseReference: string | null;
  caseStatus: CaseStatus | null;
  /** The agent who has taken the call, while the take holds (TAKE_HOLDS_MINUTES); null when anyone may. */
  takenBy: string | null;
}

/** How long an agent's take of a call holds: after-call work is minutes; after this, another agent may finish it. */
export const TAKE_HOLDS_MINUTES = 30;

const TAKEN_BY = `CASE WHEN s.taken_at > now() - make_interval(mins => ${TAKE_HOLDS_MINUTES}) THEN s.taken_by END`;

const COLUMNS = `s.id AS "callSid", s.caller_phone AS "callerPhone", s.transferred_at AS "transferredAt", s.state,
  s.case_id AS "caseId", c.reference AS "caseReference", c.status AS "caseStatus", ${TAKEN_BY} AS "takenBy"`;

/** Only phone calls are handed to customer service's queue. */
const PHONE = 'phone';

/** How far back the list of calls to finish reaches: after-call work is done the same day, or soon after. */
export const RECENT_CALL_DAYS = 7;

/** Recent transferred calls still to finish: no case yet, or only the incomplete one kept at the transfer. */
export async function listCallsToFinish(db: Queryable): Promise<TransferredCall[]> {
  const result = await db.query<TransferredCall>(
    `SELECT ${COLUMNS} FROM conversation_sessions s LEFT JOIN cases c ON c.id = s.case_id
     WHERE s.channel = $2 AND s.transferred_at > now() - make_interval(days => $1)
       AND (s.case_id IS NULL OR c.status = $3)
     ORDER BY s.transferred_at DESC LIMIT 100`,
    [RECENT_CALL_DAYS, PHONE, CASE_STATUS.incomplete],
  );
  return result.rows;
}

export async function findTransferredCall(db: Queryable, callSid: string): Promise<TransferredCall | null> {
  const result = await db.query<TransferredCall>(
    `SELECT ${COLUMNS} FROM conversation_sessions s LEFT JOIN cases c ON c.id = s.case_id
     WHERE s.id = $1 AND s.channel = $2 AND s.transferred_at IS NOT NULL`,
    [callSid, PHONE],
  );
  return result.rows[0] ?? null;
}

/** Locks the call for finishing: two agents finishing the same call at once are taken one after the other. */
export async function lockTransferredCall(tx: Queryable, callSid: string): Promise<{ callSid: string; caseId: number | null; takenBy: string | null } | null> {
  const result = await tx.query<{ callSid: string; caseId: number | null; takenBy: string | null }>(
    `SELECT s.id AS "callSid", s.case_id AS "caseId", ${TAKEN_BY} AS "takenBy" FROM conversation_sessions s
     WHERE s.id = $1 AND s.channel = $2 AND s.transferred_at IS NOT NULL FOR UPDATE`,
    [callSid, PHONE],
  );
  return result.rows[0] ?? null;
}

/**
 * Takes a transferred call for this agent, in the caller's transaction: only one agent at a time does its
 * after-call work. Answers who has it now (this agent, or the one whose take still holds), or null when there is
 * no such call. The row lock makes two agents taking it at once be served one after the other.
 */
export async function takeTransferredCall(tx: Queryable, callSid: string, username: string): Promise<{ takenBy: string } | null> {
  const call = await lockTransferredCall(tx, callSid);
  if (!call) return null;
  if (call.takenBy !== null && call.takenBy !== username) return { takenBy: call.takenBy };
  await tx.query('UPDATE conversation_sessions SET taken_by = $2, taken_at = now() WHERE id = $1', [callSid, username]);
  return { takenBy: username };
}

export async function linkCaseToCall(tx: Queryable, callSid: string, caseId: number): Promise<void> {
  await tx.query('UPDATE conversation_sessions SET case_id = $2, updated_at = now() WHERE id = $1', [callSid, caseId]);
}
