/**
 * Asking for a person while customer service is closed, and while it is open, read as conversations at real
 * instants: whether it is open comes from the working calendar, as the conversation layer works it out. On the
 * phone a closed customer service is never a queue: the hours, and a callback or a voice message instead.
 */
import { intakeFlow, STEP, type IntakeEffect, type IntakeState, type StepId } from '../../../flows/intake';
import { CHANNEL_CAPABILITIES } from '../../../src/domain';
import { createWorkingCalendar, parseOpeningHours, parseShortDays } from '../../../src/domain/calendar';
import { runTurn } from '../../../src/flow/engine';
import type { FlowInput, OutputPart, TurnEnding } from '../../../src/flow/types';
import { newCaseSchema, type NewCaseInput } from '../../../src/register/newCase';

/** An effect as it reaches the register: the conversation layer adds the channel to the flow's draft. */
type Effect = { type: IntakeEffect['type']; draft: NewCaseInput };

const calendar = createWorkingCalendar({ openingHours: parseOpeningHours('mon-fri 08:00-16:30'), shortDays: parseShortDays('2026-12-23 08:00-13:00') });
const flow = intakeFlow({ areas: ['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat'], calendar });

/** Sunday 29 November 2026, 20:00 in Sweden. */
const SUNDAY_EVENING = '2026-11-29T19:00:00Z';
/** Monday 30 November 2026, 09:30. */
const MONDAY_MORNING = '2026-11-30T08:30:00Z';
/** Julafton, Thursday 24 December 2026, 14:30. */
const JULAFTON = '2026-12-24T13:30:00Z';
/** Wednesday 23 December 2026, 14:00: a working day, but a short one closing at 13:00. */
const SHORT_DAY_AFTERNOON = '2026-12-23T13:00:00Z';
const OWN_NUMBER = '+46701234567';

const key = (k: string): FlowInput => ({ kind: 'key', key: k });
const said = (text: string): FlowInput => ({ kind: 'text', text });
const START: FlowInput = { kind: 'start' };
const HANGUP: FlowInput = { kind: 'hangup' };
const SILENCE: FlowInput = { kind: 'silence' };
const recording: FlowInput = { kind: 'recording', url: 'https://api.twilio.com/rec/RE9', transcript: null };

/** One turn: what the resident does, what they must hear, and what they must not. */
type Line = [FlowInput, string[], string[]?];

interface Conversation {
  name: string;
  at: string;
  channel: 'phone' | 'chat';
  lines: Line[];
  steps?: StepId[];
  ending: TurnEnding;
  effects?: { type: Effect['type']; draft?: Record<string, unknown> }[];
}

