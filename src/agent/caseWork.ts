import { listAttemptsForCase, type CallbackAttempt } from '../callbacks/callbackOutcomes';
import { listAttachments, type AttachmentInfo } from '../channels/chat/attachmentStore';
import type { Database } from '../db/database';
import { listOutboxForCase } from '../outbox/outboxStore';
import type { OutboxMessage } from '../outbox/outboxTypes';
import { listRecordingsOfCall } from '../recordings/recordingStore';
import type { VoiceRecording } from '../recordings/recordingTypes';
import type { Case } from '../register/case';
import { findCaseWithCallbacks, type CaseWithCallbacks } from '../intake/caseWithCallbacks';
import { completeCase, type RegisteredCase } from '../intake/registration';
import { closeIncompleteCase, lockCase, type CaseDetails } from '../register/caseCompletion';
import { addCaseNote, changeCaseStatus, type StatusChange } from '../register/caseHandling';
import { findCaseForChange } from '../register/caseLists';
import { actorOf, type Agent } from './agentTypes';
import { checkMayAddNote, checkMayAssess, checkMayChangeStatus, checkMayFlagSerious } from './casePermissions';
import { markCallbacksSerious } from '../callbacks/callbackRequests';
import { NO_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '../followUp/followUpSettings';
import { notifySeriousCase } from '../followUp/seriousNotice';
import { findAssessment, flagSerious, recordAssessment, type AssessmentInput, type CaseAssessment } from '../register/caseAssessment';

/** Everything the case page shows: the case, its history, its callbacks and their attempts, what was sent. */
export interface CaseView extends CaseWithCallbacks {
  attempts: CallbackAttempt[];
  outbox: OutboxMessage[];
  /** Files the resident sent in the chat the case came from. */
  attachments: AttachmentInfo[];
  /** The Lex Sarah / Lex Maria assessment, once recorded. */
  assessment: CaseAssessment | null;
  /** Voice messages left in the call the case came from, as copied out of Twilio. */
  recordings: VoiceRecording[];
}

export async function loadCaseView(db: Database, reference: string): Promise<CaseView> {
  const found = await findCaseWithCallbacks(db, reference);
  const [attempts, outbox] = [await listAttemptsForCase(db, found.case.id), await listOutboxForCase(db, found.case.id)];
  const conversationId = found.case.source.conversationId;
  const attachments = conversationId ? await listAttachments(db, conversationId) : [];
  const callSid = found.case.source.callSid;
  const recordings = callSid ? await listRecordingsOfCall(db, callSid) : [];
  const assessment = found.case.serious ? await findAssessment(db, found.case.id) : null;
  return { ...found, attempts, outbox, attachments, recordings, assessment };
}

export function completeIncompleteCase(
  db: Database,
  reference: string,
  details: CaseDetails,
  agent: Agent,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  return db.transaction(async (tx) => completeCase(tx, (await findCaseForChange(tx, reference)).id, details, agent.username, followUp));
}

/**
 * Flags a case as a possible missförhållande: the flag, the callback moved to the front of the queue and the e-mail
 * to the unit's managers are written in one transaction. Flagging a case already flagged changes nothing.
 */
export function flagCaseSerious(db: Database, reference: string, reason: string | null, agent: Agent, followUp: FollowUpSettings): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
    checkMayFlagSerious(agent, current);
    if (!(await flagSerious(tx, current, actorOf(agent), reason))) return current;
    await markCallbacksSerious(tx, current.id);
    const flagged = { ...current, serious: true };
    await notifySeriousCase(tx, flagged, followUp);
    return flagged;
  });
}

/** Records the Lex Sarah / Lex Maria assessment of a serious case (assessed by this agent, now). */
export function assessCase(db: Database, reference: string, input: AssessmentInput, agent: Agent, now: Date): Promise<CaseAssessment> {
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
    checkMayAssess(agent, current);
    return recordAssessment(tx, current, input, agent.username, now);
  });
}

export function closeIncomplete(db: Database, reference: string, reason: string, agent: Agent): Promise<Case> {
  return db.transaction(async (tx) => closeIncompleteCase(tx, (await findCaseForChange(tx, reference)).id, reason, agent.username));
}

export function changeStatus(db: Database, reference: string, change: StatusChange, agent: Agent): Promise<Case> {
  return db.transaction(async (tx) => {
    // Locked before the check, so the unit it checks is the unit the change applies to.
    const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
    checkMayChangeStatus(agent, current, change);
    return changeCaseStatus(tx, current.id, change, actorOf(agent));
  });
}

export function addNote(db: Database, reference: string, note: string, agent: Agent): Promise<Case> {
  return db.transaction(async (tx) => {
    // Locked before the check, so a case closed or passed to another unit meanwhile is refused.
    const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
    checkMayAddNote(agent, current);
    await addCaseNote(tx, current.id, note, actorOf(agent));
    return current;
  });
}
