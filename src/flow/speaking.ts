/**
 * Turning a step into what is said and the question the channel asks. A channel without buttons (the phone)
 * has the choices read out ("Klagomål, tryck 1."); one with buttons (the chat) shows them instead.
 */
import type { Language } from '../domain';
import { choiceKey, choicesOf } from './choiceMatching';
import type { Choice, EnginePhrases, Prompt, QuestionStep, StepView } from './flowTypes';
import type { Localized, OutputPart, Question } from './types';

export function say(text: Localized, language: Language): OutputPart {
  return { kind: 'text', text: text[language] };
}

export function render<A>(prompt: Prompt<A> | undefined, view: StepView<A>): OutputPart[] {
  if (prompt === undefined) return [];
  return typeof prompt === 'function' ? prompt(view) : [say(prompt, view.language)];
}

/** Fills `{name}` placeholders in a phrase. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The question itself, with what a channel without buttons must add: the choices and how to skip, read out. */
export function questionParts<Id extends string, A>(step: QuestionStep<Id, A>, view: StepView<A>, phrases: EnginePhrases): OutputPart[] {
  const parts = render(step.prompt, view);
  if (view.capabilities.buttons) return parts;
  const { language } = view;
  if (step.input === 'choice' || step.input === 'yesno') {
    const read = offeredChoices(choicesOf(step, view), view).map(
      ({ choice: c, key }) => c.spoken?.[language] ?? fill(phrases.pressKey[language], { label: c.label[language], key }),
    );
    parts.push({ kind: 'text', text: read.join(' ') });
  }
  if (step.input === 'text' && step.skippable && !step.saysHowToSkip) parts.push(say(phrases.skipHint, language));
  return parts;
}

export function questionOf<Id extends string, A>(id: Id, step: QuestionStep<Id, A>, view: StepView<A>): Question {
  const { language } = view;
  const choices = step.input === 'choice' || step.input === 'yesno' ? offeredChoices(choicesOf(step, view), view) : [];
  return {
    step: id,
    input: step.input,
    choices: choices.map(({ choice: c, key }) => ({ key, label: c.label[language] })),
    skippable: step.input === 'text' && step.skippable,
    hints: [...new Set(choices.flatMap(({ choice: c }) => [c.label[language], ...(c.synonyms?.[language] ?? [])]))],
    ...(step.input === 'recording' ? { maxSeconds: step.maxSeconds } : {}),
  };
}

/** The choices offered now, each with its key (its position among all choices, so keys never shift). */
function offeredChoices<A>(choices: readonly Choice[], view: StepView<A>): { choice: Choice; key: string }[] {
  return choices
    .map((choice, i) => ({ choice, key: choiceKey(choice, i) }))
    .filter(({ choice }) => !choice.offeredWhen || choice.offeredWhen(view as StepView<unknown>));
}
