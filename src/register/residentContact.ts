import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CaseStateError } from './caseStateError';

/** Which promise a message to the resident keeps: news of what happens (14 days) or the answer (four weeks). */
export const RESIDENT_MESSAGE = { news: 'news', answer: 'answer' } as const;
export type ResidentMessageKind = (typeof RESIDENT_MESSAGE)[keyof typeof RESIDENT_MESSAGE];

const GIVEN_COLUMN: Record<ResidentMessageKind, string> = { news: 'news_given_at', answer: 'answer_given_at' };

/**
 * Notes that news or the answer reached the resident (a message delivered, a letter printed, the resident reached by
 * phone). The first time counts: a later message does not move the date the promise was kept.
 */
export async function markGivenToResident(tx: Queryable, caseId: number, kind: ResidentMessageKind, at: Date): Promise<void> {
  await tx.query(`UPDATE cases SET ${GIVEN_COLUMN[kind]} = coalesce(${GIVEN_COLUMN[kind]}, $2), updated_at = now() WHERE id = $1`, [caseId, at]);
}

/**
 * The resident's postal address, for an answer by letter, as the handler writes it (the lines under the name).
 * An anonymous case keeps no contact data. The history says the address changed, never what it is.
 */
export async function setContactAddress(tx: Queryable, current: Case, address: string, actor: Actor): Promise<Case> {
  if (current.anonymous) throw new CaseStateError(current.reference, `Ärende ${current.reference} är anonymt: inga kontaktuppgifter sparas.`);
  const updated = await tx.query<CaseRow>(`UPDATE cases SET contact_address = $2, updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`, [current.id, address]);
  await recordCaseEvent(tx, current.id, actor, CASE_EVENT.updated, { changed: ['contact.address'] });
  return caseFromRow(updated.rows[0]!);
}

/** An answer a callback was booked to give: the case and the handler's text, for the agent who calls. */
export interface AnswerToGive {
  caseId: number;
  reference: string;
  text: string;
}

/**
 * The answers a callback was booked to give (their answer_queued entries name it): usually its own case's, also a
 * case's that joined another case's callback to the same number; the latest text per case.
 */
export async function answersToGiveByCallback(db: Queryable, callbackId: number): Promise<AnswerToGive[]> {
  const result = await db.query<AnswerToGive>(
    `SELECT DISTINCT ON (e.case_id) e.case_id AS "caseId", c.reference, e.details->>'text' AS text
     FROM case_events e JOIN cases c ON c.id = e.case_id
     WHERE e.action = $1 AND e.details->>'callbackId' = $2 ORDER BY e.case_id, e.id DESC`,
    [CASE_EVENT.answerQueued, String(callbackId)],
  );
  return result.rows.map((r) => ({ ...r, caseId: Number(r.caseId) }));
}
