/**
 * What one input means on one question: an answer (with the answers it gives), a general command,
 * or nothing usable (asked again, saying why: silence, a key that is no choice, words not understood, an invalid
 * phone number).
 */
import type { Language } from '../domain';
import { choicesOf, matchChoice } from './choiceMatching';
import { commandOf } from './commands';
import type { Command, EnginePhrases, ListeningWords, MissReason, QuestionStep, StepView } from './flowTypes';
import { fill } from './speaking';
import type { FlowInput, Localized } from './types';
import { normalise } from './wordSpotting';

export type Interpretation<A> =
  /** `described` is free text from the resident, to be screened for serious words. */
  | { type: 'answered'; answers: A; described: string | null }
  | { type: 'command'; command: Command; language?: Language }
  /** `problem` is the flow's own reason (an invalid number); otherwise `reason` picks the engine's words. */
  | { type: 'notUnderstood'; reason: MissReason; problem?: Localized; key?: string };

const miss = (reason: MissReason, key?: string): Interpretation<never> => ({ type: 'notUnderstood', reason, ...(key ? { key } : {}) });

export function interpret<Id extends string, A>(
  step: QuestionStep<Id, A>,
  input: FlowInput,
  view: StepView<A>,
  phrases: EnginePhrases,
  listening: Readonly<Record<Language, ListeningWords>>,
): Interpretation<A> {
  if (input.kind === 'silence' || (input.kind === 'text' && input.text.trim() === '')) {
    if (step.input === 'text' && step.doneWhenSilent) return { type: 'answered', answers: step.store(view.answers, null, view), described: null };
    return miss('noAnswer');
  }
  const command = commandOf(input, listening, view.language);
  if (command === 'skip') {
    if (step.input !== 'text' || !step.skippable) return miss('cannotSkip');
    return { type: 'answered', answers: step.store(view.answers, null, view), described: null };
  }
  if (command) return { type: 'command', command };

  switch (step.input) {
    case 'choice':
    case 'yesno': {
      if (input.kind !== 'key' && input.kind !== 'text') return miss('notUnderstood');
      const choice = matchChoice(choicesOf(step, view), input, view.language, listening);
      if (!choice) return input.kind === 'key' ? miss('wrongKey', input.key.trim()) : miss('notUnderstood');
      if (choice.command) return { type: 'command', command: choice.command, ...(choice.language ? { language: choice.language } : {}) };
      const answers = step.store(view.answers, choice.value, view);
      const heard = input.kind === 'text' && step.heard ? step.heard(answers, input.text, view) : answers;
      return { type: 'answered', answers: heard, described: null };
    }
    case 'text': {
      if (input.kind === 'key') return miss('wordsWanted');
      if (input.kind !== 'text') return miss('notUnderstood');
      const text = input.text.trim();
      if (text.length > step.maxLength) return { type: 'notUnderstood', reason: 'notUnderstood', problem: tooLong(phrases, step.maxLength) };
      if (step.doneWords && isDoneWord(text, step.doneWords, view.language)) {
        return { type: 'answered', answers: step.store(view.answers, null, view), described: null };
      }
      return { type: 'answered', answers: step.store(view.answers, text, view), described: step.screened ? text : null };
    }
    case 'phone':
    case 'email': {
      // Keyed digits may end with the # that finishes them; typed text is taken as written.
      const raw = input.kind === 'key' ? input.key.replace(/#$/, '') : input.kind === 'text' ? input.text : null;
      if (raw === null || raw.trim() === '') return miss('noAnswer');
      const parsed = step.parse(raw);
      if (!parsed.ok) return { type: 'notUnderstood', reason: 'notUnderstood', problem: parsed.problem };
      return { type: 'answered', answers: step.store(view.answers, parsed.value), described: null };
    }
    case 'recording': {
      if (input.kind !== 'recording' || input.url.trim() === '') return miss('noAnswer');
      const transcript = input.transcript?.trim() || null;
      return { type: 'answered', answers: step.store(view.answers, input.url, transcript), described: transcript };
    }
  }
}

/** A whole answer that says there is no more ("nej", "det var allt"), in any language the flow speaks. */
function isDoneWord(text: string, words: Readonly<Record<Language, readonly string[]>>, language: Language): boolean {
  const said = normalise(text);
  return [language, ...Object.keys(words).filter((l) => l !== language)].some((l) => (words[l as Language] ?? []).map(normalise).includes(said));
}

function tooLong(phrases: EnginePhrases, max: number): Localized {
  return Object.fromEntries(Object.entries(phrases.tooLong).map(([l, t]) => [l, fill(t, { max: String(max) })])) as Localized;
}
