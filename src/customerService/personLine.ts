import { requestOrJoinCallback } from '../callbacks/callbackRequests';
import { linkCaseToCall } from '../conversation/transferredCalls';
import type { Database, Queryable } from '../db/database';
import { isUniqueViolation } from '../db/databaseErrors';
import { CASE_STATUS, type CallbackWindow, type Language } from '../domain';
import { CALLBACK_WINDOWS, caseDeadlines, callbackDay, callbackTime, windowOn, CALLBACK_HOURS, type WorkingCalendar } from '../domain/calendar';
import { insertCase } from '../intake/registration';
import { addToIncompleteCase } from '../register/addToIncompleteCase';
import type { Actor } from '../register/caseEvents';
import { findCaseByCallSid, findCaseById } from '../register/caseLists';
import type { CallbackWish, NewCaseInput } from '../register/newCase';
import { handedOverCall, type HandedOverCall } from './handedOverCall';
import {
  enterQueue,
  findQueueCaller,
  markBridged,
  markKeptByCallback,
  markLeaving,
  markLeft,
  noteStillWaiting,
  placeInLine,
  QUEUE_CALLER_STATUS,
} from './queueCallers';

export interface PersonLineParts {
  db: Database;
  calendar: WorkingCalendar;
  clock: () => Date;
  /** The own queue's longest wait; null when the calls go elsewhere (the switchboard, Flex) and nothing is queued here. */
  longestWaitMinutes: number | null;
}

const RESIDENT: Actor = 'resident:phone';

/** What the case says when the caller asked for a person and a callback before describing anything. */
const CALLBACK_ONLY: Record<Language, string> = {
  sv: 'Invånaren ringde och bad att få prata med kundtjänst. Ingen kunde svara, och invånaren bad att bli uppringd.',
  en: 'The resident called and asked to speak to customer service. Nobody could answer, and the resident asked to be called back.',
};
const MESSAGE_ONLY: Record<Language, string> = {
  sv: 'Invånaren ringde och bad att få prata med kundtjänst. Ingen kunde svara, och invånaren lämnade ett röstmeddelande.',
  en: 'The resident called and asked to speak to customer service. Nobody could answer, and the resident left a voice message.',
};

/** Twilio's QueueResults that mean the caller was with a person (or the call is being bridged to one). */
const REACHED = new Set(['bridged', 'bridging-in-process']);
/** A few seconds after the first waitUrl the caller has heard the greeting once; the offer follows from then on. */
const FIRST_ROUND_SECONDS = 20;

