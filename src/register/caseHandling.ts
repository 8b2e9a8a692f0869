import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { lockCase } from './caseCompletion';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import type { FieldProblem } from '../domain/messageCodes';
import { CaseStateError } from './caseStateError';
import { CASE_STATUS } from '../domain';
import { InvalidCaseError } from './errors';
import { checkMayClose } from './caseAssessment';

/** The statuses a case moves through once registered, as its handler works it. */
export const HANDLING_STATUSES = [CASE_STATUS.routed, CASE_STATUS.investigating, CASE_STATUS.answered, CASE_STATUS.closed] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

/** A unit as the register writes it: the id into the case, the name into its history (read as it was then). */
export interface UnitRef {
  id: number;
  name: string;
}

export interface StatusChange {
  to: HandlingStatus;
  /** The responsible unit; required to route a case that has none, kept otherwise (moving it is rerouteCase). */
  unit: UnitRef | null;
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
    throw new CaseStateError(current.reference, `Case ${current.reference} is closed and can no longer be changed.`, 'arendet-avslutat');
  }
  if (current.status === CASE_STATUS.incomplete) {
    throw new CaseStateError(current.reference, `Case ${current.reference} is incomplete: complete it (kind, area, what happened) or close it first.`, 'arendet-ofullstandigt');
  }
  const problems: FieldProblem[] = [];
  const unitId = change.unit?.id ?? current.unitId;
  if (change.to === CASE_STATUS.routed && unitId === null) problems.push({ field: 'unitId', message: 'välj den enhet som ska ha ärendet', code: 'valj-enhet' });
  if (change.unit && current.unitId !== null && change.unit.id !== current.unitId) {
    problems.push({ field: 'unitId', message: 'ärendet har redan en enhet: flytta det till en annan enhet med en anledning', code: 'har-redan-enhet' });
  }
  if (change.to === CASE_STATUS.answered && current.anonymous) {
    problems.push({ field: 'to', message: 'an anonymous case cannot be answered; close it with the measures taken', code: 'anonymt-utan-svar' });
  } else if (change.to === CASE_STATUS.answered && !change.answer) {
    problems.push({ field: 'answer', message: 'an answered case needs the answer given to the resident', code: 'svar-behovs' });
  }
  if (problems.length) throw new InvalidCaseError(problems);
  if (change.to === CASE_STATUS.closed) await checkMayClose(tx, current);

  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, unit_id = $3, updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [caseId, change.to, unitId],
  );
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.statusChanged, {
    from: current.status,
    to: change.to,
    ...(change.unit && unitId !== current.unitId ? { unit: change.unit.name, unitId } : {}),
    ...(change.measures ? { measures: change.measures } : {}),
    ...(change.answer ? { answer: change.answer } : {}),
  });
  return caseFromRow(updated.rows[0]!);
}

/** A note in the case's history (a call with the resident, a detail learnt later). */
export async function addCaseNote(tx: Queryable, caseId: number, note: string, actor: Actor): Promise<void> {
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.noteAdded, { note });
}

/**
 * Moves a case to another unit, with the reason in its history (who moved it, from where, to where, why). A case
 * still only registered is routed by it. A closed or incomplete case is not moved.
 */
export async function rerouteCase(tx: Queryable, caseId: number, move: { unit: UnitRef; from: UnitRef | null; reason: string }, actor: Actor): Promise<Case> {
  const current = await lockCase(tx, caseId);
  if (current.status === CASE_STATUS.closed || current.status === CASE_STATUS.incomplete) {
    throw new CaseStateError(current.reference, `Ärende ${current.reference} är ${current.status === CASE_STATUS.closed ? 'avslutat' : 'ofullständigt'} och kan inte flyttas.`);
  }
  if (current.unitId === move.unit.id) throw new InvalidCaseError([{ field: 'unitId', message: `ärendet ligger redan hos ${move.unit.name}`, code: 'redan-hos-enheten', params: { unit: move.unit.name } }]);
  const to = current.status === CASE_STATUS.registered ? CASE_STATUS.routed : current.status;
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, unit_id = $3, updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [caseId, to, move.unit.id],
  );
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.rerouted, {
    ...(move.from ? { fromUnit: move.from.name } : {}),
    unit: move.unit.name,
    unitId: move.unit.id,
    reason: move.reason,
    ...(to !== current.status ? { from: current.status, to } : {}),
  });
  return caseFromRow(updated.rows[0]!);
}

/**
 * Routes a case just registered (a completed intake) to the unit a rule or the agent chose: status 'routed' at
 * once, in the caller's transaction. A case that is no longer just registered is left as it is.
 */
export async function routeRegisteredCase(tx: Queryable, caseId: number, routing: { unit: UnitRef; ruleId: number | null }, actor: Actor): Promise<Case> {
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, unit_id = $3, updated_at = now() WHERE id = $1 AND status = $4 RETURNING ${CASE_COLUMNS}`,
    [caseId, CASE_STATUS.routed, routing.unit.id, CASE_STATUS.registered],
  );
  if (!updated.rows[0]) return lockCase(tx, caseId);
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.statusChanged, routedDetails(routing));
  return caseFromRow(updated.rows[0]);
}

/** The history entry of a case routed when registered: which unit, and by which rule (none: the agent chose). */
export function routedDetails(routing: { unit: UnitRef; ruleId: number | null }): Record<string, unknown> {
  return { from: CASE_STATUS.registered, to: CASE_STATUS.routed, unit: routing.unit.name, unitId: routing.unit.id, ...(routing.ruleId !== null ? { rule: routing.ruleId } : {}) };
}
