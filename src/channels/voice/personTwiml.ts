import { VoiceResponse } from './twilioLibrary';
import type { CustomerServiceSetup } from '../../config/config';
import type { Language } from '../../domain';
import type { BookedCallback, ExitReason, HandOver, PersonOffer, WaitDecision } from './personLine';
import { dayName, offerWords, personWords, spokenClock } from './personWords';
import { personUrl, PERSON_ROUTE } from './routes';
import { digitsForSpeech, gatherLanguage, sayAttributes } from './speech';
import { phoneNumberForReading } from '../../domain';
import { CUSTOMER_SERVICE_QUEUE } from './twiml';


/** A caller gets this many chances at the offer before a kind goodbye. */
const OFFER_TRIES = 2;
const OFFER_TIMEOUT_SECONDS = 8;
const VOICE_MESSAGE_SECONDS = 120;

/**
 * Appends the hand-over to customer service for the configured set-up: the switchboard dialled (ringing for a
 * while, then the Dial action), a Flex workflow with the task's attributes, or the service's own queue.
 */
export function appendHandOver(
  response: VoiceResponse,
  setup: CustomerServiceSetup,
  call: HandOver,
  callerNumber: string | null,
  publicBaseUrl: string,
): void {
  switch (setup.kind) {
    case 'dial': {
      const dial = response.dial({
        action: personUrl(publicBaseUrl, PERSON_ROUTE.dialed),
        method: 'POST',
        timeout: setup.ringSeconds,
        // The caller keeps hearing ringing until someone answers, and the switchboard shows the caller's number.
        answerOnBridge: true,
        ...(callerNumber ? { callerId: callerNumber } : {}),
      });
      if (setup.target.startsWith('sip')) dial.sip(setup.target);
      else dial.number(setup.target);
      return;
    }
    case 'taskRouter': {
      const enqueue = response.enqueue({ workflowSid: setup.workflowSid, action: personUrl(publicBaseUrl, PERSON_ROUTE.left), method: 'POST' });
      enqueue.task({}, JSON.stringify(taskAttributes(call)));
      return;
    }
    case 'queue':
      response.enqueue(
        { waitUrl: personUrl(publicBaseUrl, PERSON_ROUTE.wait), waitUrlMethod: 'POST', action: personUrl(publicBaseUrl, PERSON_ROUTE.left), method: 'POST' },
        CUSTOMER_SERVICE_QUEUE,
      );
      return;
  }
}

/**
 * What a Flex agent's screen shows with the call: the incomplete case's number, kind, area, language and whether
 * it sounds serious. Never what the caller described, their name or number (Flex shows the caller id itself).
 */
export function taskAttributes(call: HandOver): Record<string, string | boolean | null> {
  return {
    type: 'synpunkt',
    caseReference: call.reference,
    kind: call.kind,
    area: call.area,
    language: call.language,
    serious: call.serious,
  };
}

/** The waitUrl's answer: the place and the expected wait, the offer of a place-keeping callback, music between. */
export function waitTwiml(decision: WaitDecision, publicBaseUrl: string, musicUrl: string): string {
  const response = new VoiceResponse();
  if (decision.kind === 'leave') {
    response.leave();
    return response.toString();
  }
  const w = personWords(decision.language);
  const attributes = sayAttributes(decision.language);
  const gather = response.gather({
    input: ['dtmf'],
    numDigits: 1,
    action: personUrl(publicBaseUrl, PERSON_ROUTE.waitKey),
    method: 'POST',
    timeout: 1,
    actionOnEmptyResult: false,
  });
  if (decision.firstRound) gather.say(attributes, w.welcome);
  gather.say(attributes, [w.place(decision.place), decision.expectedWaitMinutes ? w.expected(decision.expectedWaitMinutes) : ''].filter(Boolean).join(' '));
  if (decision.offerCallback && !decision.firstRound) gather.say(attributes, w.keepPlace);
  gather.play({}, musicUrl);
  return response.toString();
}

