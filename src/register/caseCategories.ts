import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { lockCase } from './caseCompletion';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CaseStateError } from './caseStateError';
import { CASE_STATUS } from '../domain';

/**
 * Sets what a case concerns (its categories, from the configured list the caller has checked against), and keeps
 * the change in the history. A closed case is final; setting the same categories again writes nothing.
 */
export async function setCaseCategories(tx: Queryable, caseId: number, categories: readonly string[], actor: Actor): Promise<Case> {
  const current = await lockCase(tx, caseId);
  if (current.status === CASE_STATUS.closed) {
    throw new CaseStateError(current.reference, `Ärende ${current.reference} är avslutat och kan inte längre ändras.`);
  }
  const wanted = [...new Set(categories)];
  if (wanted.length === current.categories.length && wanted.every((c) => current.categories.includes(c))) return current;
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET categories = $2::text[], updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [caseId, wanted],
  );
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.updated, { categories: wanted });
  return caseFromRow(updated.rows[0]!);
}
