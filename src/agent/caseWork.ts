import { logCaseAccess, type AccessAction } from '../accessLog/caseAccessLog';
import { listAttemptsForCase, type CallbackAttempt } from '../callbacks/callbackOutcomes';
import { listAttachments, type AttachmentInfo } from '../channels/chat/attachmentStore';
import type { Database, Queryable } from '../db/database';
import { listOutboxForCase } from '../outbox/outboxStore';
import type { OutboxMessage } from '../outbox/outboxTypes';
import { listRecordingsOfCall } from '../recordings/recordingStore';
import type { VoiceRecording } from '../recordings/recordingTypes';
import { findUnit } from '../organisation/units';
import type { Case } from '../register/case';
import { findCaseWithCallbacks, type CaseWithCallbacks } from '../intake/caseWithCallbacks';
import { chosenUnit, completeCase, type RegisteredCase } from '../intake/registration';
import { closeIncompleteCase, lockCase, type CaseDetails } from '../register/caseCompletion';
import { addCaseNote, changeCaseStatus, rerouteCase, type HandlingStatus, type UnitRef } from '../register/caseHandling';
import { findCaseForChange } from '../register/caseLists';
import { CaseNotFoundError } from '../register/errors';
import { findAssessment, flagSerious, recordAssessment, type AssessmentInput, type CaseAssessment } from '../register/caseAssessment';
import { markCallbacksSerious } from '../callbacks/callbackRequests';
import { NO_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '../followUp/followUpSettings';
import { notifySeriousCase } from '../followUp/seriousNotice';
import { actorOf } from './agentTypes';
import { setContactAddress, type ResidentMessageKind } from '../register/residentContact';
import { sendToResident, type QueuedResidentMessage, type SendParts } from '../residentMessages/sendToResident';
import { checkMayAddNote, checkMayAssess, checkMayChangeStatus, checkMayFlagSerious, checkMayRead, checkMayReroute, mayRead, type Reader } from './casePermissions';

/** Everything the case page shows: the case, its history, its callbacks and their attempts, what was sent. */
export interface CaseView extends CaseWithCallbacks {
  /** The responsible unit, by name. */
  unit: UnitRef | null;
  attempts: CallbackAttempt[];
  outbox: OutboxMessage[];
  /** Files the resident sent in the chat the case came from. */
  attachments: AttachmentInfo[];
  /** The Lex Sarah / Lex Maria assessment, once recorded. */
  assessment: CaseAssessment | null;
  /** Voice messages left in the call the case came from, as copied out of Twilio. */
  recordings: VoiceRecording[];
}

async function unitOf(db: Queryable, c: Pick<Case, 'unitId'>): Promise<UnitRef | null> {
  const unit = c.unitId === null ? null : await findUnit(db, c.unitId);
  return unit ? { id: unit.id, name: unit.name } : null;
}

/**
 * A case as the reader may see it, with the reading logged (case_access_log) before anything is sent: a case
 * outside the reader's reach is refused (403, with the reason), and the refusal is logged too.
 */
export async function openCase(db: Database, reference: string, reader: Reader, action: AccessAction = 'read'): Promise<CaseView> {
  const found = await findCaseWithCallbacks(db, reference);
  await checkedAccess(db, reader, found.case, action);
  const unit = await unitOf(db, found.case);
  const [attempts, outbox] = [await listAttemptsForCase(db, found.case.id), await listOutboxForCase(db, found.case.id)];
  const conversationId = found.case.source.conversationId;
  const attachments = conversationId ? await listAttachments(db, conversationId) : [];
  const callSid = found.case.source.callSid;
  const recordings = callSid ? await listRecordingsOfCall(db, callSid) : [];
  const assessment = found.case.serious ? await findAssessment(db, found.case.id) : null;
  return { ...found, unit, attempts, outbox, attachments, recordings, assessment };
}

/** Checks the access rule for one case and logs the reading, or the refusal before refusing. */
export async function checkedAccess(db: Queryable, reader: Reader, c: Case, action: AccessAction): Promise<void> {
  const allowed = mayRead(reader, c);
  await logCaseAccess(db, { agentId: reader.agent.id, caseId: c.id, action: allowed ? action : 'refused' });
  if (!allowed) checkMayRead(reader, c, (await unitOf(db, c))?.name ?? null);
}

/**
 * Finding a case by its number: one outside the reader's reach is not found at all (as if it did not exist), so a
 * search says nothing about cases one may not read. Answers the normalised reference.
 */
export async function findReadableCase(db: Queryable, reference: string, reader: Reader): Promise<string> {
  const found = await findCaseForChange(db, reference);
  if (!mayRead(reader, found)) throw new CaseNotFoundError(found.reference);
  return found.reference;
}

async function lockReadable(tx: Queryable, reference: string, reader: Reader): Promise<Case> {
  // Locked before the checks, so the unit they check is the unit the change applies to.
  const current = await lockCase(tx, (await findCaseForChange(tx, reference)).id);
  checkMayRead(reader, current, (await unitOf(tx, current))?.name ?? null);
  return current;
}

export function completeIncompleteCase(
  db: Database,
  reference: string,
  details: CaseDetails,
  reader: Reader,
  followUp: FollowUpSettings = NO_FOLLOW_UP_SETTINGS,
): Promise<RegisteredCase> {
  return db.transaction(async (tx) => completeCase(tx, (await lockReadable(tx, reference, reader)).id, details, reader.agent.username, followUp));
}

export function closeIncomplete(db: Database, reference: string, reason: string, reader: Reader): Promise<Case> {
  return db.transaction(async (tx) => closeIncompleteCase(tx, (await lockReadable(tx, reference, reader)).id, reason, reader.agent.username));
}

/** A status change as the form sends it: the unit by id (required to route a case that has none). */
export interface StatusChangeRequest {
  to: HandlingStatus;
  unitId: number | null;
  measures: string | null;
  answer: string | null;
}

export function changeStatus(db: Database, reference: string, change: StatusChangeRequest, reader: Reader): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayChangeStatus(reader, current, change);
    const unit = change.unitId === null ? null : await chosenUnit(tx, change.unitId);
    return changeCaseStatus(tx, current.id, { to: change.to, unit, measures: change.measures, answer: change.answer }, actorOf(reader.agent));
  });
}

