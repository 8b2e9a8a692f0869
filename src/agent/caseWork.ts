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
import { checkMayAddNote, checkMayChangeStatus } from './casePermissions';

/** Everything the case page shows: the case, its history, its callbacks and their attempts, what was sent. */
export interface CaseView extends CaseWithCallbacks {
  attempts: CallbackAttempt[];
  outbox: OutboxMessage[];
  /** Files the resident sent in the chat the case came from. */
  attachments: AttachmentInfo[];
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
  return { ...found, attempts, outbox, attachments, recordings };
}

export function completeIncompleteCase(db: Database, reference: string, details: CaseDetails, agent: Agent): Promise<RegisteredCase> {
  return db.transaction(async (tx) => completeCase(tx, (await findCaseForChange(tx, reference)).id, details, agent.username));
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
