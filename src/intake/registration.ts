import { requestOrJoinCallback, type CallbackRequest } from '../callbacks/callbackRequests';
import type { Database, Queryable } from '../db/database';
import type { CaseDeadlines } from '../domain/calendar';
import { queueSmsReceipt } from '../outbox/smsReceipts';
import type { Case } from '../register/case';
import { completeCase as completeRegisteredCase, type CaseDetails } from '../register/caseCompletion';
import { CASE_EVENT, type Actor } from '../register/caseEvents';
import type { NewCaseInput } from '../register/newCase';
import { smsReceiptText } from '../register/receipts';
import { insertPreparedCase as insertCaseRecord, prepareCase, type PreparedCase } from '../register/registerCase';
import { routeRegisteredCase } from '../register/caseHandling';
import { InvalidCaseError } from '../register/errors';
import { CASE_STATUS } from '../domain';
import { OrganisationError } from '../organisation/organisationErrors';
import { routeDescribedCase, type DescribedCase, type Routing } from '../organisation/routingRules';
import { requireActiveUnit } from '../organisation/units';
import { NO_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '../followUp/followUpSettings';
import { notifySeriousCase } from '../followUp/seriousNotice';

/**
 * Registration as a whole, above its three owners: the register writes the case and its history, the outbox the
 * SMS receipt (in the same statement), the callbacks the callback. All in the caller's transaction.
 */
export interface RegisteredCase {
  case: Case;
  callback: CallbackRequest | null;
}

export { prepareCase, type PreparedCase };

/**
 * Registers a case, with its callback request and SMS receipt, in one transaction: all of it is written or none of it.
 * Invalid input is refused with an InvalidCaseError before anything touches the database. The deadlines are the
 * working calendar's (caseDeadlines), from the caller's clock.
 */
export async function registerCase(
  db: Database,
  input: NewCaseInput,
  actor: Actor,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  const prepared = await prepareCase(db, input);
  return db.transaction((tx) => insertPreparedCase(tx, prepared, actor, deadlines, followUp));
}

/** Validates and writes a case inside a transaction the caller holds (the number is taken in it too). */
export async function insertCase(
  tx: Queryable,
  input: NewCaseInput,
  actor: Actor,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  return insertPreparedCase(tx, await prepareCase(tx, input), actor, deadlines, followUp);
}

/**
 * Writes a prepared case inside a transaction the caller holds (the conversation saves its state beside it). A case
 * flagged serious at intake e-mails its managers through the outbox in the same transaction.
 */
export async function insertPreparedCase(
  tx: Queryable,
  prepared: PreparedCase,
  actor: Actor,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  const { receiptPhone, language, callback: wish } = prepared.data;
  const asksRules = prepared.data.status === CASE_STATUS.registered;
  const routing = asksRules ? await routingOf(tx, prepared.data) : null;
  const registered = await insertCaseRecord(tx, prepared, actor, deadlines, {
    ...(routing ? { routing } : {}),
    ...(receiptPhone
      ? {
          parts: [queueSmsReceipt(receiptPhone, smsReceiptText(language, prepared.reference))],
          // A new case has no receipt yet, so the one queued with it is always written.
          events: [{ action: CASE_EVENT.receiptQueued, details: { channel: 'sms' } }],
        }
      : {}),
  });
  await notifySeriousCase(tx, registered, followUp, asksRules ? routing : undefined);
  return { case: registered, callback: wish ? await queueCallback(tx, registered.id, wish, actor) : null };
}

/**
 * Completes an incomplete case with what the agent learnt, routes it (the unit they chose, else the rules), queues
 * the callback they booked, and tells the managers if it is serious.
 */
export async function completeCase(
  tx: Queryable,
  caseId: number,
  details: CaseDetails,
  agent: string,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  const chosen = details.unitId ? await chosenUnit(tx, details.unitId) : null;
  const completed = await completeRegisteredCase(tx, caseId, details, agent);
  const routing = chosen ? { unit: chosen, ruleId: null } : await routingOf(tx, completed.case);
  const c = routing ? await routeRegisteredCase(tx, caseId, routing, routing.ruleId === null ? `agent:${agent}` : 'system') : completed.case;
  await notifySeriousCase(tx, c, followUp);
  return { case: c, callback: completed.callback ? await queueCallback(tx, caseId, completed.callback, `agent:${agent}`) : null };
}

/**
 * Where a case just registered goes at once: the unit the agent chose, or else the first routing rule of its area
 * that matches what the resident described. None: it waits, registered, for customer service to route it.
 */
async function routingOf(tx: Queryable, c: DescribedCase & { unitId?: number | null }): Promise<Routing | null> {
  if (c.unitId) return { unit: await chosenUnit(tx, c.unitId), ruleId: null };
  return routeDescribedCase(tx, c);
}

/** The unit an agent chose in a form: active, or the form is told why not (field unitId). */
export async function chosenUnit(tx: Queryable, unitId: number): Promise<{ id: number; name: string }> {
  try {
    const unit = await requireActiveUnit(tx, unitId);
    return { id: unit.id, name: unit.name };
  } catch (err) {
    if (err instanceof OrganisationError) throw new InvalidCaseError([{ field: 'unitId', message: err.message }]);
    throw err;
  }
}

// A resident already waiting for a call (same case, or the same number today) is called once, about everything.
async function queueCallback(tx: Queryable, caseId: number, wish: NonNullable<PreparedCase['data']['callback']>, actor: Actor): Promise<CallbackRequest> {
  return (await requestOrJoinCallback(tx, caseId, wish, actor)).callback;
}
