import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import { parseTwiml, type Verb } from './twimlPlayer';

/** What the terminal phone needs from whoever holds it: a person at a terminal, or a test script. */
export interface Caller {
  hear(text: string): void;
  note(text: string): void;
  /** Keys or words; '' is silence; null hangs up. */
  answer(question: string): Promise<string | null>;
}

export interface CallOptions {
  /** Where the service is reached. */
  url: string;
  /** The service's PUBLIC_BASE_URL, which Twilio signs (default: url). */
  publicUrl?: string;
  /** The token the service checks signatures with. */
  token: string;
  from: string;
  /** 'en' presses 9 at the menu for you. */
  lang: 'sv' | 'en';
  caller: Caller;
  /**
   * Twilio's side of a voice message: keeps the audio (the REST API stand-in) and says which account it is in.
   * With it, the phone sends the recording status callback after a voice message, as Twilio does.
   */
  recordings?: { accountSid: string; apiUrl: string; add(): { recordingSid: string; seconds: number } };
}

export type CallEnd = 'hung up' | 'ended by service' | 'queued for an agent';

const HANG_UP_WORDS = new Set(['lägg på', 'lagg pa', 'hangup', 'hang up', 'q', 'quit']);

/** Plays one call against the service's real webhooks, signing every request as Twilio would. */
export async function placeCall(options: CallOptions): Promise<CallEnd> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const base = options.url.replace(/\/+$/, '');
  const publicBase = (options.publicUrl ?? options.url).replace(/\/+$/, '');
  const common = { CallSid: callSid, AccountSid: options.recordings?.accountSid ?? `AC${'0'.repeat(32)}`, From: options.from, To: '+46107350000', Direction: 'inbound' };
  const post = async (url: string, params: Record<string, string>): Promise<string> => {
    const all = { ...common, ...params };
    const target = base + new URL(url).pathname + new URL(url).search;
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(options.token, url, all) },
      body: new URLSearchParams(all).toString(),
    });
    const body = await response.text();
    if (response.status === 403) throw new Error(`The service refused the signature (403). Is --url the service's PUBLIC_BASE_URL, and is the token the service's?`);
    if (!response.ok) throw new Error(`The service answered ${response.status}: ${body.slice(0, 200)}`);
    return body;
  };
  const hangUp = () => post(`${publicBase}/voice/status`, { CallStatus: 'completed' });

  /** Twilio tells of a finished recording in a request of its own, after the Record's action. */
  const twilioSide: { recordingDone: { url: string; params: Record<string, string> } | null } = { recordingDone: null };
  let next: { url: string; params: Record<string, string> } | null = { url: `${publicBase}/voice/incoming`, params: { CallStatus: 'ringing' } };
  let pressedLanguage = false;
  while (next) {
    const verbs = parseTwiml(await post(next.url, next.params));
    next = null;
    const done = twilioSide.recordingDone;
    if (done) {
      twilioSide.recordingDone = null;
      await post(done.url, done.params);
      options.caller.note('(Twilio: inspelningen är klar att hämta)');
    }
    for (const verb of verbs) {
      const outcome = await act(verb);
      if (outcome === 'continue') continue;
      if (typeof outcome === 'string') {
        if (outcome === 'queued for an agent') options.caller.note('Samtalet står i kö till kundtjänst: en handläggare tar över härifrån.');
        if (outcome === 'ended by service') options.caller.note('Samtalet är avslutat.');
        await hangUp();
        return outcome;
      }
      next = outcome;
      break;
    }
    if (!next) {
      await hangUp();
      return 'ended by service';
    }
  }
  return 'ended by service';

  async function act(verb: Verb): Promise<'continue' | CallEnd | { url: string; params: Record<string, string> }> {
    switch (verb.verb) {
      case 'Say':
        options.caller.hear(verb.text);
        return 'continue';
      case 'Gather': {
        verb.says.forEach((s) => options.caller.hear(s));
        if (options.lang === 'en' && !pressedLanguage && /step=menu\b/.test(verb.action)) {
          pressedLanguage = true;
          options.caller.note('(trycker 9 för engelska)');
          return { url: verb.action, params: { Digits: '9' } };
        }
        for (;;) {
          const said = await options.caller.answer(verb.speech ? 'Knapptryck eller tal' : 'Knapptryck');
          if (said === null || HANG_UP_WORDS.has(said.trim().toLowerCase())) return 'hung up';
          const text = said.trim();
          if (text === '') return { url: verb.action, params: {} };
          if (/^[0-9*#]+$/.test(text)) {
            const digits = verb.numDigits ? text.slice(0, verb.numDigits) : text.replace(/#$/, '');
            return { url: verb.action, params: { Digits: digits } };
          }
          if (verb.speech) return { url: verb.action, params: { SpeechResult: text, Confidence: '0.9' } };
          options.caller.note('Här tar telefonen bara knapptryck (0-9, * och #).');
        }
      }
      case 'Record': {
        options.caller.note(`(pip: inspelning, högst ${verb.maxLength} sekunder)`);
        const said = await options.caller.answer('Skriv det du säger i röstmeddelandet');
        if (said === null || HANG_UP_WORDS.has(said.trim().toLowerCase())) return 'hung up';
        if (said.trim() === '') return { url: verb.action, params: {} };
        // The stand-in's audio is a tone, whatever was typed; its length is what Twilio reports.
        const kept = options.recordings?.add() ?? { recordingSid: `RE${randomBytes(16).toString('hex')}`, seconds: Math.min(verb.maxLength, Math.max(1, Math.round(said.length / 12))) };
        const { recordingSid } = kept;
        const seconds = String(kept.seconds);
        const apiUrl = options.recordings?.apiUrl ?? 'https://api.twilio.com';
        const recording = { RecordingSid: recordingSid, RecordingUrl: `${apiUrl}/2010-04-01/Accounts/${common.AccountSid}/Recordings/${recordingSid}`, RecordingDuration: seconds };
        if (options.recordings && verb.statusCallback) {
          twilioSide.recordingDone = { url: verb.statusCallback, params: { ...recording, RecordingStatus: 'completed', RecordingChannels: '1', RecordingSource: 'RecordVerb' } };
        }
        return { url: verb.action, params: { ...recording, TranscriptionText: said.trim() } };
      }
      case 'Redirect':
        return { url: verb.url, params: {} };
      case 'Enqueue':
        return 'queued for an agent';
      case 'Dial':
        options.caller.note(`(kopplar till ${verb.to})`);
        return 'queued for an agent';
      case 'Hangup':
        return 'ended by service';
    }
  }
}
