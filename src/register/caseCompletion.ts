import type { Queryable } from '../db/database';
import { statementParams } from '../db/statementParts';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { placedWrittenBy, valueAt } from './caseFields';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CASE_STATUS } from '../domain';
import { CaseStateError } from './caseStateError';
import { InvalidCaseError } from './errors';
import { checkMayClose } from './caseAssessment';
import { newCaseSchema, type CallbackWish, type NewCaseInput } from './newCase';

/** What an agent fills in about a case: everything but where it came from. */
export type CaseDetails = Omit<NewCaseInput, 'status' | 'channel' | 'source' | 'receiptPhone'>;

/** What completing a case sets: the details people give (the rest stays as the intake kept it). */
const DETAILS = placedWrittenBy('details');

/** Locks a case for a change in the caller's transaction. */
export async function lockCase(tx: Queryable, caseId: number): Promise<Case> {
  const result = await tx.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE id = $1 FOR UPDATE`, [caseId]);
  return caseFromRow(result.rows[0]!);
}

/**
 * Completes an interrupted intake (a hang-up, a voice message, a call handed to customer service) with what the
 * agent learnt: the same validation as a new case, then status 'registered' and the event 'completed'.
 * The deadlines keep counting from when the resident first made contact. Answers the callback the agent booked,
 * for the caller to queue (the register does not call anyone).
 */
export async function completeCase(
  tx: Queryable,
  caseId: number,
  details: CaseDetails,
  agent: string,
): Promise<{ case: Case; callback: CallbackWish | null }> {
  const current = await lockCase(tx, caseId);
  if (current.status !== CASE_STATUS.incomplete) {
    throw new CaseStateError(current.reference, `Case ${current.reference} is already ${current.status}; only an incomplete case can be completed.`, 'arendet-redan-komplett');
  }
  const parsed = newCaseSchema.safeParse({
    ...details,
    status: CASE_STATUS.registered,
    channel: current.channel,
    source: { ...current.source, agent },
  });
  if (!parsed.success) throw InvalidCaseError.fromZod(parsed.error);
  const c = parsed.data;
  const p = statementParams();
  const changes = DETAILS.map((f) => `${f.field.column} = ${p.add(valueAt(c, f.path))}`).join(', ');
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = ${p.add(c.status)}, ${changes}, source_agent = ${p.add(agent)}, updated_at = now()
     WHERE id = ${p.add(caseId)} RETURNING ${CASE_COLUMNS}`,
    p.values,
  );
  const completed = caseFromRow(updated.rows[0]!);
  const actor: Actor = `agent:${agent}`;
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.completed, { kind: completed.kind, area: completed.area, serious: completed.serious });
  return { case: completed, callback: c.callback };
}

/** Closes an incomplete case that cannot be completed (nothing to go on, a wrong number), with the reason why. */
export async function closeIncompleteCase(tx: Queryable, caseId: number, reason: string, agent: string): Promise<Case> {
  const current = await lockCase(tx, caseId);
  if (current.status !== CASE_STATUS.incomplete) {
    throw new CaseStateError(current.reference, `Case ${current.reference} is ${current.status}, not incomplete; close it from its status instead.`, 'arendet-inte-ofullstandigt');
  }
  await checkMayClose(tx, current);
  const updated = await tx.query<CaseRow>(
    `UPDATE cases SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${CASE_COLUMNS}`,
    [caseId, CASE_STATUS.closed],
  );
  await recordCaseEvent(tx, caseId, `agent:${agent}`, CASE_EVENT.statusChanged, {
    from: CASE_STATUS.incomplete,
    to: CASE_STATUS.closed,
    reason,
  });
  return caseFromRow(updated.rows[0]!);
}
