import type { Queryable } from '../db/database';

/** The callback queue's part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedCallback {
  id: number;
  caseId: number;
  phone: string;
  timeWindow: string;
  status: string;
  createdAt: Date;
  attempts: { at: Date; agent: string; outcome: string; note: string | null }[];
}

/** Callbacks to one of these numbers, or for one of these cases (their own or joined), with their attempts. */
export async function findCallbacks(db: Queryable, phones: readonly string[], caseIds: readonly number[]): Promise<ExtractedCallback[]> {
  const found = await db.query<Omit<ExtractedCallback, 'attempts'>>(
    `SELECT id, case_id AS "caseId", phone, time_window AS "timeWindow", status, created_at AS "createdAt" FROM callback_requests
     WHERE id IN (SELECT id FROM callback_requests WHERE phone = ANY($1::text[])
                  UNION SELECT id FROM callback_requests WHERE case_id = ANY($2::integer[])
                  UNION SELECT callback_id FROM callback_joined_cases WHERE case_id = ANY($2::integer[]))
     ORDER BY id`,
    [phones, caseIds],
  );
  if (found.rows.length === 0) return [];
  const attempts = await db.query<ExtractedCallback['attempts'][number] & { callbackId: number }>(
    'SELECT callback_id AS "callbackId", at, agent, outcome, note FROM callback_attempts WHERE callback_id = ANY($1::integer[]) ORDER BY id',
    [found.rows.map((c) => c.id)],
  );
  return found.rows.map((c) => ({ ...c, attempts: attempts.rows.filter((a) => a.callbackId === c.id).map(({ callbackId: _, ...a }) => a) }));
}

/**
 * Deletes the case's callbacks (the number to call, the attempts and their notes) and its joins to another case's
 * callback. The history keeps that callbacks were asked for and tried. Queue callers that point at one of these
 * callbacks must be gone first (src/customerService). Answers how many rows went.
 */
export async function eraseCallbacksOfCase(tx: Queryable, caseId: number): Promise<number> {
  const own = 'SELECT id FROM callback_requests WHERE case_id = $1';
  const joins = await tx.query(`DELETE FROM callback_joined_cases WHERE case_id = $1 OR callback_id IN (${own})`, [caseId]);
  const attempts = await tx.query(`DELETE FROM callback_attempts WHERE callback_id IN (${own})`, [caseId]);
  const requests = await tx.query('DELETE FROM callback_requests WHERE case_id = $1', [caseId]);
  return joins.rowCount + attempts.rowCount + requests.rowCount;
}
