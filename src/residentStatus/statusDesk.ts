/**
 * Status on request, for the phone and the chat alike: a case number asked about (throttled per caller and per
 * address), the right to hear it proved by calling from the case's own number or by a one-time code sent to the
 * case's contact, then its status, and "not satisfied" up the ladder. The channels translate; this decides.
 */
import type { ConversationChannel, Language } from '../domain';
import type { Database } from '../db/database';
import type { WorkingCalendar } from '../domain/calendar';
import type { FollowUpSettings } from '../followUp/followUpSettings';
import { unitName } from '../organisation/managersToTell';
import { enqueueEmail, enqueueOutboxMessage } from '../outbox/outboxStore';
import { OUTBOX_KIND } from '../outbox/outboxTypes';
import type { Case } from '../register/case';
import { CASE_EVENT, recordCaseEvent } from '../register/caseEvents';
import { residentDatesOf } from '../register/caseReopening';
import { normaliseReference } from '../register/findCase';
import { findCaseForStatus } from './statusLookup';
import { checkCode, keepCode, keepVerified, mayActOn } from './codeStore';
import { CODE_SEND_POLICY, countLookup, guesserKey, type GuessPolicy } from './guessThrottle';
import { newCode } from './oneTimeCodes';
import { statusFactsOf, type StatusFacts } from './statusFacts';
import { CODE_MESSAGE, fillWords } from './statusWords';
import { takeFurther, type NotSatisfiedOutcome } from './notSatisfied';

export interface StatusDeskDeps {
  db: Database;
  clock: () => Date;
  /** Keys the stored code hashes and guesser keys (RESIDENT_LINK_SECRET, or the development one). */
  secret: string;
  guessPolicy: GuessPolicy;
  followUp: FollowUpSettings;
  /** The working calendar: a reopened case's new answer is due four weeks on by it. */
  calendar: WorkingCalendar;
  /** Makes a code; replaced in tests that read it from the outbox anyway. */
  newCode?: () => string;
}

export interface StatusRequest {
  /** The call's CallSid or the chat's conversation id. */
  requester: string;
  channel: ConversationChannel;
  /** As keyed or typed: "202600042", "2026 42", "2026-00042". */
  reference: string;
  /** The phone's From in E.164 (null when withheld, and always in the chat). */
  callerNumber: string | null;
  /** Who counts as the same guesser: the calling number, or the chat's client address. */
  guesser: { scope: 'phone' | 'address'; value: string };
}

export type LookUpOutcome =
  | { kind: 'throttled' }
  | { kind: 'notFound' }
  /** Anonymous, or no contact the code can go to (on the phone: no phone number). */
  | { kind: 'noContact'; language: Language }
  | { kind: 'codeSent'; via: 'sms' | 'email'; language: Language }
  | { kind: 'told'; facts: StatusFacts };

export type CodeOutcome = { kind: 'told'; facts: StatusFacts } | { kind: 'wrong'; triesLeft: number } | { kind: 'ended' } | { kind: 'expired' } | { kind: 'none' };

export function createStatusDesk(deps: StatusDeskDeps) {
  const { db, clock, secret } = deps;
  const makeCode = deps.newCode ?? (() => newCode());

  async function tell(c: Case, channel: ConversationChannel): Promise<StatusFacts> {
    const dates = await residentDatesOf(db, c.id);
    const unit = c.unitId === null ? null : await unitName(db, c.unitId);
    await recordCaseEvent(db, c.id, `resident:${channel}`, CASE_EVENT.statusTold, {});
    return statusFactsOf(c, dates, unit);
  }

  async function lookUp(request: StatusRequest): Promise<LookUpOutcome> {
    const now = clock();
    const allowed = await countLookup(db, guesserKey(secret, request.guesser.scope, request.guesser.value), now, deps.guessPolicy);
    if (!allowed) return { kind: 'throttled' };
    const reference = normaliseReference(request.reference);
    const c = reference ? await findCaseForStatus(db, reference) : null;
    if (!c) return { kind: 'notFound' };
    const phone = c.contact.phone;
    if (request.channel === 'phone' && phone !== null && request.callerNumber === phone) {
      await keepVerified(db, secret, request.requester, c.id, now);
      return { kind: 'told', facts: await tell(c, request.channel) };
    }
    const via = phone !== null ? 'sms' : request.channel !== 'phone' && c.contact.email !== null ? 'email' : null;
    if (via === null) return { kind: 'noContact', language: c.language };
    if (!(await countLookup(db, guesserKey(secret, 'case', String(c.id)), now, CODE_SEND_POLICY))) return { kind: 'throttled' };
    const code = makeCode();
    const words = CODE_MESSAGE[c.language];
    const body = fillWords(words.sms, { code });
    await db.transaction(async (tx) => {
      await keepCode(tx, secret, request.requester, c.id, code, now);
      if (via === 'sms') await enqueueOutboxMessage(tx, { kind: OUTBOX_KIND.sms, caseId: c.id, recipient: phone!, body });
      else await enqueueEmail(tx, { to: c.contact.email!, subject: words.subject, text: body, language: c.language, caseId: c.id });
    });
    return { kind: 'codeSent', via, language: c.language };
  }

  async function enterCode(requester: string, channel: ConversationChannel, keyed: string): Promise<CodeOutcome> {
    const now = clock();
    const outcome = await db.transaction((tx) => checkCode(tx, secret, requester, keyed, now));
    if (outcome.result !== 'right') return outcome.result === 'wrong' ? { kind: 'wrong', triesLeft: outcome.triesLeft } : { kind: outcome.result };
    const c = await findCaseForStatus(db, outcome.caseId);
    return c ? { kind: 'told', facts: await tell(c, channel) } : { kind: 'none' };
  }

  /** "Not satisfied" from a call or chat that proved the case's number; null when it has not (or too long ago). */
  async function notSatisfied(requester: string, channel: ConversationChannel, caseId: number): Promise<NotSatisfiedOutcome | null> {
    const now = clock();
    if (!(await mayActOn(db, requester, caseId, now))) return null;
    return takeFurther(db, caseId, `resident:${channel}`, deps.followUp, null, now, deps.calendar);
  }

  return { lookUp, enterCode, notSatisfied };
}

export type StatusDesk = ReturnType<typeof createStatusDesk>;
