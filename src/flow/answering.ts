/**
 * What one input means on one question: an answer (with the answers it gives), a general command,
 * or nothing usable (asked again, with the reason when there is one, like an invalid phone number).
 */
import { matchChoice } from './choiceMatching';
import { commandOf } from './commands';
import type { Command, EnginePhrases, QuestionStep, StepView } from './flowTypes';
import { fill } from './speaking';
import type { FlowInput, Localized } from './types';

export type Interpretation<A> =
  /** `described` is free text from the resident, to be screened for serious words. */
  | { type: 'answered'; answers: A; described: string | null }
  | { type: 'command'; command: Command }
  | { type: 'notUnderstood'; problem?: Localized };

const NOT_UNDERSTOOD = { type: 'notUnderstood' } as const;

export function interpret<Id extends string, A>(
  step: QuestionStep<Id, A>,
  input: FlowInput,
  view: StepView<A>,
  phrases: EnginePhrases,
): Interpretation<A> {
  if (input.kind === 'text' && input.text.trim() === '') return NOT_UNDERSTOOD;
  const command = commandOf(input);
  if (command === 'skip') {
    if (step.input !== 'text' || !step.skippable) return NOT_UNDERSTOOD;
    return { type: 'answered', answers: step.store(view.answers, null), described: null };
  }
  if (command) return { type: 'command', command };

  switch (step.input) {
    case 'choice':
    case 'yesno': {
      if (input.kind !== 'key' && input.kind !== 'text') return NOT_UNDERSTOOD;
      const choice = matchChoice(step.choices, input, view.language);
      if (!choice) return NOT_UNDERSTOOD;
      if (choice.command) return { type: 'command', command: choice.command };
      return { type: 'answered', answers: step.store(view.answers, choice.value, view), described: null };
    }
    case 'text': {
      if (input.kind !== 'text') return NOT_UNDERSTOOD;
      const text = input.text.trim();
      if (text.length > step.maxLength) return { type: 'notUnderstood', problem: tooLong(phrases, step.maxLength) };
      return { type: 'answered', answers: step.store(view.answers, text), described: step.screened ? text : null };
    }
    case 'phone':
    case 'email': {
      // Keyed digits may end with the # that finishes them; typed text is taken as written.
      const raw = input.kind === 'key' ? input.key.replace(/#$/, '') : input.kind === 'text' ? input.text : null;
      if (raw === null || raw.trim() === '') return NOT_UNDERSTOOD;
      const parsed = step.parse(raw);
      if (!parsed.ok) return { type: 'notUnderstood', problem: parsed.problem };
      return { type: 'answered', answers: step.store(view.answers, parsed.value), described: null };
    }
    case 'recording': {
      if (input.kind !== 'recording' || input.url.trim() === '') return NOT_UNDERSTOOD;
      const transcript = input.transcript?.trim() || null;
      return { type: 'answered', answers: step.store(view.answers, input.url, transcript), described: transcript };
    }
  }
}

function tooLong(phrases: EnginePhrases, max: number): Localized {
  return { sv: fill(phrases.tooLong.sv, { max: String(max) }), en: fill(phrases.tooLong.en, { max: String(max) }) };
}