/** Moves a case to another unit, with the reason in its history. */
export function reroute(db: Database, reference: string, move: { unitId: number; reason: string }, reader: Reader): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayReroute(reader, current);
    const unit = await chosenUnit(tx, move.unitId);
    return rerouteCase(tx, current.id, { unit, from: await unitOf(tx, current), reason: move.reason }, actorOf(reader.agent));
  });
}

export function addNote(db: Database, reference: string, note: string, reader: Reader): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayAddNote(reader, current);
    await addCaseNote(tx, current.id, note, actorOf(reader.agent));
    return current;
  });
}

/**
 * Flags a case as a possible missförhållande: the flag, the callback moved to the front of the queue and the e-mail
 * to the unit's managers are written in one transaction. Flagging a case already flagged changes nothing.
 */
export function flagCaseSerious(db: Database, reference: string, reason: string | null, reader: Reader, followUp: FollowUpSettings): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayFlagSerious(reader, current);
    if (!(await flagSerious(tx, current, actorOf(reader.agent), reason))) return current;
    await markCallbacksSerious(tx, current.id);
    const flagged = { ...current, serious: true };
    await notifySeriousCase(tx, flagged, followUp);
    return flagged;
  });
}

/** Records the Lex Sarah / Lex Maria assessment of a serious case (assessed by this reader, now). */
export function assessCase(db: Database, reference: string, input: AssessmentInput, reader: Reader, now: Date): Promise<CaseAssessment> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayAssess(reader, current);
    return recordAssessment(tx, current, input, reader.agent.username, now);
  });
}

/** News or the answer to the resident, written to the outbox with its history entry, the case locked meanwhile. */
export function messageResident(
  db: Database,
  reference: string,
  request: { message: ResidentMessageKind; text: string },
  reader: Reader,
  parts: SendParts,
): Promise<QueuedResidentMessage> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayAddNote(reader, current);
    return sendToResident(tx, current, request, actorOf(reader.agent), parts);
  });
}

/** The resident's postal address, for an answer by letter. */
export function changeContactAddress(db: Database, reference: string, address: string, reader: Reader): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockReadable(tx, reference, reader);
    checkMayAddNote(reader, current);
    return setContactAddress(tx, current, address, actorOf(reader.agent));
  });
}
