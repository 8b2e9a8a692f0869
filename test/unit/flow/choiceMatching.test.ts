import { matchChoice, type ChoiceInput } from '../../../src/flow/choiceMatching';
import { KIND_CHOICES, menuChoices, YES_NO_CHOICES } from '../../../flows/intakeChoices';
import { LANGUAGES, type Language } from '../../../src/domain';
import { LISTENING } from '../../../flows/catalogue';

const key = (k: string): ChoiceInput => ({ kind: 'key', key: k });
const said = (text: string): ChoiceInput => ({ kind: 'text', text });

describe('which kind did the resident mean?', () => {
  test.each<{ input: ChoiceInput; language?: Language; kind: string | null }>([
    { input: key('1'), kind: 'klagomal' },
    { input: key('3'), kind: 'berom' },
    { input: key('4'), kind: null },
    { input: said('2'), kind: 'synpunkt' },
    { input: said(' Två. '), kind: 'synpunkt' },
    { input: said('tryck tre'), kind: 'berom' },
    { input: said('ett'), kind: 'klagomal' },
    { input: said('two'), language: 'en', kind: 'synpunkt' },
    { input: said('BERÖM'), kind: 'berom' },
    { input: said('bero\u0308m'), kind: 'berom' }, // ö sent decomposed by a speech recogniser
    { input: said('Förslag'), kind: 'synpunkt' },
    { input: said('jag vill lämna ett klagomål'), kind: 'klagomal' },
    { input: said('a complaint'), language: 'en', kind: 'klagomal' },
    { input: said('klagomål eller beröm'), kind: null }, // names two choices: asked again
    { input: said('banan'), kind: null },
  ])('$input.kind "$input.key$input.text" → $kind', ({ input, language, kind }) => {
    expect(matchChoice(KIND_CHOICES, input, language ?? 'sv', LISTENING)?.value ?? null).toBe(kind);
  });
});

describe('keys that are not positions', () => {
  test('the menu has 2 for how a case is going, 0 for customer service and 9 for English', () => {
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), key('0'), 'sv', LISTENING)?.command).toBe('transfer');
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), key('9'), 'sv', LISTENING)?.command).toBe('switchLanguage');
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), said('nio'), 'sv', LISTENING)?.command).toBe('switchLanguage');
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), key('2'), 'sv', LISTENING)?.value).toBe('status');
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), said('hur går det med mitt ärende'), 'sv', LISTENING)?.value).toBe('status');
    expect(matchChoice(menuChoices(LANGUAGES, 'sv'), key('3'), 'sv', LISTENING)).toBeNull();
  });

  test('yes and no, spoken or typed', () => {
    expect(matchChoice(YES_NO_CHOICES, said('Ja tack!'), 'sv', LISTENING)?.value).toBe('yes');
    expect(matchChoice(YES_NO_CHOICES, said('nej'), 'sv', LISTENING)?.value).toBe('no');
    expect(matchChoice(YES_NO_CHOICES, said('nope'), 'en', LISTENING)?.value).toBe('no');
  });
});
