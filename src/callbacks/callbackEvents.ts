import type { Queryable } from '../db/database';
import { recordCaseEvent, type Actor, type CaseEventAction } from '../register/caseEvents';

/** The case a callback was queued for, and every case that joined it: a change to the call concerns them all. */
export async function casesOfCallback(db: Queryable, callbackId: number): Promise<number[]> {
  const result = await db.query<{ caseId: number }>(
    `SELECT case_id AS "caseId" FROM callback_requests WHERE id = $1
     UNION SELECT case_id FROM callback_joined_cases WHERE callback_id = $1`,
    [callbackId],
  );
  return result.rows.map((r) => r.caseId).sort((a, b) => a - b);
}

/** Writes the same entry in the history of every case the callback serves. */
export async function recordCallbackEvent(
  db: Queryable,
  callbackId: number,
  actor: Actor,
  action: CaseEventAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  for (const caseId of await casesOfCallback(db, callbackId)) {
    await recordCaseEvent(db, caseId, actor, action, { callbackId, ...details });
  }
}