const conversations: Conversation[] = [
  {
    name: 'Sunday evening, phone: the menu offers no 0; 0 says it is closed, when it opens, and offers a callback on Monday',
    at: SUNDAY_EVENING,
    channel: 'phone',
    lines: [
      [START, ['Välkommen till kommunens kundtjänst', ', tryck 1.', 'For English, press 9.'], ['tryck 0', 'Kundtjänst ringer dig']],
      [key('0'), [
        'Kundtjänst har stängt nu. Vi har öppet vardagar från klockan 8 till 16 och 30. Vi öppnar igen måndag 30 november klockan 8.',
        'Kundtjänst kan ringa dig måndag 30 november. Du kan också lämna ett meddelande.',
        'För att kundtjänst ska ringa dig, tryck 1. För att lämna ett meddelande, tryck 2. För att gå tillbaka, tryck 3.',
      ], ['Vänta kvar', 'kopplar dig']],
      [key('1'), ['Vi ringer dig på <070-123 45 67> Stämmer det?']],
      [key('1'), ['Vad heter du?']],
      [said('Anna Svensson'), ['Vilken dag passar det att kundtjänst ringer dig?', 'måndag 30 november, tryck 1. tisdag 1 december, tryck 2. onsdag 2 december, tryck 3.']],
      [key('1'), ['När passar det att vi ringer dig måndag 30 november?']],
      [key('1'), ['Tack! Kundtjänst ringer dig måndag 30 november, på förmiddagen, mellan 8 och 12.', 'Ditt ärendenummer är <CASE>', 'För att höra numret igen, tryck stjärna.'], ['Tack för att du hörde av dig']],
      [SILENCE, ['Tack för att du hörde av dig']],
    ],
    steps: [STEP.menu, STEP.closedOffer, STEP.callbackNumber, STEP.name, STEP.callbackDay, STEP.callbackWindow, STEP.callbackKept, STEP.callbackKept],
    ending: 'end',
    effects: [{
      type: 'keepIncomplete',
      draft: {
        channel: 'phone', status: 'incomplete', what: 'Invånaren ringde när kundtjänst hade stängt och bad att bli uppringd.', replyMethod: 'phone',
        contact: { name: 'Anna Svensson', phone: OWN_NUMBER, email: null },
        callback: { phone: OWN_NUMBER, window: 'morning', windowStart: '2026-11-30T07:00:00.000Z', windowEnd: '2026-11-30T11:00:00.000Z' },
      },
    }],
  },
  {
    name: 'Sunday evening, phone: "prata med någon" after describing, then a voice message; what was said is kept with it',
    at: SUNDAY_EVENING,
    channel: 'phone',
    lines: [
      [START, []],
      [key('1'), ['Vad vill du lämna?']],
      [key('1'), []],
      [key('1'), ['Berätta med egna ord']],
      [said('Hemtjänsten kom inte i dag.'), ['Vill du lägga till något?']],
      [said('prata med någon'), ['Kundtjänst har stängt nu.', 'För att lämna ett meddelande, tryck 2.'], ['Vänta kvar']],
      [key('2'), ['Det du redan har berättat är sparat. Säg det du vill lägga till', 'Börja prata efter tonen'], ['uppfatta']],
      [recording, ['ditt meddelande är sparat', 'Ditt ärendenummer är <CASE>']],
      [SILENCE, ['Tack för att du hörde av dig']],
    ],
    ending: 'end',
    effects: [{ type: 'keepIncomplete', draft: { kind: 'klagomal', area: 'aldreomsorg', what: 'Hemtjänsten kom inte i dag.', source: { recordingUrl: 'https://api.twilio.com/rec/RE9' } } }],
  },
  {
    name: 'Sunday evening, phone: 0 in the middle and then "gå tillbaka": the same question again, every answer kept',
    at: SUNDAY_EVENING,
    channel: 'phone',
    lines: [
      [START, []],
      [key('1'), []],
      [key('1'), []],
      [key('0'), ['Kundtjänst har stängt nu.']],
      [key('3'), ['Då fortsätter vi här.', 'Vilken verksamhet gäller det?']],
      [key('1'), ['Berätta med egna ord']],
    ],
    steps: [STEP.menu, STEP.kind, STEP.area, STEP.closedOffer, STEP.area, STEP.what],
    ending: 'ask',
  },
  {
    name: 'Monday morning, phone: the menu offers 0, and 0 goes to the queue',
    at: MONDAY_MORNING,
    channel: 'phone',
    lines: [
      [START, ['För att prata med någon i kundtjänst, tryck 0.']],
      [key('0'), ['Jag kopplar dig till kundtjänst. Vänta kvar'], ['stängt']],
    ],
    ending: 'transfer',
  },
  {
    name: 'julafton, phone: closed on a Thursday; it opens again on Monday 28 December, and the callback is then',
    at: JULAFTON,
    channel: 'phone',
    lines: [
      [START, [], ['tryck 0']],
      [key('0'), ['Vi öppnar igen måndag 28 december klockan 8.', 'Kundtjänst kan ringa dig måndag 28 december.'], ['Vänta kvar']],
      [key('1'), ['Stämmer det?']],
      [key('1'), ['Vad heter du?']],
      [key('#'), ['Vilken dag passar det att kundtjänst ringer dig?', 'måndag 28 december, tryck 1. tisdag 29 december, tryck 2. onsdag 30 december, tryck 3.']],
      [key('1'), ['När passar det att vi ringer dig måndag 28 december?']],
      [key('2'), ['Kundtjänst ringer dig måndag 28 december, på eftermiddagen, mellan 13 och 16.30.']],
      [SILENCE, ['Tack för att du hörde av dig']],
    ],
    ending: 'end',
    effects: [{ type: 'keepIncomplete', draft: { callback: { phone: OWN_NUMBER, window: 'afternoon', windowStart: '2026-12-28T12:00:00.000Z', windowEnd: '2026-12-28T15:30:00.000Z' } } }],
  },
  {
    name: 'a short day after 13:00, phone: closed, open again on Monday after jul',
    at: SHORT_DAY_AFTERNOON,
    channel: 'phone',
    lines: [
      [START, [], ['tryck 0']],
      [key('0'), ['Kundtjänst har stängt nu.', 'Vi öppnar igen måndag 28 december klockan 8.']],
    ],
    ending: 'ask',
  },
  {
    name: 'Sunday evening, phone in English: the same, in English words for the hours',
    at: SUNDAY_EVENING,
    channel: 'phone',
    lines: [
      [START, []],
      [key('9'), ['How can we help you?'], ['press 0']],
      [key('0'), [
        'Customer service is closed now. We are open weekdays from 8 am to 4.30 pm. We open again on Monday 30 November at 8 am.',
        'Customer service can call you on Monday 30 November. You can also leave a message.',
        'To have customer service call you, press 1. To leave a message, press 2. To go back, press 3.',
      ]],
    ],
    ending: 'ask',
  },
  {
    name: 'Sunday evening, chat: the button says what happens; asking for a person tells the hours and offers a call on Monday',
    at: SUNDAY_EVENING,
    channel: 'chat',
    lines: [
      [START, ['Vad kan vi hjälpa dig med?'], ['tryck']],
      [said('prata med någon'), [
        'Kundtjänst har stängt nu. Vi har öppet vardagar klockan 8–16.30. Vi öppnar igen måndag 30 november klockan 8.',
        'Ingen läser chatten just nu, men kundtjänst kan ringa dig måndag 30 november.',
        'Vill du att kundtjänst ringer dig?',
      ], ['Vänta kvar', 'kopplar dig', 'röstmeddelande']],
    ],
    steps: [STEP.menu, STEP.callbackOffer],
    ending: 'ask',
  },
  {
    name: 'Monday morning, chat: open, yet nobody answers in the chat; the call still comes on the next working day',
    at: MONDAY_MORNING,
    channel: 'chat',
    lines: [
      [START, []],
      [key('0'), ['Här i chatten kan ingen från kundtjänst svara direkt, men kundtjänst kan ringa dig tisdag 1 december.', 'Vill du att kundtjänst ringer dig?'], ['stängt', 'Vänta kvar']],
    ],
    ending: 'ask',
  },
  {
    name: 'julafton, chat: closed, a call offered on Monday 28 December',
    at: JULAFTON,
    channel: 'chat',
    lines: [
      [START, []],
      [said('kundtjänst'), ['Kundtjänst har stängt nu.', 'Vi öppnar igen måndag 28 december klockan 8.', 'kundtjänst kan ringa dig måndag 28 december']],
    ],
    ending: 'ask',
  },
];

