/**
 * The conversation engine: pure, `(flow, state, input, context) → turn`. Everything that is the same on
 * every step lives here: asking again on silence or no match, the cap on retries and the fallback,
 * * to repeat, 0 for customer service, starting over, hang-ups, and the serious-word notice.
 */
import type { Language } from '../register/caseTypes';
import { checkPhoneNumber } from '../register/phoneNumber';
import { interpret } from './answering';
import type { Command, FlowAnswers, FlowDefinition, FlowState, Next, QuestionStep, StepView } from './flowTypes';
import { questionParts, questionOf, render, say } from './speaking';
import type { Effect, FlowContext, FlowInput, Localized, OutputPart, Turn } from './types';
import { FlowDefinitionError } from './validateFlow';
import { mentionsAny } from './wordSpotting';

/** A question is asked again twice; the third miss leads to the fallback. */
export const MAX_RETRIES = 2;

type Flow<Id extends string, A extends FlowAnswers> = FlowDefinition<Id, A>;
type State<Id extends string, A> = FlowState<Id, A>;

export function runTurn<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A> | null,
  input: FlowInput,
  context: FlowContext,
): Turn<State<Id, A>> {
  if (state === null) return begin(flow, input, context);
  if (state.done) return lateRecording(flow, state, input, context) ?? quietEnd(state, []);
  if (input.kind === 'hangup') return quietEnd({ ...state, done: true }, keepIncomplete(flow, state, context));
  const step = flow.steps[state.step];
  if (step.input === 'none') return quietEnd({ ...state, done: true }, []);
  // A repeated start (a reconnect) asks the current question again rather than starting over.
  if (input.kind === 'start') return ask(flow, state, step, context, []);

  const outcome = interpret(step, input, viewOf(state, context), flow.phrases);
  if (outcome.type === 'command') return obey(flow, state, outcome.command, context);
  if (outcome.type === 'notUnderstood') return retry(flow, state, context, outcome.problem);

  let { answers } = outcome;
  let { seriousNoticeGiven } = state;
  const lead: OutputPart[] = [];
  if (outcome.described && mentionsAny(outcome.described, flow.seriousWords[state.language])) {
    answers = { ...answers, serious: true };
    if (!seriousNoticeGiven) lead.push(say(flow.seriousNotice, state.language));
    seriousNoticeGiven = true;
  }
  const answered = { ...state, answers, seriousNoticeGiven };
  return enter(flow, answered, route(state.step, step.next, viewOf(answered, context)), context, lead);
}

/**
 * A caller who hangs up at the end of a voice message is done, but the recording may arrive after the
 * hang-up: it is still kept, and the state moves past the voice message so a repeated delivery keeps it once.
 */
function lateRecording<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A>,
  input: FlowInput,
  context: FlowContext,
): Turn<State<Id, A>> | null {
  if (input.kind !== 'recording' || state.step !== flow.voiceMessage) return null;
  const turn = runTurn(flow, { ...state, done: false }, input, context);
  return { ...turn, state: { ...turn.state, done: true }, say: [], ask: null, ending: 'end' };
}

function begin<Id extends string, A extends FlowAnswers>(flow: Flow<Id, A>, input: FlowInput, context: FlowContext): Turn<State<Id, A>> {
  const caller = input.kind === 'start' && input.callerNumber ? checkPhoneNumber(input.callerNumber) : null;
  const state: State<Id, A> = {
    step: flow.start,
    language: (input.kind === 'start' && input.lang) || 'sv',
    answers: flow.emptyAnswers(),
    retries: 0,
    seriousNoticeGiven: false,
    done: false,
    callerNumber: caller?.ok ? caller.e164 : null,
  };
  if (input.kind === 'hangup') return quietEnd({ ...state, done: true }, []);
  // A chat may open with a message instead of a start: it is greeted like any new conversation.
  return enter(flow, state, flow.start, context, []);
}

/** Moves to a step: says its notice once, then its question; an end step says its goodbye and acts. */
function enter<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A>,
  to: Id,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>> {
  const moved = { ...state, step: to, retries: 0 };
  const step = flow.steps[to];
  const view = viewOf(moved, context);
  if (step.input === 'none') {
    return { state: { ...moved, done: true }, say: [...lead, ...render(step.say, view)], ask: null, ending: step.ending, effects: step.effects(view) };
  }
  return ask(flow, moved, step, context, [...lead, ...render(step.notice, view)]);
}

