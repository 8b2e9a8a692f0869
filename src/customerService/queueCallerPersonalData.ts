import type { Queryable } from '../db/database';

/** The phone queue's part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedQueueCaller {
  callSid: string;
  caseId: number | null;
  enteredAt: Date;
  kind: string | null;
  area: string | null;
  status: string;
  takenBy: string | null;
  leftAt: Date | null;
}

/** Callers in the queue in one of these calls, or about one of these cases. */
export async function findQueueCallers(db: Queryable, callSids: readonly string[], caseIds: readonly number[]): Promise<ExtractedQueueCaller[]> {
  const result = await db.query<ExtractedQueueCaller>(
    `SELECT call_sid AS "callSid", case_id AS "caseId", entered_at AS "enteredAt", kind, area, status, taken_by AS "takenBy", left_at AS "leftAt"
     FROM queue_callers WHERE call_sid = ANY($1::text[]) OR case_id = ANY($2::integer[]) ORDER BY entered_at`,
    [callSids, caseIds],
  );
  return result.rows;
}

/**
 * Deletes the queue's rows of the case, of its call, or holding a place for one of its callbacks (working data of a
 * call long over; the callbacks they point at are erased next).
 */
export async function eraseQueueCallersOfCase(tx: Queryable, caseId: number, callSid: string | null): Promise<number> {
  const result = await tx.query(
    `DELETE FROM queue_callers
     WHERE case_id = $1 OR call_sid = $2 OR callback_id IN (SELECT id FROM callback_requests WHERE case_id = $1)`,
    [caseId, callSid],
  );
  return result.rowCount;
}