function spoken(part: OutputPart): string {
  return part.kind === 'text' ? part.text : part.kind === 'digits' ? `<${part.text}>` : '<CASE>';
}

describe('asking for a person, closed and open', () => {
  test.each(conversations)('$name', (c) => {
    const now = new Date(c.at);
    const context = { now, withinOpeningHours: calendar.isOpen(now), capabilities: CHANNEL_CAPABILITIES[c.channel] };
    let state: IntakeState | null = null;
    const steps: StepId[] = [];
    const effects: Effect[] = [];
    let ending: TurnEnding = 'ask';
    for (const [input, hears, neverHears = []] of c.lines) {
      const begin = input.kind === 'start' ? { ...input, callerNumber: c.channel === 'phone' ? OWN_NUMBER : null } : input;
      const turn = runTurn(flow, state, begin, context);
      state = JSON.parse(JSON.stringify(turn.state)) as IntakeState;
      const heard = turn.say.map(spoken).join(' ');
      for (const words of hears) expect(heard).toContain(words);
      for (const words of neverHears) expect(heard).not.toContain(words);
      if (c.channel === 'chat' && state.step === STEP.menu) expect(turn.ask?.choices.map((x) => x.label)).toContain('Kundtjänst ringer dig');
      steps.push(turn.state.step);
      effects.push(...turn.effects.map((e) => ({ type: e.type, draft: { ...e.draft, channel: c.channel } })));
      ending = turn.ending;
    }
    if (c.steps) expect(steps).toEqual(c.steps);
    expect(ending).toBe(c.ending);
    expect(effects.map((e) => e.type)).toEqual((c.effects ?? []).map((e) => e.type));
    (c.effects ?? []).forEach((expected, i) => {
      expect(effects[i]!.draft).toMatchObject(expected.draft ?? {});
      const parsed = newCaseSchema.safeParse(effects[i]!.draft);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });
  });
});

describe('the menu question itself', () => {
  test.each([
    [SUNDAY_EVENING, 'phone', ['1', '2', '9']],
    [MONDAY_MORNING, 'phone', ['1', '2', '0', '9']],
    [JULAFTON, 'phone', ['1', '2', '9']],
    [SUNDAY_EVENING, 'chat', ['1', '2', '0', '9']],
  ] as const)('at %s on the %s the keys offered are %j', (at, channel, keys) => {
    const now = new Date(at);
    const turn = runTurn(flow, null, START, { now, withinOpeningHours: calendar.isOpen(now), capabilities: CHANNEL_CAPABILITIES[channel] });
    expect(turn.ask?.choices.map((c) => c.key)).toEqual(keys);
  });
});
