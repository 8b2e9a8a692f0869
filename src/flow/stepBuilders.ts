/**
 * Helpers for writing steps as data with their answers typed: a choice step's `store` receives the
 * union of its choices' values (e.g. CaseKind), not any string; text steps get the register's limits.
 */
import { MAX_TEXT_LENGTH } from '../domain';
import type { Choice, ChoiceStep, EndStep, ParsedStep, RecordingStep, StepView, TextStep } from './flowTypes';

type ChoiceStepDef<Id extends string, A, V extends string> = Omit<ChoiceStep<Id, A>, 'choices' | 'store' | 'input'> & {
  input?: 'choice' | 'yesno';
  choices: readonly Choice<V>[] | ((view: StepView<A>) => readonly Choice<V>[]);
  /** Choices that only run a command (transfer, switch language) store nothing: V excludes them. */
  store?: (answers: A, value: V, view: StepView<A>) => A;
};

export function choiceStep<Id extends string, A, V extends string>(def: ChoiceStepDef<Id, A, V>): ChoiceStep<Id, A> {
  const { store, ...rest } = def;
  return {
    ...rest,
    input: def.input ?? 'choice',
    // The engine only ever passes a value taken from `choices`, so the value is one of V.
    store: store ? (answers, value, view) => store(answers, value as V, view) : (answers) => answers,
  };
}

type TextStepDef<Id extends string, A> = Omit<TextStep<Id, A>, 'input' | 'skippable' | 'maxLength' | 'screened'> &
  Partial<Pick<TextStep<Id, A>, 'skippable' | 'maxLength' | 'screened'>>;

export function textStep<Id extends string, A>(def: TextStepDef<Id, A>): TextStep<Id, A> {
  return { skippable: false, maxLength: MAX_TEXT_LENGTH, screened: false, ...def, input: 'text' };
}

export function parsedStep<Id extends string, A>(def: ParsedStep<Id, A>): ParsedStep<Id, A> {
  return def;
}

export function recordingStep<Id extends string, A>(def: Omit<RecordingStep<Id, A>, 'input'>): RecordingStep<Id, A> {
  return { ...def, input: 'recording' };
}

export function endStep<A, E>(def: Omit<EndStep<A, E>, 'input'>): EndStep<A, E> {
  return { ...def, input: 'none' };
}
