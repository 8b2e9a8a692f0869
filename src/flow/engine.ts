/**
 * The conversation engine: pure, `(flow, state, input, context) → turn`. Everything that is the same on
 * every step lives here: asking again on silence or no match, the cap on retries and the fallback,
 * * to repeat, 0 for customer service, starting over, hang-ups, and the serious-word notice.
 * Handing over to customer service (queue, voice message, the chat's callback offer) is in handOver.ts.
 */
import { DEFAULT_LANGUAGE, nextLanguage, type Language } from '../domain';
import { interpret } from './answering';
import type { Command, FlowAnswers, MissReason } from './flowTypes';
import { commandOf } from './commands';
import { giveUp, resume, transfer } from './handOver';
import { fill, render, say } from './speaking';
import { ask, endQuestion, enter, keepIncomplete, quietEnd, route, viewOf, type Flow, type State } from './turns';
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
  if (state.done) return afterTheEnd(flow, state, input, context);
  if (input.kind === 'hangup') return quietEnd({ ...state, done: true }, keepIncomplete(flow, state, context));
  const step = flow.steps[state.step];
  if (step.input === 'none') return quietEnd({ ...state, done: true }, []);
  // A repeated start (a reconnect) asks the current question again rather than starting over.
  if (input.kind === 'start') return ask(flow, state, step, context, []);

  const outcome = interpret(step, input, viewOf(state, context), flow.phrases, flow.listening);
  if (outcome.type === 'command') return obey(flow, state, outcome.command, context, outcome.language);
  if (outcome.type === 'notUnderstood') return retry(flow, state, context, missed(flow, state, context, outcome));

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

/** How many times the end repeats what may be heard again (the case number) before it says goodbye anyway. */
export const MAX_REPEATS_AT_END = 3;

/**
 * What still happens after the end. A caller who hangs up at the end of a voice message is done, but the recording
 * may arrive after the hang-up: it is still kept, and the state moves past the voice message so a repeated delivery
 * keeps it once. An end that waits for * (the phone's goodbye, after the case number): * or "upprepa" hears it
 * again; anything else, or silence, hears the goodbye and the call ends. Nothing is done again.
 */
function afterTheEnd<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  input: FlowInput,
  context: FlowContext,
): Turn<State<Id, A>, E> {
  if (input.kind === 'recording' && state.step === flow.voiceMessage) {
    const turn = runTurn(flow, { ...state, done: false }, input, context);
    return { ...turn, state: { ...turn.state, done: true }, say: [], ask: null, ending: 'end' };
  }
  const step = flow.steps[state.step];
  const repeatable = step.input === 'none' && context.capabilities.medium === 'spoken' ? step.repeatable : undefined;
  if (!repeatable || input.kind === 'hangup' || input.kind === 'start') return quietEnd(state, []);
  const view = viewOf(state, context);
  if (commandOf(input, flow.listening, state.language) === 'repeat' && state.retries < MAX_REPEATS_AT_END) {
    const again = { ...state, retries: state.retries + 1 };
    return { state: again, say: render(repeatable.again, view), ask: endQuestion(state.step), ending: 'ask', effects: [] };
  }
  return { state: { ...state, retries: MAX_REPEATS_AT_END }, say: render(repeatable.goodbye, view), ask: null, ending: 'end', effects: [] };
}

function begin<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, input: FlowInput, context: FlowContext): Turn<State<Id, A>, E> {
  const state: State<Id, A> = {
    step: flow.start,
    language: startLanguage(flow, input),
    answers: flow.emptyAnswers(),
    retries: 0,
    seriousNoticeGiven: false,
    done: false,
    callerNumber: (input.kind === 'start' && input.callerNumber) || null,
  };
  if (input.kind === 'hangup') return quietEnd({ ...state, done: true }, []);
  if (input.kind === 'start' && input.callbackIn && flow.callbackOffer && !context.capabilities.queueToPerson) {
    // Greeted, then straight to the callback offer, the language noted; "Nej" leads to the start like any offer.
    const asked = { ...state, answers: { ...state.answers, callbackIn: input.callbackIn } };
    const first = flow.steps[flow.start];
    return transfer(flow, asked, context, first.input === 'none' ? [] : render(first.notice, viewOf(asked, context)));
  }
  // A chat may open with a message instead of a start: it is greeted like any new conversation.
  return enter(flow, state, flow.start, context, []);
}

/** The language a conversation starts in: the one asked for (the chat page's), if the flow offers it. */
function startLanguage<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, input: FlowInput): Language {
  const asked = input.kind === 'start' ? input.lang : undefined;
  return asked && (!flow.languages || flow.languages.includes(asked)) ? asked : DEFAULT_LANGUAGE;
}

function obey<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  command: Command,
  context: FlowContext,
  language?: Language,
): Turn<State<Id, A>, E> {
  const step = flow.steps[state.step];
  switch (command) {
    case 'transfer':
      return transfer(flow, state, context);
    case 'restart':
      return enter(flow, { ...state, answers: flow.emptyAnswers() }, flow.restartAt, context, [say(flow.phrases.restarting, state.language)]);
    case 'switchLanguage':
      return enter(flow, { ...state, language: language ?? nextLanguage(state.language) }, state.step, context, []);
    case 'resume':
      return resume(flow, state, context);
    case 'repeat':
    case 'skip':
      return step.input === 'none' ? quietEnd(state, []) : ask(flow, state, step, context, []);
  }
}

/** What was wrong, in words: the flow's own reason (an invalid number), or the engine's for silence, a wrong key… */
function missed<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  context: FlowContext,
  outcome: { reason: MissReason; problem?: Localized; key?: string },
): Localized {
  if (outcome.problem) return outcome.problem;
  const { phrases } = flow;
  switch (outcome.reason) {
    case 'notUnderstood':
      return phrases.notUnderstood[context.capabilities.medium];
    case 'wrongKey': {
      const key = outcome.key ?? '';
      return Object.fromEntries(Object.entries(phrases.wrongKey).map(([l, t]) => [l, fill(t, { key })])) as Localized;
    }
    default:
      return phrases[outcome.reason];
  }
}

function retry<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  context: FlowContext,
  problem: Localized,
): Turn<State<Id, A>, E> {
  const step = flow.steps[state.step];
  if (step.input === 'none') return quietEnd(state, []);
  if (state.retries >= MAX_RETRIES) return giveUp(flow, state, step, context, problem);
  const again = { ...state, retries: state.retries + 1 };
  return ask(flow, again, step, context, [say(problem, state.language)]);
}
