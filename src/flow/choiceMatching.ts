/**
 * Which choice did the resident mean? A key (phone digit or chat button, both the choice's position),
 * or words: the number ("2", "två", "two"), the label, or a synonym, in either language.
 */
import { languagesFrom, type Language } from '../domain';
import type { Choice, ChoiceStep, StepView } from './flowTypes';
import { mentionsAny, normalise } from './wordSpotting';

/** Spoken digits as speech recognisers write them. Only whole answers: "en" is also an article. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  noll: '0', ett: '1', en: '1', etta: '1', två: '2', tvåa: '2', tre: '3', trea: '3', fyra: '4',
  fem: '5', femma: '5', sex: '6', sju: '7', åtta: '8', nio: '9', nia: '9',
  zero: '0', oh: '0', one: '1', two: '2', to: '2', too: '2', three: '3', four: '4', for: '4',
  five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

/** Words people put before the number: "tryck två", "nummer 1", "press one". */
const LEAD_INS = /^(?:jag trycker|tryck|trycker|nummer|siffran|alternativ|val|press|number|option)\s+/;

/** A step's choices now: fixed, or made from what is known. */
export function choicesOf<Id extends string, A>(step: Pick<ChoiceStep<Id, A>, 'choices'>, view: StepView<A>): readonly Choice[] {
  return typeof step.choices === 'function' ? step.choices(view) : step.choices;
}

/** The phone digit of a choice: its own key, else its position counted from 1. */
export function choiceKey(choice: Choice, index: number): string {
  return choice.key ?? String(index + 1);
}

export type ChoiceInput = { kind: 'key'; key: string } | { kind: 'text'; text: string };

export function matchChoice<C extends Choice>(choices: readonly C[], input: ChoiceInput, language: Language): C | null {
  if (input.kind === 'key') return byKey(choices, input.key.trim().replace(/#$/, ''));
  const said = normalise(input.text).replace(LEAD_INS, '');
  if (said === '') return null;
  // Own keys only: "constructor" or "toString" is a word, not a lookup on Object's prototype.
  const digit = /^\d+$/.test(said) ? said : Object.hasOwn(NUMBER_WORDS, said) ? NUMBER_WORDS[said] : undefined;
  if (digit !== undefined) return byKey(choices, digit);
  const words = (choice: Choice) => wordsFor(choice, language).map(normalise);
  const exact = choices.find((c) => words(c).includes(said));
  if (exact) return exact;
  // Speech is rarely one word ("jag vill lämna ett klagomål"): accept a choice named inside the answer,
  // but only when no other choice is named too ("nej, inte anonym" names both and is asked again).
  const named = choices.filter((c) => mentionsAny(said, words(c)));
  return named.length === 1 ? named[0]! : null;
}

/** Label and synonyms, the conversation's language first; every language is accepted. */
export function wordsFor(choice: Choice, language: Language): string[] {
  return languagesFrom(language).flatMap((l) => [choice.label[l], ...(choice.synonyms?.[l] ?? [])]);
}

function byKey<C extends Choice>(choices: readonly C[], key: string): C | null {
  return choices.find((c, i) => choiceKey(c, i) === key) ?? null;
}