function ask<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A>,
  step: QuestionStep<Id, A>,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>> {
  const view = viewOf(state, context);
  return { state, say: [...lead, ...questionParts(step, view, flow.phrases)], ask: questionOf(state.step, step, view), ending: 'ask', effects: [] };
}

function obey<Id extends string, A extends FlowAnswers>(flow: Flow<Id, A>, state: State<Id, A>, command: Command, context: FlowContext): Turn<State<Id, A>> {
  const step = flow.steps[state.step];
  switch (command) {
    case 'transfer':
      return transfer(flow, state, context);
    case 'restart':
      return enter(flow, { ...state, answers: flow.emptyAnswers() }, flow.restartAt, context, [say(flow.phrases.restarting, state.language)]);
    case 'switchLanguage':
      return enter(flow, { ...state, language: otherLanguage(state.language) }, state.step, context, []);
    case 'repeat':
    case 'skip':
      return step.input === 'none' ? quietEnd(state, []) : ask(flow, state, step, context, []);
  }
}

function retry<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A>,
  context: FlowContext,
  problem: Localized | undefined,
): Turn<State<Id, A>> {
  const step = flow.steps[state.step];
  if (step.input === 'none') return quietEnd(state, []);
  if (state.retries >= MAX_RETRIES) return giveUp(flow, state, step, context);
  const again = { ...state, retries: state.retries + 1 };
  return ask(flow, again, step, context, [say(problem ?? flow.phrases.notUnderstood, state.language)]);
}

/**
 * Nobody is left stuck: a voice message on the phone when it serves better (on a description, or when
 * customer service is closed), the customer-service queue when it is open, else a kind end keeping what was said.
 */
function giveUp<Id extends string, A extends FlowAnswers>(
  flow: Flow<Id, A>,
  state: State<Id, A>,
  step: QuestionStep<Id, A>,
  context: FlowContext,
): Turn<State<Id, A>> {
  const canRecord = context.channel === 'phone' && state.step !== flow.voiceMessage;
  const prefersVoiceMessage = step.input === 'text' && step.giveUpToVoiceMessage === true;
  if (canRecord && (prefersVoiceMessage || !context.withinOpeningHours)) {
    return enter(flow, state, flow.voiceMessage, context, [say(flow.phrases.toVoiceMessage, state.language)]);
  }
  if (context.withinOpeningHours) return transfer(flow, state, context);
  const effects = keepIncomplete(flow, state, context);
  const kept = effects.length > 0 ? [say(flow.phrases.keptSoFar, state.language)] : [];
  return { state: { ...state, done: true }, say: [...kept, say(flow.phrases.closedGoodbye, state.language)], ask: null, ending: 'end', effects };
}

/** What was already described goes with the transfer, so it is not lost if the queue is left. */
function transfer<Id extends string, A extends FlowAnswers>(flow: Flow<Id, A>, state: State<Id, A>, context: FlowContext): Turn<State<Id, A>> {
  const effects = keepIncomplete(flow, state, context);
  return { state: { ...state, done: true }, say: [say(flow.phrases.transferring, state.language)], ask: null, ending: 'transfer', effects };
}

function keepIncomplete<Id extends string, A extends FlowAnswers>(flow: Flow<Id, A>, state: State<Id, A>, context: FlowContext): Effect[] {
  const draft = flow.incompleteDraft(viewOf(state, context));
  return draft ? [{ type: 'keepIncomplete', draft }] : [];
}

function quietEnd<S>(state: S, effects: Effect[]): Turn<S> {
  return { state, say: [], ask: null, ending: 'end', effects };
}

/** The first route whose condition holds; a flow that passed validateFlow always has one. */
function route<Id extends string, A>(from: Id, next: Next<Id, A>, view: StepView<A>): Id {
  if (typeof next === 'string') return next;
  const chosen = next.find((r) => !r.when || r.when(view));
  if (!chosen) throw new FlowDefinitionError(`step "${from}" has no route for these answers`, from);
  return chosen.to;
}

function viewOf<Id extends string, A>(state: State<Id, A>, context: FlowContext): StepView<A> {
  return { answers: state.answers, language: state.language, channel: context.channel, now: context.now, callerNumber: state.callerNumber };
}

function otherLanguage(language: Language): Language {
  return language === 'sv' ? 'en' : 'sv';
}
