import type { Queryable } from '../db/database';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CASE_STATUS } from '../domain';
import { InvalidCaseError } from './errors';
import { newCaseSchema, type NewCaseInput } from './newCase';

/**
 * Adds what arrived late (a voice message after the hang-up was already kept) to the call's incomplete case,
 * filling only what is still empty: nothing said before is overwritten, nothing said after is lost.
 */
export async function addToIncompleteCase(
  tx: Queryable,
  caseId: number,
  input: NewCaseInput,
  actor: Actor,
): Promise<{ id: number; reference: string } | null> {
  const parsed = newCaseSchema.safeParse({ ...input, status: CASE_STATUS.incomplete });
  if (!parsed.success) throw InvalidCaseError.fromZod(parsed.error);
  const c = parsed.data;
  const result = await tx.query<{ id: number; reference: string }>(
    `UPDATE cases SET
       what = COALESCE(what, $2), when_where = COALESCE(when_where, $3), consequences = COALESCE(consequences, $4),
       source_recording_url = COALESCE(source_recording_url, $5), serious = serious OR $6, updated_at = now()
     WHERE id = $1 AND status = $7
     RETURNING id, reference`,
    [caseId, c.what, c.whenWhere, c.consequences, c.source.recordingUrl, c.serious, CASE_STATUS.incomplete],
  );
  const updated = result.rows[0] ?? null;
  if (updated) await recordCaseEvent(tx, caseId, actor, CASE_EVENT.updated, { added: 'late intake', recording: Boolean(c.source.recordingUrl) });
  return updated;
}
