/**
 * Transcripts of the intake: one row per path a resident can take, checked by what they hear,
 * which steps they pass, how the conversation ends and what reaches the register.
 */
import { intakeFlow, STEP, type IntakeEffect, type IntakeState, type StepId } from '../../../flows/intake';
import { runTurn } from '../../../src/flow/engine';
import type { FlowInput, OutputPart, TurnEnding } from '../../../src/flow/types';
import { CHANNEL_CAPABILITIES, type Language } from '../../../src/domain';
import { newCaseSchema, type NewCaseInput } from '../../../src/register/newCase';
import { defaultCalendar } from '../../support/calendar';

const flow = intakeFlow({ areas: ['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat'], calendar: defaultCalendar() });

const key = (k: string): FlowInput => ({ kind: 'key', key: k });
const said = (text: string): FlowInput => ({ kind: 'text', text });
const SILENCE: FlowInput = { kind: 'silence' };
const HANGUP: FlowInput = { kind: 'hangup' };
const recording = (transcript: string | null): FlowInput => ({ kind: 'recording', url: 'https://api.twilio.com/rec/RE1', transcript });

/** Friday 27 November 2026, 11:00 in Stockholm: the next working day is Monday 30 November. */
const FRIDAY = '2026-11-27T10:00:00Z';
const OWN_NUMBER = '+46701234567';

interface Call {
  channel?: 'phone' | 'chat';
  withinOpeningHours?: boolean;
  now?: string;
  callerNumber?: string | null;
  lang?: Language;
  inputs: FlowInput[];
}

/** An effect as it reaches the register: the conversation layer adds the channel to the flow's draft. */
type Effect = { type: IntakeEffect['type']; draft: NewCaseInput };

interface Transcript {
  steps: StepId[];
  heard: string;
  ending: TurnEnding;
  effects: Effect[];
}

function converse(call: Call): Transcript {
  const channel = call.channel ?? 'phone';
  const context = { now: new Date(call.now ?? FRIDAY), withinOpeningHours: call.withinOpeningHours ?? true, capabilities: CHANNEL_CAPABILITIES[channel] };
  const start: FlowInput = { kind: 'start', lang: call.lang, callerNumber: call.channel === 'chat' ? null : (call.callerNumber === undefined ? OWN_NUMBER : call.callerNumber) };
  let state: IntakeState | null = null;
  const result: Transcript = { steps: [], heard: '', ending: 'ask', effects: [] };
  for (const input of [start, ...call.inputs]) {
    const turn = runTurn(flow, state, input, context);
    // The state is stored as jsonb: it must come back from JSON exactly as it was (no Dates, no undefined).
    state = JSON.parse(JSON.stringify(turn.state)) as IntakeState;
    expect(state).toEqual(turn.state);
    result.steps.push(turn.state.step);
    result.heard += turn.say.map(spoken).join(' ') + '\n';
    result.ending = turn.ending;
    result.effects.push(...turn.effects.map((e) => ({ type: e.type, draft: { ...e.draft, channel } })));
  }
  return result;
}

function spoken(part: OutputPart): string {
  return part.kind === 'text' ? part.text : part.kind === 'digits' ? `<${part.text}>` : '<CASE>';
}

function count(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}

/** Up to `what`: the menu's 1, a klagomål, äldreomsorg. */
const TO_WHAT = [key('1'), key('1'), key('1')];
const DESCRIBED = [...TO_WHAT, said('Hemtjänsten kom inte på tre dagar.'), key('#'), key('#'), key('2')];

interface Row extends Call {
  name: string;
  steps?: StepId[];
  ending: TurnEnding;
  hears?: string[];
  neverHears?: string[];
  /** Effect types in order, and the fields their drafts must have. */
  effects: { type: Effect['type']; draft?: Partial<Record<keyof NewCaseInput, unknown>> }[];
}

