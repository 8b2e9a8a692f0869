import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { lockCase } from './caseCompletion';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CaseStateError } from './caseStateError';
import { CASE_STATUS } from '../domain';
import { InvalidCaseError } from './errors';
import { checkMayClose } from './caseAssessment';

/** The statuses a case moves through once registered, as its handler works it. */
export const HANDLING_STATUSES = [CASE_STATUS.routed, CASE_STATUS.investigating, CASE_STATUS.answered, CASE_STATUS.closed] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

export interface StatusChange {
  to: HandlingStatus;
  /** The responsible unit (enhet); required to route, kept otherwise. */
  unit: string | null;
  /** Åtgärder: what was done about it. */
  measures: string | null;
  /** Återkoppling: the answer given to the resident. */
  answer: string | null;
}

/**
 * Moves a case on: routed to a unit, under investigation, answered, closed. The measures taken and the answer
 * given are kept in the case's history with the change.
 */
export async function changeCaseStatus(tx: Queryable, caseId: number, change: StatusChange, actor: Actor): Promise<Case> {
  const current = await lockCase(tx, caseId);
  if (current.status === CASE_STATUS.closed) {
    throw new CaseStateError(current.reference, `Case ${current.reference} is closed and can no longer be changed.`);
  }
  if (current.status === CASE_STATUS.incomplete) {
    throw new CaseStateError(current.reference, `Case ${current.reference} is incomplete: complete it (kind, area, what happened) or close it first.`);
  }
  const problems: { field: string; message: string }[] = [];
  const unit = change.unit ?? current.unit;
  if (change.to === CASE_STATUS.routed && !change.unit) problems.push({ field: 'unit', message: 'routing a case needs the unit responsible for it' });
  if (change.to === CASE_STATUS.answered && current.anonymous) {
    problems.push({ field: 'to', message: 'an anonymous case cannot be answered; close it with the measures taken' });
  } else if (change.to === CASE_STATUS.answered && !change.answer) {
    problems.push({ field: 'answer', message: 'an answered case needs the answer given to the resident' });
  }
  if (problems.length) throw new InvalidCaseError(problems);
  if (change.to === CASE_STATUS.closed) await checkMayClose(tx, current);

  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, unit = $3, updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [caseId, change.to, unit],
  );
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.statusChanged, {
    from: current.status,
    to: change.to,
    ...(unit !== current.unit ? { unit } : {}),
    ...(change.measures ? { measures: change.measures } : {}),
    ...(change.answer ? { answer: change.answer } : {}),
  });
  return caseFromRow(updated.rows[0]!);
}

/** A note in the case's history (a call with the resident, a detail learnt later). */
export async function addCaseNote(tx: Queryable, caseId: number, note: string, actor: Actor): Promise<void> {
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.noteAdded, { note });
}
