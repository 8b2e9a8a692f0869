/**
 * The building blocks of a turn, shared by the engine and the hand-over to customer service:
 * moving to a step, asking its question, ending quietly, and keeping what was said so far.
 */
import type { FlowAnswers, FlowDefinition, FlowState, Next, QuestionStep, StepView } from './flowTypes';
import { questionParts, questionOf, render } from './speaking';
import type { FlowContext, OutputPart, Question, Turn } from './types';
import { FlowDefinitionError } from './validateFlow';

export type Flow<Id extends string, A extends FlowAnswers, E> = FlowDefinition<Id, A, E>;
export type State<Id extends string, A> = FlowState<Id, A>;

/** Moves to a step: says its notice once, then its question; an end step says its goodbye and acts. */
export function enter<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  to: Id,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>, E> {
  const moved = { ...state, step: to, retries: 0 };
  const step = flow.steps[to];
  const view = viewOf(moved, context);
  if (step.input === 'none') {
    const said = [...lead, ...render(step.say, view)];
    const effects = step.effects(view);
    // Where it is heard, the end waits for * to hear the case number again (the engine's `lingering`).
    if (step.repeatable && view.capabilities.medium === 'spoken' && step.ending === 'end') {
      return { state: { ...moved, done: true }, say: said, ask: endQuestion(to), ending: 'ask', effects };
    }
    return { state: { ...moved, done: true }, say: said, ask: null, ending: step.ending, effects };
  }
  return ask(flow, moved, step, context, [...lead, ...render(step.notice, view)]);
}

/** Moves back to a step already visited: its question again, without its notice (the greeting is not said twice). */
export function askAgainAt<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  to: Id,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>, E> {
  const step = flow.steps[to];
  if (step.input === 'none') return enter(flow, state, to, context, lead);
  return ask(flow, { ...state, step: to, retries: 0 }, step, context, lead);
}

export function ask<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  step: QuestionStep<Id, A>,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>, E> {
  const view = viewOf(state, context);
  return { state, say: [...lead, ...questionParts(step, view, flow.phrases)], ask: questionOf(state.step, step, view), ending: 'ask', effects: [] };
}

/** What the flow keeps when the conversation stops early (its keepSoFar effect), if anything. */
export function keepIncomplete<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, state: State<Id, A>, context: FlowContext): E[] {
  const kept = flow.keepSoFar(viewOf(state, context));
  return kept === null ? [] : [kept];
}

/** The question an end that waits for * asks: one key, no choices to read. */
export function endQuestion(step: string): Question {
  return { step, input: 'choice', choices: [], skippable: false, hints: [] };
}

export function quietEnd<S, E>(state: S, effects: E[]): Turn<S, E> {
  return { state, say: [], ask: null, ending: 'end', effects };
}

/** The first route whose condition holds; a flow that passed validateFlow always has one. */
export function route<Id extends string, A>(from: Id, next: Next<Id, A>, view: StepView<A>): Id {
  if (typeof next === 'string') return next;
  const chosen = next.find((r) => !r.when || r.when(view));
  if (!chosen) throw new FlowDefinitionError(`step "${from}" has no route for these answers`, from);
  return chosen.to;
}

export function viewOf<Id extends string, A>(state: State<Id, A>, context: FlowContext): StepView<A> {
  return {
    answers: state.answers,
    language: state.language,
    capabilities: context.capabilities,
    now: context.now,
    withinOpeningHours: context.withinOpeningHours,
    callerNumber: state.callerNumber,
  };
}
