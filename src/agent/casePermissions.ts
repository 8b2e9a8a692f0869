import type { Case } from '../register/case';
import { CASE_STATUS } from '../domain';
import { HANDLING_STATUSES, type HandlingStatus, type StatusChange } from '../register/caseHandling';
import { NotAllowedError } from './agentErrors';
import { AGENT_ROLE, type Agent } from './agentTypes';

/**
 * Who may move a case on:
 *  - an admin, any case;
 *  - a handler, the cases of their own unit (including passing one on to another unit);
 *  - customer service, only the first step: routing a newly registered case to its unit.
 */
export function checkMayChangeStatus(agent: Agent, current: Case, change: Pick<StatusChange, 'to'>): void {
  if (agent.role === AGENT_ROLE.admin) return;
  if (agent.role === AGENT_ROLE.handler) {
    if (current.unit !== null && current.unit === agent.unit) return;
    throw new NotAllowedError(
      `Case ${current.reference} belongs to ${current.unit ?? 'no unit yet'}; you handle the cases of ${agent.unit ?? 'no unit'}.`,
    );
  }
  if (change.to === CASE_STATUS.routed && current.status === CASE_STATUS.registered) return;
  throw new NotAllowedError('Customer service may route a new case to its unit; the unit’s handler takes it from there.');
}

/**
 * Who may add a note to a case's history:
 *  - an admin, any case (a correction after closing included);
 *  - a handler, the open cases of their own unit;
 *  - customer service, any open case (they talk to the resident about it).
 * A closed case's history is final for everyone else.
 */
export function checkMayAddNote(agent: Agent, current: Case): void {
  if (agent.role === AGENT_ROLE.admin) return;
  if (current.status === CASE_STATUS.closed) {
    throw new NotAllowedError(`Case ${current.reference} is closed: only an admin may add to its history.`);
  }
  if (agent.role === AGENT_ROLE.handler && (current.unit === null || current.unit !== agent.unit)) {
    throw new NotAllowedError(
      `Case ${current.reference} belongs to ${current.unit ?? 'no unit yet'}; you add notes to the cases of ${agent.unit ?? 'no unit'}.`,
    );
  }
}

/** Whether the case page offers this agent the note form. */
export function mayAddNote(agent: Agent, current: Case): boolean {
  try {
    checkMayAddNote(agent, current);
    return true;
  } catch {
    return false;
  }
}

/** A handler sees the overdue cases of their unit; others see all. */
export function overdueScope(agent: Agent): string | null {
  return agent.role === AGENT_ROLE.handler ? agent.unit : null;
}

/** The statuses this agent may move the case to now (none for a closed or incomplete case). */
export function allowedStatusChanges(agent: Agent, current: Case): HandlingStatus[] {
  if (current.status === CASE_STATUS.closed || current.status === CASE_STATUS.incomplete) return [];
  return HANDLING_STATUSES.filter((to) => {
    try {
      checkMayChangeStatus(agent, current, { to });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Who records the Lex Sarah / Lex Maria assessment: an admin, or a handler (the unit's manager among them) of the
 * case's unit. Customer service flags a case serious; they do not assess it.
 */
export function checkMayAssess(agent: Agent, current: Case): void {
  if (agent.role === AGENT_ROLE.admin) return;
  if (agent.role === AGENT_ROLE.handler) return checkMayChangeStatus(agent, current, { to: CASE_STATUS.investigating });
  throw new NotAllowedError('Bedömningen enligt Lex Sarah / Lex Maria görs av enhetens chef eller handläggare.');
}

/** Whether the case page offers this agent the assessment form. */
export function mayAssess(agent: Agent, current: Case): boolean {
  try {
    checkMayAssess(agent, current);
    return current.serious && current.status !== CASE_STATUS.closed;
  } catch {
    return false;
  }
}

/** Anyone who may add to a case's history may flag it as a possible missförhållande: the sooner it is told, the better. */
export const checkMayFlagSerious = checkMayAddNote;
