import type { Queryable } from '../db/database';
import { CASE_STATUS } from '../domain';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import type { UnitRef } from './caseHandling';

/** When news and the answer first reached the resident (db/026); null until then. */
export interface ResidentDates {
  newsGivenAt: Date | null;
  answerGivenAt: Date | null;
}

export async function residentDatesOf(db: Queryable, caseId: number): Promise<ResidentDates> {
  const { rows } = await db.query<ResidentDates>('SELECT news_given_at AS "newsGivenAt", answer_given_at AS "answerGivenAt" FROM cases WHERE id = $1', [caseId]);
  return rows[0] ?? { newsGivenAt: null, answerGivenAt: null };
}

/** How often the resident has said they were not satisfied with this case: each time is its own notice. */
export async function timesNotSatisfied(db: Queryable, caseId: number): Promise<number> {
  const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM case_events WHERE case_id = $1 AND action = $2', [caseId, CASE_EVENT.notSatisfied]);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Marked answered, or an answer reached the resident (whatever the status says yet: handlers often send the answer
 * before they set the status): the answer can be taken further.
 */
export function hasBeenAnswered(c: Case, dates: ResidentDates): boolean {
  return c.status === CASE_STATUS.answered || dates.answerGivenAt !== null;
}

/** Where a case goes when the resident is not satisfied: one rung up, or staying at the top of the ladder. */
export interface LadderMove {
  from: UnitRef | null;
  /** null: there is no rung above, the case stays with its unit. */
  to: UnitRef | null;
  /** Who was told, for the history: titles and unit, never addresses. */
  told: string;
}

/**
 * The resident is not satisfied with the answer: the case reopens (under investigation again) and moves one rung up
 * the ladder, with its history. A new answer is owed: the answer's deadline becomes `newAnswerDue` (four weeks from
 * now, never earlier than it was) and the answer counts as not yet given, so the overdue lists and reminders follow
 * the new answer; the first answer's delivery stays in the history. Written in the caller's transaction, with the
 * case locked by the caller.
 */
export async function reopenNotSatisfied(tx: Queryable, current: Case, move: LadderMove, actor: Actor, newAnswerDue: Date): Promise<Case> {
  const unitId = move.to?.id ?? current.unitId;
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, unit_id = $3, answer_due = greatest(answer_due, $4), answer_given_at = NULL, updated_at = now()
     WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [current.id, CASE_STATUS.investigating, unitId, newAnswerDue],
  );
  await recordCaseEvent(tx, current.id, actor, CASE_EVENT.notSatisfied, {});
  await recordCaseEvent(tx, current.id, 'system', CASE_EVENT.escalated, move.to
    ? { ...(move.from ? { fromUnit: move.from.name } : {}), unit: move.to.name, unitId: move.to.id, told: move.told }
    : { ...(move.from ? { unit: move.from.name } : {}), note: 'Högst upp i organisationen: ärendet ligger kvar och tittas på igen där.', told: move.told });
  const reopened = caseFromRow(updated.rows[0]!);
  await recordCaseEvent(tx, current.id, 'system', CASE_EVENT.reopened, { from: current.status, to: CASE_STATUS.investigating, answerDue: reopened.answerDue });
  return reopened;
}
