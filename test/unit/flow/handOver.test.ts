/**
 * The engine's hand-over for a flow that has no offers of its own: on the phone, 0 reaches the queue only while
 * customer service is open; while closed it leads to the voice message, and at the voice message to a kind end.
 */
import { CHANNEL_CAPABILITIES } from '../../../src/domain';
import { runTurn } from '../../../src/flow/engine';
import type { FlowDefinition, FlowState } from '../../../src/flow/flowTypes';
import { choiceStep, endStep, recordingStep } from '../../../src/flow/stepBuilders';
import { localized } from '../../../src/flow/speaking';

type Id = 'ask' | 'record' | 'bye';
type Answers = { serious: boolean };
const l = (word: string) => localized(word, word);

// A flow with no effects of its own: the engine is generic in them.
const flow: FlowDefinition<Id, Answers, never> = {
  start: 'ask',
  restartAt: 'ask',
  voiceMessage: 'record',
  steps: {
    ask: choiceStep({ prompt: l('Fråga'), choices: [{ value: 'a', label: l('A') }], next: 'bye' }),
    record: recordingStep({ prompt: l('Efter tonen'), maxSeconds: 60, store: (a) => a, next: 'bye' }),
    bye: endStep({ ending: 'end', say: l('Hej då'), effects: () => [] }),
  },
  emptyAnswers: () => ({ serious: false }),
  keepSoFar: () => null,
  seriousWords: { sv: { stem: (w) => w, entries: [] }, en: { stem: (w) => w, entries: [] } },
  seriousNotice: l('Allvarligt'),
  phrases: {
    notUnderstood: l('Förlåt'), restarting: l('Om'), transferring: l('Vänta kvar'), toVoiceMessage: l('Meddelande'),
    closedGoodbye: l('Stängt, hej då'), keptSoFar: l('Sparat'), pressKey: l('{label}, tryck {key}.'), skipHint: l('Fyrkant'), tooLong: l('Långt'),
  },
};

const at = (step: Id): FlowState<Id, Answers> => ({ step, language: 'sv', answers: { serious: false }, retries: 0, seriousNoticeGiven: false, done: false, callerNumber: null });
const context = (open: boolean) => ({ now: new Date('2026-11-29T19:00:00Z'), withinOpeningHours: open, capabilities: CHANNEL_CAPABILITIES.phone });

describe('0 on the phone in a flow without a closed-hours offer', () => {
  test.each([
    ['open, at a question', true, 'ask', 'transfer', 'Vänta kvar'],
    ['closed, at a question: the voice message', false, 'ask', 'ask', 'Efter tonen'],
    ['closed, at the voice message: a kind end', false, 'record', 'end', 'Stängt, hej då'],
  ] as const)('%s', (_why, open, step, ending, heard) => {
    const turn = runTurn(flow, at(step), { kind: 'key', key: '0' }, context(open));
    expect(turn.ending).toBe(ending);
    expect(turn.say.map((p) => (p.kind === 'text' ? p.text : '')).join(' ')).toContain(heard);
  });
});

describe('the engine asks what a channel can do, not which it is', () => {
  // A channel with a queue to a person but no recording (say, a video call): closed, 0 ends kindly, never a voice message.
  const queueWithoutRecording = { ...CHANNEL_CAPABILITIES.phone, recording: false };

  test('0 while closed on a channel that cannot record: a kind end, no voice message', () => {
    const turn = runTurn(flow, at('ask'), { kind: 'key', key: '0' }, { ...context(false), capabilities: queueWithoutRecording });
    expect(turn.ending).toBe('end');
    expect(turn.ask).toBeNull();
    expect(turn.say.map((p) => (p.kind === 'text' ? p.text : '')).join(' ')).toContain('Stängt, hej då');
  });

  test('the same channel while open reaches the queue', () => {
    const turn = runTurn(flow, at('ask'), { kind: 'key', key: '0' }, { ...context(true), capabilities: queueWithoutRecording });
    expect(turn.ending).toBe('transfer');
  });

  test('a channel with buttons has no choices read out; one without has them read with their keys', () => {
    const withButtons = runTurn(flow, null, { kind: 'start' }, { ...context(true), capabilities: { ...CHANNEL_CAPABILITIES.phone, buttons: true } });
    const without = runTurn(flow, null, { kind: 'start' }, { ...context(true), capabilities: { ...CHANNEL_CAPABILITIES.chat, buttons: false } });
    const heard = (t: typeof without) => t.say.map((p) => (p.kind === 'text' ? p.text : '')).join(' ');
    expect(heard(withButtons)).not.toContain('A, tryck 1.');
    expect(heard(without)).toContain('A, tryck 1.');
  });
});
