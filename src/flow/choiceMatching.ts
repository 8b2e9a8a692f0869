/**
 * Which choice did the resident mean? A key (phone digit or chat button, both the choice's position),
 * or words: the number ("2", "två", "two"), the label, or a synonym, in either language.
 */
import { languagesFrom, type Language } from '../domain';
import type { Choice, ChoiceStep, ListeningWords, StepView } from './flowTypes';
import { mentionsAny, normalise } from './wordSpotting';

/** A step's choices now: fixed, or made from what is known. */
export function choicesOf<Id extends string, A>(step: Pick<ChoiceStep<Id, A>, 'choices'>, view: StepView<A>): readonly Choice[] {
  return typeof step.choices === 'function' ? step.choices(view) : step.choices;
}

/** The phone digit of a choice: its own key, else its position counted from 1. */
export function choiceKey(choice: Choice, index: number): string {
  return choice.key ?? String(index + 1);
}

export type ChoiceInput = { kind: 'key'; key: string } | { kind: 'text'; text: string };

export function matchChoice<C extends Choice>(
  choices: readonly C[],
  input: ChoiceInput,
  language: Language,
  listening: Readonly<Record<Language, ListeningWords>>,
): C | null {
  if (input.kind === 'key') return byKey(choices, input.key.trim().replace(/#$/, ''));
  const heard = languagesFrom(language).map((l) => listening[l]);
  const leadIn = heard.flatMap((w) => w.leadIns).map(normalise).find((w) => normalise(input.text).startsWith(`${w} `));
  const said = leadIn ? normalise(input.text).slice(leadIn.length + 1) : normalise(input.text);
  if (said === '') return null;
  // Own keys only: "constructor" or "toString" is a word, not a lookup on Object's prototype.
  const spoken = heard.find((w) => Object.hasOwn(w.numbers, said))?.numbers[said];
  const digit = /^\d+$/.test(said) ? said : spoken;
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
