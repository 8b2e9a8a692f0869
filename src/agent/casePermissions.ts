import type { Case } from '../register/case';
import { CASE_STATUS } from '../domain';
import { HANDLING_STATUSES, type HandlingStatus, type StatusChange } from '../register/caseHandling';
import { withinReadScope, type ReadScope } from '../register/readScope';
import { NotAllowedError } from './agentErrors';
import { AGENT_ROLE, mayDo, PERMISSION, type Agent } from './agentTypes';

/** The signed-in person and the cases they may read (readScopeOf): what every check below is made against. */
export interface Reader {
  agent: Agent;
  scope: ReadScope;
}

/**
 * Who may read a case: the access rule (readScopeOf). Refused with the reason, in Swedish; `unitName` is the
 * case's unit as the reason names it.
 */
export function checkMayRead(reader: Reader, current: Case, unitName: string | null): void {
  if (withinReadScope(reader.scope, current)) return;
  if (reader.scope.kind === 'notConfidential') {
    throw new NotAllowedError(`Ärende ${current.reference} kan omfattas av sekretess. Det läses bara av den ansvariga enheten och administratörer.`);
  }
  throw new NotAllowedError(
    `Ärende ${current.reference} hör till ${unitName ?? 'ingen enhet ännu'}. Du kan läsa ärenden för dina enheter och enheterna under dem.`,
  );
}

export function mayRead(reader: Reader, current: Case): boolean {
  return withinReadScope(reader.scope, current);
}

/** A handler works the cases within their reach: their units' and, for a manager, the units' below them. */
function worksCase(reader: Reader, current: Case): boolean {
  return reader.scope.kind === 'ofUnits' && withinReadScope(reader.scope, current);
}

/**
 * Who may move a case on:
 *  - an admin, any case;
 *  - a handler, the cases of their units and the units below them (including passing one on to another unit);
 *  - customer service, only the first step: routing a newly registered case to its unit.
 */
export function checkMayChangeStatus(reader: Reader, current: Case, change: Pick<StatusChange, 'to'>): void {
  const { agent } = reader;
  if (agent.role === AGENT_ROLE.admin) return;
  if (agent.role === AGENT_ROLE.handler) {
    if (worksCase(reader, current)) return;
    throw new NotAllowedError(`Ärende ${current.reference} hör inte till dina enheter: du handlägger bara deras ärenden.`);
  }
  if (change.to === CASE_STATUS.routed && current.status === CASE_STATUS.registered && mayRead(reader, current)) return;
  throw new NotAllowedError('Kundtjänst skickar ett nytt ärende till sin enhet; enhetens handläggare tar det vidare därifrån.');
}

/** Who may move a case to another unit: whoever may route it (customer service only while it is new). */
export function checkMayReroute(reader: Reader, current: Case): void {
  checkMayChangeStatus(reader, current, { to: CASE_STATUS.routed });
}

/**
 * Who may add a note to a case's history:
 *  - an admin, any case (a correction after closing included);
 *  - a handler, the open cases within their reach;
 *  - customer service, any open case they may read (they talk to the resident about it).
 * A closed case's history is final for everyone else.
 */
export function checkMayAddNote(reader: Reader, current: Case): void {
  const { agent } = reader;
  if (agent.role === AGENT_ROLE.admin) return;
  if (current.status === CASE_STATUS.closed) {
    throw new NotAllowedError(`Ärende ${current.reference} är avslutat: bara en administratör kan lägga till i dess historik.`);
  }
  if (!withinReadScope(reader.scope, current)) {
    throw new NotAllowedError(`Ärende ${current.reference} hör inte till dina enheter: du skriver bara i deras ärenden.`);
  }
}

const allows = (check: () => void): boolean => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

/** Whether the case page offers this reader the note form. */
export function mayAddNote(reader: Reader, current: Case): boolean {
  return allows(() => checkMayAddNote(reader, current));
}

/** Whether the case page offers this reader the form that moves the case to another unit. */
export function mayReroute(reader: Reader, current: Case): boolean {
  if (current.status === CASE_STATUS.closed || current.status === CASE_STATUS.incomplete || current.unitId === null) return false;
  return allows(() => checkMayReroute(reader, current));
}

/** Whether this reader may set what the case concerns (its categories): a handler, on an open case within their reach. */
export function mayCategorise(reader: Reader, current: Case): boolean {
  return mayDo(reader.agent, PERMISSION.handleCases) && current.status !== CASE_STATUS.closed && withinReadScope(reader.scope, current);
}

/** The statuses this reader may move the case to now (none for a closed or incomplete case). */
export function allowedStatusChanges(reader: Reader, current: Case): HandlingStatus[] {
  if (current.status === CASE_STATUS.closed || current.status === CASE_STATUS.incomplete) return [];
  return HANDLING_STATUSES.filter((to) => allows(() => checkMayChangeStatus(reader, current, { to })));
}

/**
 * Who records the Lex Sarah / Lex Maria assessment: an admin, or a handler (the unit's manager among them) of the
 * case's unit. Customer service flags a case serious; they do not assess it.
 */
export function checkMayAssess(reader: Reader, current: Case): void {
  const { role } = reader.agent;
  if (role === AGENT_ROLE.admin) return;
  if (role === AGENT_ROLE.handler) return checkMayChangeStatus(reader, current, { to: CASE_STATUS.investigating });
  throw new NotAllowedError('Bedömningen enligt Lex Sarah / Lex Maria görs av enhetens chef eller handläggare.');
}

/** Whether the case page offers this reader the assessment form. */
export function mayAssess(reader: Reader, current: Case): boolean {
  return current.serious && current.status !== CASE_STATUS.closed && allows(() => checkMayAssess(reader, current));
}

/** Anyone who may add to a case's history may flag it as a possible missförhållande: the sooner it is told, the better. */
export const checkMayFlagSerious = checkMayAddNote;
