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
}

const COLUMNS = `s.id AS "callSid", s.caller_phone AS "callerPhone", s.transferred_at AS "transferredAt", s.state,
  s.case_id AS "caseId", c.reference AS "caseReference", c.status AS "caseStatus"`;

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
export async function lockTransferredCall(tx: Queryable, callSid: string): Promise<{ callSid: string; caseId: number | null } | null> {
  const result = await tx.query<{ callSid: string; caseId: number | null }>(
    `SELECT id AS "callSid", case_id AS "caseId" FROM conversation_sessions
     WHERE id = $1 AND channel = $2 AND transferred_at IS NOT NULL FOR UPDATE`,
    [callSid, PHONE],
  );
  return result.rows[0] ?? null;
}

export async function linkCaseToCall(tx: Queryable, callSid: string, caseId: number): Promise<void> {
  await tx.query('UPDATE conversation_sessions SET case_id = $2, updated_at = now() WHERE id = $1', [callSid, caseId]);
}
