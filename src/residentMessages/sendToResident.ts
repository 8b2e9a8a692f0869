import { markCallbackForAnswer, requestOrJoinCallback } from '../callbacks/callbackRequests';
import type { Queryable } from '../db/database';
import { CASE_STATUS, REPLY_METHODS, type ReplyMethod } from '../domain';
import { callbackTime, type WorkingCalendar } from '../domain/calendar';
import { enqueueOutboxMessage } from '../outbox/outboxStore';
import { OUTBOX_KIND, type OutboxKind } from '../outbox/outboxTypes';
import type { Case } from '../register/case';
import { CASE_EVENT, recordCaseEvent, type Actor } from '../register/caseEvents';
import { CaseStateError } from '../register/caseStateError';
import { InvalidCaseError } from '../register/errors';
import { RESIDENT_MESSAGE, type ResidentMessageKind } from '../register/residentContact';
import { composeFullMessage, composeSms } from './composeMessage';
import type { ResidentMessagePayload, ResidentMessageSettings } from './residentMessageTypes';

/** Said on the form and in the refusal: an anonymous case has nobody to answer. */
export const ANONYMOUS_REFUSAL = 'Ärendet är anonymt och kan inte besvaras.';
export const NO_REPLY_WANTED = 'Invånaren har inte bett om något svar (inget svarssätt angivet).';

/** What the contact on the case lacks for the chosen way, as the form names the field; null when nothing is missing. */
export function missingContact(c: Case): { field: string; message: string } | null {
  switch (c.replyMethod) {
    case 'email':
      return c.contact.email ? null : { field: 'contact.email', message: 'invånaren vill ha svar med e-post, men ärendet har ingen e-postadress' };
    case 'phone':
      return c.contact.phone ? null : { field: 'contact.phone', message: 'invånaren vill ha svar per telefon, men ärendet har inget telefonnummer' };
    case 'letter':
      if (!c.contact.name) return { field: 'contact.name', message: 'ett brev behöver invånarens namn, men ärendet har inget' };
      return c.contact.address ? null : { field: 'contact.address', message: 'skriv invånarens postadress under Postadress innan brevet skickas' };
    default:
      return null;
  }
}

/** Why nothing can be sent to this case's resident now (in Swedish, for the form), or null when it can. */
export function whyNoMessage(c: Case): string | null {
  if (c.anonymous) return ANONYMOUS_REFUSAL;
  if (c.status === CASE_STATUS.incomplete) return 'Ärendet är ofullständigt: komplettera det först.';
  if (c.status === CASE_STATUS.closed) return 'Ärendet är avslutat.';
  if (!c.replyMethod) return NO_REPLY_WANTED;
  return null;
}

export interface QueuedResidentMessage {
  outboxId: number;
  via: ReplyMethod;
  callbackId: number | null;
}

/** What sending needs besides the case: the texts' settings, the calendar for a callback's day, and now. */
export interface SendParts {
  settings: ResidentMessageSettings;
  calendar: WorkingCalendar;
  now: Date;
}

const KIND_OF: Record<ReplyMethod, OutboxKind> = { email: OUTBOX_KIND.email, phone: OUTBOX_KIND.sms, letter: OUTBOX_KIND.letter };

/**
 * Writes news or the answer for the resident to the outbox, the way they chose, with the history entry in the same
 * transaction (the caller's, the case locked): delivered after by the outbox worker, or printed by staff.
 * By phone an answer is given in a callback marked for it (the SMS says it is coming); anonymous cases and missing
 * contact data are refused with nothing written.
 */
export async function sendToResident(
  tx: Queryable,
  c: Case,
  request: { message: ResidentMessageKind; text: string },
  actor: Actor,
  parts: SendParts,
): Promise<QueuedResidentMessage> {
  const refusal = whyNoMessage(c);
  if (refusal) throw new CaseStateError(c.reference, refusal);
  const missing = missingContact(c);
  if (missing) throw new InvalidCaseError([missing]);
  const via = REPLY_METHODS.find((m) => m === c.replyMethod)!;
  const { message, text } = request;
  let callbackId: number | null = null;
  let outbox;
  if (via === 'phone') {
    if (message === RESIDENT_MESSAGE.answer) {
      const time = callbackTime(parts.calendar, parts.now, 'morning');
      const wish = { phone: c.contact.phone!, window: 'morning' as const, windowStart: time.windowStart, windowEnd: time.windowEnd };
      callbackId = (await requestOrJoinCallback(tx, c.id, wish, actor)).callback.id;
      await markCallbackForAnswer(tx, callbackId);
    }
    const sms = composeSms(c, message, text, parts.settings);
    // The SMS keeps the news promise (whole, or saying how to hear it); the answer is kept when the callback reaches them.
    const payload: ResidentMessagePayload = { residentMessage: message, keepsPromise: message === RESIDENT_MESSAGE.news };
    outbox = await enqueueOutboxMessage(tx, { kind: OUTBOX_KIND.sms, caseId: c.id, recipient: c.contact.phone!, body: sms.body, language: c.language, payload: { ...payload } });
  } else {
    const composed = composeFullMessage(c, message, text, parts.settings, via === 'email');
    const recipient = via === 'email' ? c.contact.email! : `${c.contact.name!}\n${c.contact.address!}`;
    const payload: ResidentMessagePayload = { residentMessage: message, keepsPromise: true };
    outbox = await enqueueOutboxMessage(tx, { kind: KIND_OF[via], caseId: c.id, recipient, subject: composed.subject, body: composed.body, language: c.language, payload: { ...payload } });
  }
  await recordCaseEvent(tx, c.id, actor, message === RESIDENT_MESSAGE.news ? CASE_EVENT.newsQueued : CASE_EVENT.answerQueued, {
    via,
    outboxId: outbox.id,
    text,
    ...(callbackId !== null ? { callbackId } : {}),
  });
  return { outboxId: outbox.id, via, callbackId };
}
