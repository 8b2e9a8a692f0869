import { intakeFlow, STEP, type IntakeState } from '../../../flows/intake';
import { KIND_CHOICES, menuChoices } from '../../../flows/intakeChoices';
import { matchChoice } from '../../../src/flow/choiceMatching';
import { commandOf } from '../../../src/flow/commands';
import { CHANNEL_CAPABILITIES, LANGUAGES } from '../../../src/domain';
import { runTurn } from '../../../src/flow/engine';
import { defaultCalendar } from '../../support/calendar';
import { LISTENING } from '../../../flows/catalogue';

/** Words that are also names on Object's prototype: said by a resident, they are only words. */
const PROTOTYPE_WORDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

const flow = intakeFlow({ areas: ['aldreomsorg', 'annat'], calendar: defaultCalendar() });
const context = { now: new Date('2026-11-25T09:00:00Z'), withinOpeningHours: true, capabilities: CHANNEL_CAPABILITIES.phone };

function afterKeys(...keys: string[]): IntakeState {
  let state = runTurn(flow, null, { kind: 'start' }, context).state;
  for (const key of keys) state = runTurn(flow, state, { kind: 'key', key }, context).state;
  return state;
}

describe.each(PROTOTYPE_WORDS)('"%s"', (word) => {
  test('is no command, typed or as a key', () => {
    expect(commandOf({ kind: 'text', text: word }, LISTENING, 'sv')).toBeNull();
    expect(commandOf({ kind: 'key', key: word }, LISTENING, 'sv')).toBeNull();
  });

  test('names no choice', () => {
    expect(matchChoice(KIND_CHOICES, { kind: 'text', text: word }, 'sv', LISTENING)).toBeNull();
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), { kind: 'text', text: word }, 'sv', LISTENING)).toBeNull();
  });

  test('is asked again where a choice is expected, and kept where the resident describes what happened', () => {
    const atMenu = runTurn(flow, afterKeys(), { kind: 'text', text: word }, context);
    expect(atMenu).toMatchObject({ ending: 'ask', state: { step: STEP.menu, retries: 1 } });
    const atWhat = afterKeys('1', '1', '1');
    expect(atWhat.step).toBe(STEP.what);
    const described = runTurn(flow, atWhat, { kind: 'text', text: word }, context);
    expect(described.ending).toBe('ask');
    expect(described.state.answers.what).toBe(word);
  });
});
