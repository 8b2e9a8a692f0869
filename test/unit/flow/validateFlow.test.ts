import { intakeFlow } from '../../../flows/intake';
import type { FlowDefinition, Step } from '../../../src/flow/flowTypes';
import { choiceStep, endStep, recordingStep } from '../../../src/flow/stepBuilders';
import { localized } from '../../../src/flow/speaking';
import { FlowDefinitionError, validateFlow } from '../../../src/flow/validateFlow';
import { seriousWordsWith } from '../../../flows/seriousWords';
import { defaultCalendar } from '../../support/calendar';

type Id = 'ask' | 'record' | 'bye' | 'orphan';
type Answers = { serious: boolean };
const text = localized('Fråga', 'Question');

/** A small flow that is valid; each test breaks one thing. */
function smallFlow(steps: Partial<Record<Id, Step<Id, Answers, never>>> = {}): FlowDefinition<Id, Answers, never> {
  const base: Partial<Record<Id, Step<Id, Answers, never>>> = {
    ask: choiceStep({ prompt: text, choices: [{ value: 'a', label: text }], next: 'bye' }),
    record: recordingStep({ prompt: text, maxSeconds: 60, store: (a) => a, next: 'bye' }),
    bye: endStep({ ending: 'end', say: text, effects: () => [] }),
  };
  return {
    start: 'ask',
    restartAt: 'ask',
    voiceMessage: 'record',
    steps: { ...base, ...steps } as Record<Id, Step<Id, Answers, never>>,
    emptyAnswers: () => ({ serious: false }),
    keepSoFar: () => null,
    seriousWords: { sv: { stem: (w) => w, entries: [] }, en: { stem: (w) => w, entries: [] } },
    seriousNotice: text,
    phrases: { notUnderstood: text, restarting: text, transferring: text, toVoiceMessage: text, closedGoodbye: text, keptSoFar: text, pressKey: text, skipHint: text, tooLong: text },
  };
}

function problemOf(flow: FlowDefinition<Id, Answers, never>): { step: string; message: string } | null {
  try {
    validateFlow(flow);
    return null;
  } catch (err) {
    if (!(err instanceof FlowDefinitionError)) throw err;
    return { step: err.step, message: err.message };
  }
}

describe('validateFlow', () => {
  test('the intake flow is valid', () => {
    expect(() => intakeFlow({ areas: ['aldreomsorg', 'annat'], calendar: defaultCalendar() })).not.toThrow();
  });

  test('the small flow is valid', () => {
    expect(problemOf(smallFlow())).toBeNull();
  });

  test.each<{ why: string; flow: () => FlowDefinition<Id, Answers, never>; step: string; says: string }>([
    {
      why: 'a step leading to an unknown step',
      flow: () => smallFlow({ ask: choiceStep({ prompt: text, choices: [{ value: 'a', label: text }], next: 'nowhere' as Id }) }),
      step: 'ask',
      says: 'unknown step "nowhere"',
    },
    {
      why: 'a route leading to an unknown step',
      flow: () => smallFlow({ ask: choiceStep({ prompt: text, choices: [{ value: 'a', label: text }], next: [{ to: 'bye', when: () => true }, { to: 'byee' as Id }] }) }),
      step: 'ask',
      says: 'unknown step "byee"',
    },
    {
      why: 'a step that cannot be reached from the start',
      flow: () => smallFlow({ orphan: endStep({ ending: 'end', say: text, effects: () => [] }) }),
      step: 'orphan',
      says: 'cannot be reached',
    },
    {
      why: 'routes that may all fail',
      flow: () => smallFlow({ ask: choiceStep({ prompt: text, choices: [{ value: 'a', label: text }], next: [{ to: 'bye', when: () => false }] }) }),
      step: 'ask',
      says: 'always holds',
    },
    {
      why: 'two choices on one key',
      flow: () => smallFlow({ ask: choiceStep({ prompt: text, choices: [{ value: 'a', label: text }, { value: 'b', key: '1', label: text }], next: 'bye' }) }),
      step: 'ask',
      says: 'two choices on key 1',
    },
    {
      why: 'an unknown start',
      flow: () => ({ ...smallFlow(), start: 'begin' as Id }),
      step: 'begin',
      says: 'start step',
    },
  ])('refuses $why, naming the step', ({ flow, step, says }) => {
    const problem = problemOf(flow());
    expect(problem?.step).toBe(step);
    expect(problem?.message).toContain(says);
    expect(problem?.message).toContain(`"${step}"`);
  });

  test('refuses a serious word that cannot be read (a municipality\'s own, from configuration), saying which', () => {
    const words = seriousWordsWith({ sv: ['glömde … medicin', '… medicin'], en: [] });
    expect(() => intakeFlow({ areas: ['aldreomsorg'], calendar: defaultCalendar(), seriousWords: words })).toThrow(
      'serious words (sv): "… medicin": "…" must stand between two words',
    );
  });

  test('the intake refuses an empty list of areas', () => {
    expect(() => intakeFlow({ areas: [], calendar: defaultCalendar() })).toThrow('at least one service area');
  });
});
