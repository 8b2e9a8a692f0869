import type { Database, Queryable } from '../db/database';
import { isUniqueViolation } from '../db/databaseErrors';
import type { CaseDeadlines } from '../domain/calendar';
import { completeCase, insertCase, type RegisteredCase } from '../intake/registration';
import type { CaseDetails } from '../register/caseCompletion';
import { findCaseById, findCaseByCallSid } from '../register/caseLists';
import { CASE_STATUS } from '../domain';
import { NotFoundError } from './agentErrors';
import type { MessageParams } from '../domain/messageCodes';
import { actorOf, type Agent } from './agentTypes';
import { linkCaseToCall, lockTransferredCall, takeTransferredCall } from '../conversation/transferredCalls';
import { NO_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '../followUp/followUpSettings';

/** A call can be finished once: this names the case it already has. */
export class CallAlreadyFinishedError extends Error {
  override readonly name = 'CallAlreadyFinishedError';
  readonly code = 'samtalet-redan-registrerat';
  readonly params: MessageParams;
  constructor(readonly reference: string) {
    super(`This call is already registered as case ${reference}.`);
    this.params = { reference };
  }
}

/** Another agent has taken the call and is doing its after-call work; nothing was written. */
export class CallTakenError extends Error {
  override readonly name = 'CallTakenError';
  constructor(readonly takenBy: string) {
    super(`Samtalet har redan tagits av handläggare ${takenBy}, som gör efterarbetet.`);
  }
}

/** Takes a transferred call for the agent, or refuses with who has it (CallTakenError). */
export async function takeCallFor(tx: Queryable, callSid: string, agent: Agent): Promise<void> {
  const taken = await takeTransferredCall(tx, callSid, agent.username);
  if (!taken) throw new NotFoundError(`No call ${callSid} was handed to customer service.`, { code: 'samtalet-finns-inte' });
  if (taken.takenBy !== agent.username) throw new CallTakenError(taken.takenBy);
}

/**
 * After-call work: registers what the agent learnt on a transferred call, in the same register and with the same
 * validation as the phone line. If the phone line kept an incomplete case at the transfer, that case is completed
 * (the caller's own words stay with it); otherwise a new case is registered with channel 'agent'.
 */
export async function finishCall(
  db: Database,
  callSid: string,
  details: CaseDetails,
  agent: Agent,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  try {
    return await db.transaction(async (tx) => {
      const call = await lockTransferredCall(tx, callSid);
      if (!call) throw new NotFoundError(`No call ${callSid} was handed to customer service.`, { code: 'samtalet-finns-inte' });
      // Finishing takes the call: one agent does its after-call work, never two at once.
      await takeCallFor(tx, callSid, agent);
      if (call.caseId !== null) {
        const existing = (await findCaseById(tx, call.caseId))!;
        if (existing.status !== CASE_STATUS.incomplete) throw new CallAlreadyFinishedError(existing.reference);
        return completeCase(tx, existing.id, details, agent.username, followUp);
      }
      const registered = await insertCase(
        tx,
        { ...details, channel: 'agent', source: { callSid, conversationId: null, recordingUrl: null, agent: agent.username } },
        actorOf(agent),
        deadlines,
        followUp,
      );
      await linkCaseToCall(tx, callSid, registered.case.id);
      return registered;
    });
  } catch (err) {
    // The phone line registered this call in the same moment: the index cases_one_per_call kept it to one case.
    if (isUniqueViolation(err)) {
      const existing = await findCaseByCallSid(db, callSid);
      if (existing) throw new CallAlreadyFinishedError(existing.reference);
    }
    throw err;
  }
}

/** A case from a call the agent took directly (not through the phone menu): no CallSid to link. */
export function registerCaseFromAgent(
  db: Database,
  details: CaseDetails,
  agent: Agent,
  deadlines: CaseDeadlines,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  return db.transaction((tx) =>
    insertCase(
      tx,
      { ...details, channel: 'agent', source: { callSid: null, conversationId: null, recordingUrl: null, agent: agent.username } },
      actorOf(agent),
      deadlines,
      followUp,
    ),
  );
}
