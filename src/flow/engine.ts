/**
 * The conversation engine: pure, `(flow, state, input, context) → turn`. Everything that is the same on
 * every step lives here: asking again on silence or no match, the cap on retries and the fallback,
 * * to repeat, 0 for customer service, starting over, hang-ups, and the serious-word notice.
 * Handing over to customer service (queue, voice message, the chat's callback offer) is in handOver.ts.
 */
import { DEFAULT_LANGUAGE, nextLanguage } from '../domain';
import { interpret } from './answering';
import type { Command, FlowAnswers } from './flowTypes';
import { giveUp, resume, transfer } from './handOver';
import { say } from './speaking';
import { ask, enter, keepIncomplete, quietEnd, route, viewOf, type Flow, type State } from './turns';
import type { FlowContext, FlowInput, Localized, OutputPart, Turn } from './types';
import { heardAny } from './stemSpotting';

/** A question is asked again twice; the third miss leads to the fallback. */
export const MAX_RETRIES = 2;

export function runTurn<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A> | null,
  input: FlowInput,
  context: FlowContext,
): Turn<State<Id, A>, E> {
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
  if (outcome.described && heardAny(outcome.described, flow.seriousWords[state.language])) {
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
function lateRecording<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  input: FlowInput,
  context: FlowContext,
): Turn<State<Id, A>, E> | null {
  if (input.kind !== 'recording' || state.step !== flow.voiceMessage) return null;
  const turn = runTurn(flow, { ...state, done: false }, input, context);
  return { ...turn, state: { ...turn.state, done: true }, say: [], ask: null, ending: 'end' };
}

function begin<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, input: FlowInput, context: FlowContext): Turn<State<Id, A>, E> {
  const state: State<Id, A> = {
    step: flow.start,
    language: (input.kind === 'start' && input.lang) || DEFAULT_LANGUAGE,
    answers: flow.emptyAnswers(),
    retries: 0,
    seriousNoticeGiven: false,
    done: false,
    callerNumber: (input.kind === 'start' && input.callerNumber) || null,
  };
  if (input.kind === 'hangup') return quietEnd({ ...state, done: true }, []);
  // A chat may open with a message instead of a start: it is greeted like any new conversation.
  return enter(flow, state, flow.start, context, []);
}

function obey<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, state: State<Id, A>, command: Command, context: FlowContext): Turn<State<Id, A>, E> {
  const step = flow.steps[state.step];
  switch (command) {
    case 'transfer':
      return transfer(flow, state, context);
    case 'restart':
      return enter(flow, { ...state, answers: flow.emptyAnswers() }, flow.restartAt, context, [say(flow.phrases.restarting, state.language)]);
    case 'switchLanguage':
      return enter(flow, { ...state, language: nextLanguage(state.language) }, state.step, context, []);
    case 'resume':
      return resume(flow, state, context);
    case 'repeat':
    case 'skip':
      return step.input === 'none' ? quietEnd(state, []) : ask(flow, state, step, context, []);
  }
}

function retry<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  context: FlowContext,
  problem: Localized | undefined,
): Turn<State<Id, A>, E> {
  const step = flow.steps[state.step];
  if (step.input === 'none') return quietEnd(state, []);
  if (state.retries >= MAX_RETRIES) return giveUp(flow, state, step, context, problem);
  const again = { ...state, retries: state.retries + 1 };
  return ask(flow, again, step, context, [say(problem ?? flow.phrases.notUnderstood, state.language)]);
}