/** Customer service's side of reaching a person: the queue's line, place-keeping callbacks, offers when nobody answers. */
export function createPersonLine({ db, calendar, clock, longestWaitMinutes }: PersonLineParts) {
  async function handOver(callSid: string) {
    const call = await handedOverCall(db, callSid);
    if (longestWaitMinutes !== null) await enterQueue(db, { ...call, enteredAt: clock() });
    return call;
  }

  async function waiting(callSid: string, twilio: { position: number | null; waitedSeconds: number | null; averageWaitSeconds: number | null }) {
    const now = clock();
    let caller = await findQueueCaller(db, callSid);
    if (!caller) {
      // Enqueued without our transfer (the apology's fallback): it joins the line as Twilio counts its wait.
      const call = await handedOverCall(db, callSid);
      await enterQueue(db, { ...call, enteredAt: new Date(now.getTime() - (twilio.waitedSeconds ?? 0) * 1000) });
      caller = (await findQueueCaller(db, callSid))!;
    }
    const language = caller.language;
    if (caller.status !== QUEUE_CALLER_STATUS.waiting) return { kind: 'leave' as const, language };
    const waitedSeconds = Math.max(twilio.waitedSeconds ?? 0, (now.getTime() - caller.enteredAt.getTime()) / 1000);
    const reason = !calendar.isOpen(now) ? 'closing' : longestWaitMinutes !== null && waitedSeconds >= longestWaitMinutes * 60 ? 'longest_wait' : null;
    if (reason) {
      await markLeaving(db, callSid, reason, now);
      return { kind: 'leave' as const, language };
    }
    await noteStillWaiting(db, callSid, now, twilio.position, twilio.averageWaitSeconds);
    // Our line counts the callbacks that keep a place ahead of this caller; Twilio's position counts only those on the line.
    const place = Math.max(twilio.position ?? 1, await placeInLine(db, caller, now));
    const average = twilio.averageWaitSeconds;
    const call = await handedOverCall(db, callSid);
    return {
      kind: 'wait' as const,
      language,
      place,
      expectedWaitMinutes: average && average > 0 ? Math.max(1, Math.round(average / 60)) : null,
      offerCallback: call.callbackPhone !== null,
      firstRound: waitedSeconds < FIRST_ROUND_SECONDS,
    };
  }

  async function keepPlace(callSid: string) {
    const now = clock();
    const caller = await findQueueCaller(db, callSid);
    const call = await handedOverCall(db, callSid);
    if (!caller || !call.callbackPhone) return null;
    // A repeated key press (Twilio delivering it again) is told the same: the place is already kept.
    if (caller.status === QUEUE_CALLER_STATUS.callback) return { language: call.language, phone: call.callbackPhone };
    if (caller.status !== QUEUE_CALLER_STATUS.waiting) return null;
    // The window starts when the caller entered the queue, so the callback queue orders it by that moment too.
    const wish: CallbackWish = {
      phone: call.callbackPhone,
      window: calendar.at(calendar.dayOf(now), 12 * 60) > caller.enteredAt ? 'morning' : 'afternoon',
      windowStart: caller.enteredAt,
      windowEnd: endOfToday(now, caller.enteredAt),
    };
    const kept = await againOnSameCallCase(() => db.transaction(async (tx) => {
      const callbackId = await callbackFor(tx, call, wish, now);
      return (await markKeptByCallback(tx, callSid, callbackId, now)) ? callbackId : null;
    }));
    return kept === null ? null : { language: call.language, phone: call.callbackPhone };
  }

  async function leftQueue(callSid: string, queueResult: string) {
    const now = clock();
    const caller = await findQueueCaller(db, callSid);
    if (REACHED.has(queueResult)) {
      if (caller) await markBridged(db, callSid, null, now);
      return { kind: 'done' as const };
    }
    if (queueResult === 'hangup') {
      if (caller) await markLeft(db, callSid, QUEUE_CALLER_STATUS.hungUp, now);
      return { kind: 'done' as const };
    }
    if (caller?.status === QUEUE_CALLER_STATUS.callback) return { kind: 'done' as const };
    if (caller) await markLeft(db, callSid, QUEUE_CALLER_STATUS.left, now);
    if (queueResult === 'leave' && caller?.leaveReason) {
      return { kind: 'offer' as const, reason: caller.leaveReason === 'closing' ? ('closing' as const) : ('longestWait' as const) };
    }
    // queue-full, error, system-error, redirected, or a Flex workflow that timed out: nobody took the call.
    return { kind: 'offer' as const, reason: 'queueFailed' as const };
  }

  async function bridging(callSid: string, agent: string | null) {
    await markBridged(db, callSid, agent, clock());
    return (await handedOverCall(db, callSid)).language;
  }

  async function offer(callSid: string) {
    const call = await handedOverCall(db, callSid);
    const day = callbackDay(calendar, clock());
    const hours = calendar.hoursOn(day);
    const windows = Object.fromEntries(CALLBACK_WINDOWS.map((w) => [w, windowOn(hours, w) ?? CALLBACK_HOURS[w]])) as Record<CallbackWindow, { openMinute: number; closeMinute: number }>;
    return { language: call.language, canCallBack: call.callbackPhone !== null, day, windows, reference: call.reference };
  }

  async function bookCallback(callSid: string, window: CallbackWindow) {
    const now = clock();
    const call = await handedOverCall(db, callSid);
    if (!call.callbackPhone) return null;
    const time = callbackTime(calendar, now, window);
    const wish: CallbackWish = { phone: call.callbackPhone, window, windowStart: time.windowStart, windowEnd: time.windowEnd };
    await againOnSameCallCase(() => db.transaction((tx) => callbackFor(tx, call, wish, now)));
    // The window as callbackTime cut it to the day's hours (a short day's afternoon ends early).
    const cut = windowOn(calendar.hoursOn(time.day), window) ?? CALLBACK_HOURS[window];
    return { language: call.language, day: time.day, window, openMinute: cut.openMinute, closeMinute: cut.closeMinute };
  }

  async function keepVoiceMessage(callSid: string, recordingUrl: string, transcript: string | null) {
    const now = clock();
    const call = await handedOverCall(db, callSid);
    await againOnSameCallCase(() => db.transaction(async (tx) => {
      const existing = await caseOfCall(tx, call);
      const draft = messageDraft(call, recordingUrl, transcript);
      if (existing?.status === CASE_STATUS.incomplete && (await addToIncompleteCase(tx, existing.id, draft, RESIDENT))) return;
      if (existing) return; // Already a whole case: the recording stays with the call, an agent listens from the case's call.
      const registered = await insertCase(tx, draft, RESIDENT, caseDeadlines(calendar, now));
      await linkCaseToCall(tx, callSid, registered.case.id);
    }));
    return call.language;
  }

  /** The callback on the call's case, or on a new incomplete case saying that a call was asked for. */
  async function callbackFor(tx: Queryable, call: HandedOverCall, wish: CallbackWish, now: Date): Promise<number> {
    const existing = await caseOfCall(tx, call);
    if (existing) return (await requestOrJoinCallback(tx, existing.id, wish, RESIDENT)).callback.id;
    const input: NewCaseInput = {
      ...baseDraft(call),
      what: CALLBACK_ONLY[call.language],
      contact: { name: null, phone: wish.phone, email: null },
      replyMethod: 'phone',
      callback: wish,
    };
    const registered = await insertCase(tx, input, RESIDENT, caseDeadlines(calendar, now));
    await linkCaseToCall(tx, call.callSid, registered.case.id);
    return registered.callback!.id;
  }

  /** The call's case: the one its conversation kept, or one made here before (a repeated delivery). */
  async function caseOfCall(tx: Queryable, call: HandedOverCall) {
    return call.caseId !== null ? findCaseById(tx, call.caseId) : findCaseByCallSid(tx, call.callSid);
  }

  function endOfToday(now: Date, after: Date): Date {
    const hours = calendar.hoursOn(calendar.dayOf(now));
    const closing = hours ? calendar.at(calendar.dayOf(now), hours.closeMinute) : now;
    // A window must end after it starts; past closing time the callback waits for the next working day's agents.
    return new Date(Math.max(closing.getTime(), after.getTime() + 60 * 60_000, now.getTime() + 60_000));
  }

  return { handOver, waiting, keepPlace, leftQueue, bridging, offer, bookCallback, keepVoiceMessage };
}

export type PersonLineService = ReturnType<typeof createPersonLine>;

/**
 * Two deliveries of one webhook at once may both find the call without a case and both make one; the index
 * cases_one_per_call keeps one, and the other is done again, finding it.
 */
async function againOnSameCallCase<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!isUniqueViolation(err, ['cases_one_per_call'])) throw err;
    return work();
  }
}

function baseDraft(call: HandedOverCall): NewCaseInput {
  return {
    status: CASE_STATUS.incomplete,
    channel: 'phone',
    kind: call.kind,
    area: call.area,
    serious: call.serious,
    language: call.language,
    source: { callSid: call.callSid, conversationId: null, recordingUrl: null, agent: null },
  } as NewCaseInput;
}

function messageDraft(call: HandedOverCall, recordingUrl: string, transcript: string | null): NewCaseInput {
  const base = baseDraft(call);
  return { ...base, what: transcript ?? MESSAGE_ONLY[call.language], source: { ...base.source, recordingUrl } } as NewCaseInput;
}
