import { VoiceResponse } from './twilioLibrary';
import type { Reply } from '../../conversation/reply';
import type { OutputPart, Question } from '../../flow/types';
import { answerUrl, CASE_STATUS_ROUTE, personUrl, VOICE_ROUTE } from './routes';
import { digitsForSpeech, gatherLanguage, sayAttributes } from './speech';

type Sayer = Pick<VoiceResponse, 'say'>;

/** The queue customer service's agents answer from. */
export const CUSTOMER_SERVICE_QUEUE = 'kundtjanst';

/** How long a caller has to start answering, and how long a pause ends speech, in seconds. */
const ANSWER_TIMEOUT_SECONDS = 6;
const SPEECH_PAUSE_SECONDS = '3';
const PHONE_ENTRY_TIMEOUT_SECONDS = 10;
/** One utterance at most; a longer account goes on in the next question or a voice message. */
const MAX_SPEECH_SECONDS = 60;

/** Distinct replies kept per process: the prompts of every step and turn number, and room for read-backs. */
const REMEMBERED_REPLIES = 2000;

/**
 * renderTwiml with the answers remembered: most replies are the same prompt for the same step and turn, and the
 * twilio builder costs some 30 times what naming the reply does. The key is the whole reply, so a reply that
 * differs in anything (a read-back of the caller's number, a case number) is built anew. When full, the oldest
 * half is forgotten. A hand-over to a person is built each time (it carries the call's own queue attributes).
 */
export function createTwimlRenderer(publicBaseUrl: string, maxEntries = REMEMBERED_REPLIES): (reply: Reply) => string {
  const remembered = new Map<string, string>();
  return (reply) => {
    const key = JSON.stringify(reply);
    const known = remembered.get(key);
    if (known !== undefined) return known;
    const twiml = renderTwiml(reply, publicBaseUrl);
    if (remembered.size >= maxEntries) {
      let drop = Math.ceil(maxEntries / 2);
      for (const oldest of remembered.keys()) {
        if (drop-- <= 0) break;
        remembered.delete(oldest);
      }
    }
    remembered.set(key, twiml);
    return twiml;
  };
}

/** A reply as TwiML, built only with the twilio library's VoiceResponse; `handOver` appends the way to a person. */
export function renderTwiml(reply: Reply, publicBaseUrl: string, handOver?: (response: VoiceResponse) => void): string {
  const response = new VoiceResponse();
  const speak = (target: Sayer) => sayParts(target, reply);
  const ask = reply.ending === 'ask' ? reply.ask : null;
  if (ask && ask.input === 'recording') {
    speak(response);
    response.record({
      action: answerUrl(publicBaseUrl, VOICE_ROUTE.recording, ask.step, reply.turn),
      maxLength: ask.maxSeconds ?? 120,
      finishOnKey: '#',
      playBeep: true,
      timeout: 5,
      // When the audio is ready Twilio says so here; the service then copies it and deletes it at Twilio.
      recordingStatusCallback: `${publicBaseUrl}${VOICE_ROUTE.recordingStatus}`,
      recordingStatusCallbackMethod: 'POST',
      recordingStatusCallbackEvent: ['completed'],
    });
  } else if (ask) {
    speak(response.gather(gatherOptions(ask, reply, publicBaseUrl)));
  } else {
    speak(response);
    if (reply.ending === 'transfer' && handOver) handOver(response);
    else if (reply.ending === 'transfer') response.enqueue(CUSTOMER_SERVICE_QUEUE);
    else if (reply.ending === 'status') response.redirect({ method: 'POST' }, personUrl(publicBaseUrl, CASE_STATUS_ROUTE.start, { lang: reply.language }));
    else response.hangup();
  }
  return response.toString();
}

/** For a caller who has already hung up: nobody hears anything, so nothing is said. */
export function hangUpTwiml(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}

function gatherOptions(ask: Question, reply: Reply, publicBaseUrl: string): Parameters<VoiceResponse['gather']>[0] {
  const action = answerUrl(publicBaseUrl, VOICE_ROUTE.answer, ask.step, reply.turn);
  const common = { action, method: 'POST', actionOnEmptyResult: true, language: gatherLanguage(reply.language) } as const;
  if (ask.input === 'phone') {
    // A number is keyed in and ended with # (or a pause); no speech, the keypad is exact.
    return { ...common, input: ['dtmf'], finishOnKey: '#', timeout: PHONE_ENTRY_TIMEOUT_SECONDS };
  }
  // One key is an answer (a choice, # to skip, * to repeat, 0 for customer service); speech works too.
  return {
    ...common,
    input: ['dtmf', 'speech'],
    numDigits: 1,
    finishOnKey: '',
    timeout: ANSWER_TIMEOUT_SECONDS,
    speechTimeout: SPEECH_PAUSE_SECONDS,
    maxSpeechTime: MAX_SPEECH_SECONDS,
    ...(ask.hints.length ? { hints: ask.hints.join(', ') } : {}),
  };
}

function sayParts(target: Sayer, reply: Reply): void {
  const attributes = sayAttributes(reply.language);
  for (const part of reply.say) {
    if (part.kind === 'caseReference') {
      if (reply.caseReference) sayCaseNumber(target.say(attributes, ''), reply.caseReference);
      continue;
    }
    const text = spoken(part, reply.caseReference);
    if (text) target.say(attributes, text);
  }
}

/** A pause between the groups of the case number, so a caller can write it down. */
const CASE_NUMBER_PAUSE = '700ms';

/** The case number slowly, digit by digit, with a pause at its hyphen ("2 0 2 6, … 0 0 0 4 2"). */
function sayCaseNumber(say: ReturnType<Sayer['say']>, reference: string): void {
  const groups = digitsForSpeech(reference).split(', ');
  groups.forEach((group, i) => {
    const last = i === groups.length - 1;
    say.prosody({ rate: 'slow' }, last ? group : `${group}, `);
    if (!last) say.break({ time: CASE_NUMBER_PAUSE });
  });
}

function spoken(part: OutputPart, caseReference: string | null): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'digits':
      return digitsForSpeech(part.text);
    case 'caseReference':
      // Said by sayCaseNumber; kept here so every part has its words.
      return caseReference ? digitsForSpeech(caseReference) : '';
  }
}
