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

export type CallEnd = 'hung up' | 'ended by service' | 'queued for an agent' | 'reached a person';

/** One round of the queue's announcement and music, as the terminal phone counts Twilio's QueueTime. */
const WAIT_ROUND_SECONDS = 60;
const PERSON_ANSWERS = new Set(['svara', 'svarar', 'answer', 's']);
const BUSY_WORDS = new Set(['upptaget', 'busy', 'u']);

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
  let reachedPerson = false;
  type Next = { url: string; params: Record<string, string> };
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
        return reachedPerson && outcome === 'ended by service' ? 'reached a person' : outcome;
      }
      next = outcome;
      break;
    }
    if (!next) {
      await hangUp();
      return reachedPerson ? 'reached a person' : 'ended by service';
    }
  }
  return 'ended by service';

  /** Asks whoever holds the phone what the other end does; null hangs up. */
  async function ask(question: string): Promise<string | null> {
    const said = await options.caller.answer(question);
    if (said === null || HANG_UP_WORDS.has(said.trim().toLowerCase())) return null;
    return said.trim().toLowerCase();
  }

  /**
   * <Dial> as Twilio plays it: the switchboard rings for its timeout; whoever holds the terminal says whether it
   * answers, and Twilio then posts the action with DialCallStatus.
   */
  async function dial(verb: Extract<Verb, { verb: 'Dial' }>): Promise<CallEnd | Next> {
    options.caller.note(`(ringer ${verb.to}, högst ${verb.timeout} sekunder${verb.callerId ? `, med nummerpresentation ${verb.callerId}` : ''})`);
    const said = await ask("Svarar kundtjänst? 'svara', 'upptaget', eller tom rad: ingen svarar");
    if (said === null) return 'hung up';
    const status = PERSON_ANSWERS.has(said) ? 'completed' : BUSY_WORDS.has(said) ? 'busy' : 'no-answer';
    if (status === 'completed') {
      reachedPerson = true;
      options.caller.note('(kundtjänst svarar; när ni har pratat klart läggs samtalet på)');
    }
    if (!verb.action) return status === 'completed' ? 'reached a person' : 'ended by service';
    return { url: verb.action, params: { DialCallStatus: status, ...(status === 'completed' ? { DialCallDuration: '120' } : {}) } };
  }

  /**
   * <Enqueue> as Twilio plays it: the waitUrl asked again after each round (QueuePosition, QueueTime, AvgQueueTime),
   * its Gather's keys posted, <Leave> ending the wait at the action (QueueResult=leave). A Flex workflow or a bare
   * queue is only described: what happens there is Twilio's and the agents'.
   */
  async function enqueue(verb: Extract<Verb, { verb: 'Enqueue' }>): Promise<CallEnd | Next> {
    const leftWith = (result: string, waited: number): Next | CallEnd => (verb.action ? { url: verb.action, params: { QueueResult: result, QueueTime: String(waited) } } : 'ended by service');
    if (verb.workflowSid) {
      options.caller.note(`(Twilio Flex/TaskRouter: en uppgift i arbetsflödet ${verb.workflowSid} med ${verb.task ?? '{}'})`);
      const said = await ask("Tar en handläggare i Flex samtalet? 'svara', eller tom rad: ingen tar det");
      if (said === null) return 'hung up';
      if (!PERSON_ANSWERS.has(said)) return leftWith('error', 0);
      reachedPerson = true;
      options.caller.note('(en handläggare i Flex svarar)');
      return leftWith('bridged', 0);
    }
    if (!verb.waitUrl) {
      options.caller.note(`(i kön ${verb.queue} med Twilios väntemusik)`);
      return 'queued for an agent';
    }
    const queueSid = `QU${randomBytes(16).toString('hex')}`;
    for (let waited = 0; ; waited += WAIT_ROUND_SECONDS) {
      const round = await post(verb.waitUrl, { QueuePosition: '1', QueueTime: String(waited), AvgQueueTime: String(waited), CurrentQueueSize: '1', QueueSid: queueSid });
      const outcome = await waitRound(parseTwiml(round), waited);
      if (outcome === 'again') continue;
      if (outcome === 'leave') return leftWith('leave', waited);
      if (outcome === 'reached a person') {
        reachedPerson = true;
        return leftWith('bridged', waited);
      }
      if (verb.action) await post(verb.action, { QueueResult: 'hangup', QueueTime: String(waited) });
      return outcome;
    }
  }

  /** One round of waitUrl verbs: wait on, leave the queue, or the call ends. */
  async function waitRound(verbs: Verb[], waited: number): Promise<'again' | 'leave' | CallEnd> {
    for (const verb of verbs) {
      switch (verb.verb) {
        case 'Say':
          options.caller.hear(verb.text);
          break;
        case 'Play':
          options.caller.note('(musik)');
          break;
        case 'Leave':
          return 'leave';
        case 'Hangup':
          return 'ended by service';
        case 'Gather': {
          verb.says.forEach((s) => options.caller.hear(s));
          if (verb.plays) options.caller.note('(musik)');
          const said = await ask(`Knapptryck, 'svara' (en handläggare tar samtalet), eller tom rad: vänta vidare (${Math.round(waited / 60) + 1} min)`);
          if (said === null) return 'hung up';
          if (PERSON_ANSWERS.has(said)) {
            options.caller.note('(en handläggare tar samtalet från kön)');
            return 'reached a person';
          }
          if (/^[0-9*#]$/.test(said)) return waitRound(parseTwiml(await post(verb.action, { Digits: said })), waited);
          break;
        }
        default:
          break;
      }
    }
    return 'again';
  }

  async function act(verb: Verb): Promise<'continue' | CallEnd | Next> {
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
        return enqueue(verb);
      case 'Dial':
        return dial(verb);
      case 'Play':
        options.caller.note('(musik)');
        return 'continue';
      case 'Pause':
      case 'Leave':
        return 'continue';
      case 'Hangup':
        return 'ended by service';
    }
  }
}