/** Another key while waiting: nothing happens, and Twilio asks the waitUrl again (the caller keeps waiting). */
export function waitOnTwiml(): string {
  return new VoiceResponse().toString();
}

/** After 1 in the queue: the caller keeps their place as a callback and hangs up, or hears why not and waits on. */
export function keptPlaceTwiml(language: Language, phone: string | null): string {
  const response = new VoiceResponse();
  const w = personWords(language);
  if (phone) {
    // Read as people write it, a digit at a time: "0 7 0, 1 2 3, 4 5, 6 7".
    response.say(sayAttributes(language), w.keptPlace(digitsForSpeech(phoneNumberForReading(phone))));
    response.hangup();
  } else {
    response.say(sayAttributes(language), w.cannotKeepPlace);
  }
  return response.toString();
}

/** Said to the queued caller just before the agent is bridged in. */
export function bridgingTwiml(language: Language): string {
  const response = new VoiceResponse();
  response.say(sayAttributes(language), personWords(language).connecting);
  return response.toString();
}

/** Nobody answered: a callback on the callback day (1 morning, 2 afternoon) or a voice message (3). */
export function offerTwiml(offer: PersonOffer, reason: ExitReason | null, publicBaseUrl: string, attempt = 1): string {
  const response = new VoiceResponse();
  const attributes = sayAttributes(offer.language);
  const gather = response.gather({
    input: ['dtmf'],
    numDigits: 1,
    action: personUrl(publicBaseUrl, PERSON_ROUTE.offer, { try: String(attempt) }),
    method: 'POST',
    timeout: OFFER_TIMEOUT_SECONDS,
    actionOnEmptyResult: true,
    language: gatherLanguage(offer.language),
  });
  if (attempt > 1) gather.say(attributes, personWords(offer.language).notHeard);
  for (const line of offerWords(offer, reason)) gather.say(attributes, line);
  return response.toString();
}

/** A key the offer does not take, or silence: once more, then a kind goodbye. */
export function offerAgainTwiml(offer: PersonOffer, publicBaseUrl: string, attempt: number): string {
  if (attempt >= OFFER_TRIES) return goodbyeTwiml(offer.language, personWords(offer.language).goodbye);
  return offerTwiml(offer, null, publicBaseUrl, attempt + 1);
}

export function bookedTwiml(booked: BookedCallback): string {
  const w = personWords(booked.language);
  const t = (m: number) => spokenClock(m, booked.language);
  return goodbyeTwiml(booked.language, w.booked(dayName(booked.day, booked.language), t(booked.openMinute), t(booked.closeMinute)));
}

export function recordMessageTwiml(language: Language, publicBaseUrl: string): string {
  const response = new VoiceResponse();
  response.say(sayAttributes(language), personWords(language).record);
  response.record({ action: personUrl(publicBaseUrl, PERSON_ROUTE.message), method: 'POST', maxLength: VOICE_MESSAGE_SECONDS, finishOnKey: '#', playBeep: true, timeout: 5 });
  return response.toString();
}

export function goodbyeTwiml(language: Language, text: string): string {
  const response = new VoiceResponse();
  response.say(sayAttributes(language), text);
  response.hangup();
  return response.toString();
}

/**
 * The agent's leg of "take next caller": what the agent hears on answering their own phone, then the front of the
 * queue bridged in. Before the bridge Twilio posts the queued caller's CallSid to the <Queue url>, naming the agent.
 */
export function agentLegTwiml(agent: string, publicBaseUrl: string): string {
  const response = new VoiceResponse();
  response.say(sayAttributes('sv'), 'Nästa samtal i kön kopplas till dig.');
  response.dial({}).queue({ url: personUrl(publicBaseUrl, PERSON_ROUTE.bridge, { agent }), method: 'POST' }, CUSTOMER_SERVICE_QUEUE);
  return response.toString();
}