const rows: Row[] = [
  {
    name: 'anonymous: straight to confirm, no contact, told no answer can be given',
    inputs: [...DESCRIBED, key('1'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['allmän handling', 'Du vill lämna ett klagomål som gäller äldreomsorgen', '<CASE>', 'Eftersom du är anonym', 'IVO'],
    neverHears: ['sms', 'Vi ringer dig'],
    effects: [{ type: 'registerCase', draft: { anonymous: true, contact: { name: null, phone: null, email: null }, replyMethod: null, callback: null, receiptPhone: null, onBehalf: 'relative' } }],
  },
  {
    name: 'callback on the caller’s own number, read back digit by digit, on the next working day',
    inputs: [...DESCRIBED, key('2'), key('1'), said('Anna Svensson'), key('1'), key('1'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.name, STEP.callbackNumber, STEP.callbackWindow, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Vi ringer dig på <070-123 45 67>', 'När passar det att vi ringer dig måndag 30 november?', 'Ditt ärendenummer är <CASE>', 'Inom 14 dagar', 'fyra veckor', 'Du får också ett sms med ärendenumret', 'Tack för att du hörde av dig'],
    effects: [{
      type: 'registerCase',
      draft: {
        channel: 'phone', kind: 'klagomal', area: 'aldreomsorg', what: 'Hemtjänsten kom inte på tre dagar.', whenWhere: null, consequences: null, replyMethod: 'phone',
        contact: { name: 'Anna Svensson', phone: OWN_NUMBER, email: null }, receiptPhone: OWN_NUMBER,
        callback: { phone: OWN_NUMBER, window: 'morning', windowStart: '2026-11-30T07:00:00.000Z', windowEnd: '2026-11-30T11:00:00.000Z' },
      },
    }],
  },
  {
    name: 'another number: keyed in with #, read back and confirmed',
    inputs: [...DESCRIBED, key('2'), key('1'), key('#'), key('2'), key('0731234567#'), key('1'), key('2'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.name, STEP.callbackNumber, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.callbackWindow, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['<070-123 45 67>', 'Slå det telefonnummer', 'Vi ringer dig på <073-123 45 67>', 'på eftermiddagen, mellan 13 och 16.30'],
    effects: [{ type: 'registerCase', draft: { contact: { name: null, phone: '+46731234567', email: null }, receiptPhone: '+46731234567', callback: { phone: '+46731234567', window: 'afternoon', windowStart: '2026-11-30T12:00:00.000Z', windowEnd: '2026-11-30T15:30:00.000Z' } } }],
  },
  {
    name: 'no caller number: an invalid number, a premium-rate number, then a valid one',
    callerNumber: null,
    inputs: [...DESCRIBED, key('2'), key('1'), said('Anna'), key('12345#'), key('0900123456#'), key('0701234567'), key('1'), key('1'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.name, STEP.callbackNumberEntry, STEP.callbackNumberEntry, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.callbackWindow, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Det numret kan jag tyvärr inte använda', 'betalnummer', 'Vi ringer dig på <070-123 45 67>'],
    effects: [{ type: 'registerCase', draft: { contact: { name: 'Anna', phone: OWN_NUMBER, email: null }, replyMethod: 'phone' } }],
  },
  {
    name: 'no reply wanted: no callback, no SMS, but not anonymous',
    inputs: [...DESCRIBED, key('2'), key('2'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Med ärendenumret kan du alltid fråga kundtjänst'],
    neverHears: ['sms'],
    effects: [{ type: 'registerCase', draft: { anonymous: false, replyMethod: null, callback: null, receiptPhone: null } }],
  },
  {
    name: 'no input three times within opening hours: asked again twice, then customer service',
    inputs: [key('1'), SILENCE, SILENCE, SILENCE],
    steps: [STEP.menu, STEP.kind, STEP.kind, STEP.kind, STEP.kind],
    ending: 'transfer',
    hears: ['Förlåt, jag uppfattade inte det', 'Jag kopplar dig till kundtjänst'],
    effects: [],
  },
  {
    name: 'no input outside opening hours: a voice message, kept with what was answered',
    withinOpeningHours: false,
    inputs: [key('1'), key('3'), SILENCE, SILENCE, SILENCE, recording('Jag vill tacka personalen på Solgården.')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.area, STEP.area, STEP.voiceMessage, STEP.voiceMessageKept],
    ending: 'end',
    hears: ['röstmeddelande', 'efter tonen', 'ditt meddelande är sparat'],
    neverHears: ['Jag kopplar dig'],
    effects: [{ type: 'keepIncomplete', draft: { status: 'incomplete', kind: 'berom', area: null, what: 'Jag vill tacka personalen på Solgården.', source: { recordingUrl: 'https://api.twilio.com/rec/RE1' } } }],
  },
  {
    name: 'not understood on what, even while open: a voice message rather than the queue',
    inputs: [...TO_WHAT, key('5'), SILENCE, key('7'), recording(null)],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.what, STEP.what, STEP.voiceMessage, STEP.voiceMessageKept],
    ending: 'end',
    hears: ['Förlåt, jag uppfattade inte det', 'Lämna ett meddelande efter tonen'],
    effects: [{ type: 'keepIncomplete', draft: { kind: 'klagomal', area: 'aldreomsorg', what: null, source: { recordingUrl: 'https://api.twilio.com/rec/RE1' } } }],
  },
  {
    name: 'serious words: flagged, and told once that it is handled promptly',
    inputs: [...TO_WHAT, said('Min mamma blev slagen av en i personalen.'), said('I hennes lägenhet, hon blev skadad.'), said('Hon har blåmärken.'), key('2'), key('1'), key('1')],
    ending: 'end',
    hears: ['Det du berättar kan behöva utredas skyndsamt'],
    effects: [{ type: 'registerCase', draft: { serious: true } }],
  },
  {
    name: 'serious words by their stems and phrases: "ramlade", "låg på golvet", "glömde … medicin" (issue 16)',
    inputs: [...TO_WHAT, said('Min mamma ramlade i badrummet och låg på golvet hela natten för att larmet inte fungerade'), said('Hemtjänsten glömde att ge pappa hans medicin'), key('#'), key('1'), key('1'), key('1')],
    ending: 'end',
    hears: ['Det du berättar kan behöva utredas skyndsamt'],
    effects: [{ type: 'registerCase', draft: { serious: true } }],
  },
  {
    name: 'no serious words: not flagged, no notice ("hit" is Swedish for "here")',
    inputs: [...TO_WHAT, said('Hemtjänsten kom hit för sent.'), key('#'), key('#'), key('1'), key('1'), key('1')],
    ending: 'end',
    neverHears: ['skyndsamt'],
    effects: [{ type: 'registerCase', draft: { serious: false } }],
  },
  {
    name: 'English via 9: the menu again in English, and the rest of the call too',
    inputs: [key('9'), key('1'), said('praise'), said('two'), said('The staff were wonderful to my father.'), said('skip'), key('1'), key('1'), key('1')],
    steps: [STEP.menu, STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.onBehalf, STEP.anonymous, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Welcome to the municipality', 'hang up and call 112', 'press 1', 'På svenska, tryck 9', 'public document', 'You would like to give us praise about support and service under LSS', 'Your case number is <CASE>'],
    neverHears: ['IVO', 'Vad vill du lämna'],
    effects: [{ type: 'registerCase', draft: { language: 'en', kind: 'berom', area: 'stod_och_service', whenWhere: null } }],
  },
  {
    name: 'English serious words are heard in English',
    lang: 'en',
    inputs: [...TO_WHAT, said('A carer hit my mother.'), key('#'), key('#'), key('1'), key('1'), key('1')],
    ending: 'end',
    hears: ['may need to be looked into urgently'],
    effects: [{ type: 'registerCase', draft: { serious: true, language: 'en' } }],
  },
  {
    name: 'start over at confirm: answers cleared, back to kind, still in English',
    inputs: [key('9'), ...TO_WHAT, said('First story.'), key('#'), key('#'), key('1'), key('1'), key('2'), key('2'), key('5'), said('Second story.'), key('#'), key('3'), key('1'), key('1')],
    steps: [STEP.menu, STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.confirm, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.onBehalf, STEP.anonymous, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ["Let's start again", 'a suggestion or an opinion about something else'],
    effects: [{ type: 'registerCase', draft: { language: 'en', kind: 'synpunkt', area: 'annat', what: 'Second story.', consequences: null, onBehalf: 'other' } }],
  },
  {
    name: 'hang-up after what: kept as incomplete, nothing said',
    inputs: [...TO_WHAT, said('Min pappa fick ingen mat i går.'), HANGUP],
    ending: 'end',
    effects: [{ type: 'keepIncomplete', draft: { status: 'incomplete', kind: 'klagomal', area: 'aldreomsorg', what: 'Min pappa fick ingen mat i går.', callback: null, receiptPhone: null } }],
  },
  {
    name: 'hang-up before what: nothing kept',
    inputs: [key('1'), key('1'), HANGUP, key('1')],
    ending: 'end',
    effects: [],
  },
  {
    name: '* repeats the question (not the greeting) without counting as a miss',
    inputs: [key('*'), key('1'), key('*'), SILENCE, SILENCE, key('*'), key('2')],
    steps: [STEP.menu, STEP.menu, STEP.kind, STEP.kind, STEP.kind, STEP.kind, STEP.kind, STEP.area],
    ending: 'ask',
    effects: [],
  },
  {
    name: '0 reaches customer service from any step, taking along what was said',
    inputs: [...DESCRIBED, key('2'), key('1'), key('0')],
    ending: 'transfer',
    hears: ['Jag kopplar dig till kundtjänst'],
    effects: [{ type: 'keepIncomplete', draft: { what: 'Hemtjänsten kom inte på tre dagar.' } }],
  },
  {
    name: 'chat: reply by e-mail after an invalid address; no phone words, no SMS',
    channel: 'chat',
    inputs: [key('1'), said('Klagomål'), said('äldreomsorg'), said('Maten var kall.'), said('hoppa över'), said('skip'), said('en närstående'), said('nej'), said('ja'), said('Anna'), said('E-post'), said('anna.example.se'), said('anna@example.se'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.name, STEP.replyMethod, STEP.email, STEP.email, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['ring 112 direkt', 'Den e-postadressen ser inte riktig ut', '<CASE>'],
    neverHears: ['tryck', 'sms', 'lägg på'],
    effects: [{ type: 'registerCase', draft: { channel: 'chat', replyMethod: 'email', contact: { name: 'Anna', phone: null, email: 'anna@example.se' }, callback: null, receiptPhone: null } }],
  },
  {
    name: 'chat: reply by phone, typed, with a callback',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('4'), said('Fel medicin gavs.'), key('#'), key('#'), key('1'), key('2'), key('1'), key('#'), key('1'), said('070-123 45 67'), key('1'), key('2'), key('1')],
    ending: 'end',
    hears: ['Skriv det telefonnummer', '<070-123 45 67>', 'Patientnämnden', 'sms'],
    effects: [{ type: 'registerCase', draft: { channel: 'chat', area: 'halso_och_sjukvard', serious: true, replyMethod: 'phone', receiptPhone: OWN_NUMBER, callback: { phone: OWN_NUMBER, window: 'afternoon' } } }],
  },
  {
    name: 'chat: "agent" at the menu offers a callback; yes, a number, a name and a window keep an incomplete case with the callback',
    channel: 'chat',
    inputs: [said('agent'), key('1'), said('070-123 45 67'), key('1'), said('Anna'), key('1')],
    steps: [STEP.menu, STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.name, STEP.callbackWindow, STEP.callbackKept],
    ending: 'end',
    hears: [
      'Här i chatten kan ingen från kundtjänst svara direkt', 'Vill du att kundtjänst ringer dig?', 'Skriv det telefonnummer', 'Vi ringer dig på <070-123 45 67>',
      'Vad heter du?', 'När passar det att vi ringer dig måndag 30 november?', 'Tack! Kundtjänst ringer dig måndag 30 november, på förmiddagen, mellan 8 och 12.',
      'Ditt ärendenummer är <CASE>', 'Tack för att du hörde av dig',
    ],
    neverHears: ['Vänta kvar', 'tryck', 'sms', 'anonym'],
    effects: [{
      type: 'keepIncomplete',
      draft: {
        status: 'incomplete', channel: 'chat', kind: null, area: null, what: 'Invånaren bad via chatten att bli uppringd av kundtjänst.', anonymous: false, replyMethod: 'phone',
        contact: { name: 'Anna', phone: OWN_NUMBER, email: null }, receiptPhone: null,
        callback: { phone: OWN_NUMBER, window: 'morning', windowStart: '2026-11-30T07:00:00.000Z', windowEnd: '2026-11-30T11:00:00.000Z' },
      },
    }],
  },
  {
    name: 'chat: "prata med någon" after kind, area and what: a whole case with the callback and its SMS receipt',
    channel: 'chat',
    inputs: [...TO_WHAT, said('Hemtjänsten kom inte på tre dagar.'), said('Prata med någon'), said('ja'), said('0701234567'), said('ja'), key('#'), said('eftermiddag')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.name, STEP.callbackWindow, STEP.callbackKept],
    ending: 'end',
    hears: ['Kundtjänst ringer dig måndag 30 november, på eftermiddagen', 'Ditt ärendenummer är <CASE>', 'Du får också ett sms med ärendenumret'],
    neverHears: ['Vänta kvar', 'Vill du skicka in det?'],
    effects: [{
      type: 'registerCase',
      draft: {
        status: 'registered', channel: 'chat', kind: 'klagomal', area: 'aldreomsorg', what: 'Hemtjänsten kom inte på tre dagar.', anonymous: false, replyMethod: 'phone',
        contact: { name: null, phone: OWN_NUMBER, email: null }, receiptPhone: OWN_NUMBER,
        callback: { phone: OWN_NUMBER, window: 'afternoon', windowStart: '2026-11-30T12:00:00.000Z', windowEnd: '2026-11-30T15:30:00.000Z' },
      },
    }],
  },
  {
    name: 'chat: "nej" to the offer goes back to the same question, every answer kept',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('2'), said('människa'), said('nej'), said('Assistenten kom inte.'), key('#'), key('#'), key('1'), key('2'), key('2'), key('1')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.callbackOffer, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.wantsReply, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Vill du att kundtjänst ringer dig?', 'Då fortsätter vi här. Berätta med egna ord vad som har hänt.', 'Du vill lämna ett klagomål som gäller stöd och service'],
    effects: [{ type: 'registerCase', draft: { kind: 'klagomal', area: 'stod_och_service', what: 'Assistenten kom inte.', replyMethod: null, callback: null } }],
  },
  {
    name: 'chat: anonymous earlier, then a callback: told it means not being anonymous, and the case is not anonymous',
    channel: 'chat',
    inputs: [...TO_WHAT, said('Maten var kall.'), key('#'), key('#'), key('2'), key('1'), said('agent'), key('1'), said('0701234567'), key('1'), said('Anna'), key('2')],
    steps: [
      STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.whenWhere, STEP.consequences, STEP.onBehalf, STEP.anonymous, STEP.confirm,
      STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackNumber, STEP.name, STEP.callbackWindow, STEP.callbackKept,
    ],
    ending: 'end',
    hears: ['Om kundtjänst ringer upp dig är du inte längre anonym'],
    effects: [{ type: 'registerCase', draft: { anonymous: false, contact: { name: 'Anna', phone: OWN_NUMBER, email: null }, replyMethod: 'phone', callback: { phone: OWN_NUMBER, window: 'afternoon' } } }],
  },
  {
    name: 'chat in English: "talk to someone" at the menu, the fixed words kept in English',
    channel: 'chat',
    lang: 'en',
    inputs: [said('talk to someone'), said('yes'), said('0701234567'), said('yes'), said('skip'), said('morning')],
    ending: 'end',
    hears: ['Nobody from customer service can answer here in the chat', 'Would you like customer service to call you?', 'Customer service will call you on Monday 30 November', 'Your case number is <CASE>'],
    effects: [{ type: 'keepIncomplete', draft: { language: 'en', what: 'The resident asked in the chat to be called back by customer service.', contact: { name: null, phone: OWN_NUMBER, email: null } } }],
  },
  {
    name: 'chat: no input three times within opening hours leads to the callback offer, not a dead end',
    channel: 'chat',
    inputs: [key('1'), SILENCE, SILENCE, SILENCE],
    steps: [STEP.menu, STEP.kind, STEP.kind, STEP.kind, STEP.callbackOffer],
    ending: 'ask',
    hears: ['Förlåt, jag uppfattade inte det.', 'Vill du att kundtjänst ringer dig?'],
    neverHears: ['Jag kopplar dig', 'Vänta kvar'],
    effects: [],
  },
  {
    name: 'chat outside opening hours: asking for a person still offers the callback on the next working day',
    channel: 'chat',
    withinOpeningHours: false,
    inputs: [said('prata med någon')],
    steps: [STEP.menu, STEP.callbackOffer],
    ending: 'ask',
    effects: [],
  },
  {
    name: 'chat: asking for a person on the way to the callback offers it again; "nej" then goes back to where they were',
    channel: 'chat',
    inputs: [key('1'), said('agent'), key('1'), said('agent'), key('2'), key('3')],
    steps: [STEP.menu, STEP.kind, STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackOffer, STEP.kind, STEP.area],
    ending: 'ask',
    effects: [],
  },
  {
    name: 'chat: three unusable numbers on the way to the callback lead back to the offer, from which "nej" is a way out',
    channel: 'chat',
    inputs: [said('agent'), key('1'), said('123'), said('123'), said('0900123456'), key('2')],
    steps: [STEP.menu, STEP.callbackOffer, STEP.callbackNumberEntry, STEP.callbackNumberEntry, STEP.callbackNumberEntry, STEP.callbackOffer, STEP.menu],
    ending: 'ask',
    hears: ['betalnummer', 'Då fortsätter vi här'],
    effects: [],
  },
  {
    name: 'chat: closing the chat at the offer keeps what was described, without a callback',
    channel: 'chat',
    inputs: [...TO_WHAT, said('Ingen ringde tillbaka.'), said('agent'), HANGUP],
    ending: 'end',
    effects: [{ type: 'keepIncomplete', draft: { status: 'incomplete', what: 'Ingen ringde tillbaka.', callback: null, replyMethod: null } }],
  },
  {
    name: 'phone: 0 at the menu still goes to the agent queue, with no callback offer',
    inputs: [key('0')],
    steps: [STEP.menu, STEP.menu],
    ending: 'transfer',
    hears: ['Jag kopplar dig till kundtjänst'],
    neverHears: ['ringer upp dig'],
    effects: [],
  },
  {
    name: 'phone: "prata med någon" mid-flow still goes to the agent queue, taking along what was said',
    inputs: [...TO_WHAT, said('Hemtjänsten kom inte.'), said('prata med någon')],
    ending: 'transfer',
    hears: ['Jag kopplar dig till kundtjänst'],
    neverHears: ['ringer upp dig'],
    effects: [{ type: 'keepIncomplete', draft: { what: 'Hemtjänsten kom inte.', callback: null } }],
  },
  {
    name: 'chat: "börja om" starts over from kind',
    channel: 'chat',
    inputs: [key('1'), key('1'), key('2'), said('börja om'), key('3')],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.what, STEP.kind, STEP.area],
    ending: 'ask',
    hears: ['Vi börjar om från början'],
    effects: [],
  },
  {
    name: 'chat outside opening hours, not understood after describing: the callback offer with the hours, not an end',
    channel: 'chat',
    withinOpeningHours: false,
    inputs: [...TO_WHAT, said('Ingen svarar på boendet.'), SILENCE, SILENCE, SILENCE],
    ending: 'ask',
    hears: ['Kundtjänst har stängt nu. Vi har öppet vardagar klockan 8–16.30.', 'kundtjänst kan ringa dig måndag 30 november', 'Vill du att kundtjänst ringer dig?'],
    effects: [],
  },
  {
    name: 'chat outside opening hours, nothing described, three misses: the callback offer too',
    channel: 'chat',
    withinOpeningHours: false,
    inputs: [said('hej'), said('vad?'), said('hmm')],
    steps: [STEP.menu, STEP.menu, STEP.menu, STEP.callbackOffer],
    ending: 'ask',
    hears: ['Kundtjänst har stängt nu'],
    effects: [],
  },
  {
    name: 'callback over Christmas: from Thursday 24 December to Monday 28 December',
    now: '2026-12-24T09:00:00Z',
    inputs: [...DESCRIBED, key('2'), key('1'), key('#'), key('1'), key('1'), key('1')],
    ending: 'end',
    hears: ['måndag 28 december'],
    effects: [{ type: 'registerCase', draft: { callback: { phone: OWN_NUMBER, window: 'morning', windowStart: '2026-12-28T07:00:00.000Z', windowEnd: '2026-12-28T11:00:00.000Z' } } }],
  },
];

describe('intake transcripts', () => {
  test.each(rows)('$name', (row) => {
    const t = converse(row);
    if (row.steps) expect(t.steps).toEqual(row.steps);
    expect(t.ending).toBe(row.ending);
    for (const fragment of row.hears ?? []) expect(t.heard).toContain(fragment);
    for (const fragment of row.neverHears ?? []) expect(t.heard).not.toContain(fragment);
    expect(t.effects.map((e) => e.type)).toEqual(row.effects.map((e) => e.type));
    row.effects.forEach((expected, i) => {
      const draft = t.effects[i]!.draft;
      if (expected.draft) expect(draft).toMatchObject(expected.draft);
      const parsed = newCaseSchema.safeParse(draft);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });
  });
});

describe('said once', () => {
  test('the public-document notice is said on entering what, not again on re-prompts', () => {
    const t = converse({ inputs: [...TO_WHAT, SILENCE, key('*'), SILENCE] });
    expect(count(t.heard, 'allmän handling')).toBe(1);
    expect(count(t.heard, 'Berätta med egna ord')).toBe(4);
  });

  test('the serious notice is said once, however many answers mention it', () => {
    const t = converse({ inputs: [...TO_WHAT, said('Han blev slagen.'), said('Han slog sig.'), said('Han blev skadad.')] });
    expect(count(t.heard, 'utredas skyndsamt')).toBe(1);
  });

  test('"nej" to the chat\'s callback offer asks the question again without its notice: no second greeting', () => {
    const t = converse({ channel: 'chat', inputs: [said('agent'), said('nej')] });
    expect(t.steps).toEqual([STEP.menu, STEP.callbackOffer, STEP.menu]);
    expect(count(t.heard, 'ring 112 direkt')).toBe(1);
    expect(count(t.heard, 'Vad kan vi hjälpa dig med?')).toBe(2);
  });

  test('* on the menu repeats the choices but not the greeting', () => {
    const t = converse({ inputs: [key('*')] });
    expect(count(t.heard, 'ring 112')).toBe(1);
    expect(count(t.heard, 'tryck 1')).toBe(2);
  });
});

describe('after the end', () => {
  test('a repeated webhook after the case is registered registers nothing more', () => {
    const t = converse({ inputs: [...DESCRIBED, key('1'), key('1'), key('1'), HANGUP] });
    expect(t.effects.map((e) => e.type)).toEqual(['registerCase']);
  });

  test('a recording that arrives after the hang-up is still kept, once', () => {
    const t = converse({ withinOpeningHours: false, inputs: [key('1'), SILENCE, SILENCE, SILENCE, HANGUP, recording('Ring mig.'), recording('Ring mig.')] });
    expect(t.effects.map((e) => e.type)).toEqual(['keepIncomplete']);
    expect(t.effects[0]!.draft).toMatchObject({ what: 'Ring mig.', source: { recordingUrl: 'https://api.twilio.com/rec/RE1' } });
  });
});

describe('the question asked', () => {
  test('choices carry the phone digit and the button label in the same order; areas follow configuration', () => {
    const configured = intakeFlow({ areas: ['annat', 'aldreomsorg'], calendar: defaultCalendar() });
    let turn = runTurn(configured, null, { kind: 'start' }, { now: new Date(FRIDAY), withinOpeningHours: true, capabilities: CHANNEL_CAPABILITIES.chat });
    turn = runTurn(configured, turn.state, key('1'), { now: new Date(FRIDAY), withinOpeningHours: true, capabilities: CHANNEL_CAPABILITIES.chat });
    turn = runTurn(configured, turn.state, key('1'), { now: new Date(FRIDAY), withinOpeningHours: true, capabilities: CHANNEL_CAPABILITIES.chat });
    expect(turn.ask?.step).toBe(STEP.area);
    expect(turn.ask?.choices).toEqual([{ key: '1', label: 'Annat' }, { key: '2', label: 'Äldreomsorg' }]);
    expect(turn.ask?.hints).toContain('hemtjänst');
  });

  test('the voice message asks for a recording of at most two minutes', () => {
    const t = runTurn(flow, { ...runTurn(flow, null, { kind: 'start' }, { now: new Date(FRIDAY), withinOpeningHours: false, capabilities: CHANNEL_CAPABILITIES.phone }).state, retries: 2 }, SILENCE, {
      now: new Date(FRIDAY),
      withinOpeningHours: false,
      capabilities: CHANNEL_CAPABILITIES.phone,
    });
    expect(t.ask).toMatchObject({ step: STEP.voiceMessage, input: 'recording', maxSeconds: 120 });
  });
});
