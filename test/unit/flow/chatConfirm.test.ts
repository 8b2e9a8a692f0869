/**
 * The chat's last step before sending, as a resident reads it: everything that will be sent, and a way to change
 * each part (what was told, how we answer, the time of the call) without starting over. And the chat says plainly
 * that it is automatic, and what a person does with the case.
 */
import { STEP, type StepId } from '../../../flows/intake';
import { converse, key, said, expectTranscript, type TranscriptRow } from '../../support/intakeConversation';

/** A complaint typed in the chat, a reply by phone on Monday morning, up to the confirm step. */
const TO_CONFIRM = [
  key('1'), key('1'), key('1'), said('Min pappa fick ingen middag i fredags.'), said('På Solgården, fredag kväll.'), said('Han var hungrig hela natten.'),
  key('2'), key('1'), said('Karin Andersson'), key('1'), said('070-123 45 67'), key('1'), key('1'), key('1'),
];

const rows: TranscriptRow[] = [
  {
    name: 'the greeting says it is an automatic chat and that a case officer deals with what is sent',
    channel: 'chat',
    inputs: [],
    ending: 'ask',
    hears: ['Det här är en automatisk chatt: ingen person läser det du skriver just nu.', 'läser en handläggare det och tar hand om det', 'ring 112 direkt'],
  },
  {
    name: 'the confirm step reads back everything that will be sent',
    channel: 'chat',
    inputs: TO_CONFIRM,
    ending: 'ask',
    hears: [
      'Det här skickar vi in: Du vill lämna ett klagomål som gäller äldreomsorgen.',
      'Det du berättade: Min pappa fick ingen middag i fredags.',
      'När och var: På Solgården, fredag kväll.',
      'Följder: Han var hungrig hela natten.',
      'Det gäller en närstående.',
      'Ditt namn: Karin Andersson',
      'Svar per telefon: 070-123 45 67',
      'Vi ringer dig måndag 30 november, på förmiddagen, mellan 8 och 12.',
      'Stämmer allt? Skicka in det, eller välj det du vill ändra.',
    ],
  },
  {
    name: 'changing what was told: only that question, then back to the confirm step; the rest kept',
    channel: 'chat',
    inputs: [...TO_CONFIRM, key('3'), said('Min pappa fick varken middag eller kvällsmat i fredags.'), key('1')],
    lastSteps: [STEP.confirm, STEP.what, STEP.confirm, STEP.done],
    ending: 'end',
    hears: ['Det du berättade: Min pappa fick varken middag eller kvällsmat i fredags.', 'En handläggare på kommunen läser det du har skickat'],
    effects: [{
      type: 'registerCase',
      draft: { what: 'Min pappa fick varken middag eller kvällsmat i fredags.', whenWhere: 'På Solgården, fredag kväll.', contact: { name: 'Karin Andersson', phone: '+46701234567', email: null } },
    }],
  },
  {
    name: 'changing how we answer: the contact questions again, from anonymity; the account kept',
    channel: 'chat',
    inputs: [...TO_CONFIRM, key('4'), key('2'), key('1'), said('Karin A'), key('2'), said('karin@example.se'), key('1')],
    ending: 'end',
    hears: ['Svar per e-post: karin@example.se'],
    effects: [{
      type: 'registerCase',
      draft: { what: 'Min pappa fick ingen middag i fredags.', replyMethod: 'email', callback: null, contact: { name: 'Karin A', phone: null, email: 'karin@example.se' } },
    }],
  },
  {
    name: 'changing the time of the call: the day and the window again, then back',
    channel: 'chat',
    inputs: [...TO_CONFIRM, key('5'), said('onsdag'), said('eftermiddag'), key('1')],
    ending: 'end',
    hears: ['Vi ringer dig onsdag 2 december, på eftermiddagen'],
    effects: [{ type: 'registerCase', draft: { callback: { phone: '+46701234567', window: 'afternoon', windowStart: '2026-12-02T12:00:00.000Z', windowEnd: '2026-12-02T15:30:00.000Z' } } }],
  },
  {
    name: 'the phone reads only the summary and its two choices: nothing to read back at length',
    inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('#'), key('2'), key('1')],
    ending: 'ask',
    hears: ['Du vill lämna ett klagomål som gäller äldreomsorgen. Vill du skicka in det? Skicka, tryck 1. Börja om, tryck 2.'],
    neverHears: ['Det du berättade', 'Ändra'],
  },
];

describe('the chat: an honest bot, and a confirm step that shows and corrects everything', () => {
  test.each(rows)('$name', (row) => {
    expectTranscript(row);
  });

  test('the buttons at the confirm step: send, each part to change, and starting over last', () => {
    const t = converse({ channel: 'chat', inputs: TO_CONFIRM });
    expect(t.ask?.choices).toEqual([
      { key: '1', label: 'Skicka' },
      { key: '3', label: 'Ändra det du berättade' },
      { key: '4', label: 'Ändra hur vi svarar dig' },
      { key: '5', label: 'Ändra tiden för samtalet' },
      { key: '2', label: 'Börja om' },
    ]);
  });

  test('without a call booked there is no time to change', () => {
    const t = converse({ channel: 'chat', inputs: [key('1'), key('1'), key('1'), said('Maten var kall.'), key('#'), key('#'), key('1'), key('2'), key('2')] });
    expect(t.ask?.choices.map((c) => c.label)).toEqual(['Skicka', 'Ändra det du berättade', 'Ändra hur vi svarar dig', 'Börja om']);
  });
});
