import type { Queryable } from '../db/database';
import { CASE_EVENT } from './caseEvents';

/**
 * Closed cases whose contact data the records plan removes: closed, registered before `before`, nothing in their
 * history since, and some contact data still there. The case itself (what happened, the measures, the answer, the
 * history) is the public document and stays.
 */
const DUE = `c.status = 'closed' AND c.registered_at < $1
  AND (c.contact_name IS NOT NULL OR c.contact_phone IS NOT NULL OR c.contact_email IS NOT NULL OR c.contact_address IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.at >= $1)`;

/** How many closed cases are due, and the oldest registration among them. */
export async function countContactsToAnonymise(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(`SELECT count(*)::int AS count, min(c.registered_at) AS oldest FROM cases c WHERE ${DUE}`, [before]);
  return result.rows[0]!;
}

/**
 * Removes the contact data of at most `limit` due cases and writes contact_anonymised in each one's history, with
 * the decision it rests on, in one statement; answers how many cases.
 */
export async function anonymiseContacts(db: Queryable, before: Date, limit: number, at: Date, decision: string): Promise<number> {
  const result = await db.query(
    `WITH due AS (SELECT c.id FROM cases c WHERE ${DUE} ORDER BY c.id LIMIT $2 FOR UPDATE SKIP LOCKED),
     done AS (
       UPDATE cases SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, contact_address = NULL, updated_at = $3
       FROM due WHERE cases.id = due.id RETURNING cases.id)
     INSERT INTO case_events (case_id, at, actor, action, details)
     SELECT id, $3, 'system', $4, jsonb_build_object('decision', $5::text) FROM done`,
    [before, limit, at, CASE_EVENT.contactAnonymised, decision],
  );
  return result.rowCount;
}
