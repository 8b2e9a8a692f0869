/**
 * When the flow hands over to customer service: the phone's agent queue while it is open, an offer of a callback
 * or a voice message while it is closed, the chat's offer of a callback (the chat has no queue), or a kind end
 * keeping what was said when nobody can take over.
 */
import type { FlowAnswers, QuestionStep } from './flowTypes';
import { say } from './speaking';
import { askAgainAt, enter, keepIncomplete, type Flow, type State } from './turns';
import type { FlowContext, Localized, OutputPart, Turn } from './types';

/**
 * Nobody is left stuck: a voice message on the phone when it serves better (on a description, or when
 * customer service is closed), customer service when it is open (the phone's queue), the chat's callback offer
 * open or closed (the call comes on a working day anyway), else a kind end keeping what was said.
 */
export function giveUp<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  step: QuestionStep<Id, A>,
  context: FlowContext,
  problem: Localized,
): Turn<State<Id, A>, E> {
  const { capabilities } = context;
  const canRecord = capabilities.recording && state.step !== flow.voiceMessage;
  const prefersVoiceMessage = step.input === 'text' && step.giveUpToVoiceMessage === true;
  if (canRecord && (prefersVoiceMessage || !context.withinOpeningHours)) {
    // The voice message's own words say why, fitting the question the caller was on (answers.gaveUpAt).
    return enter(flow, { ...state, answers: { ...state.answers, gaveUpAt: state.step } }, flow.voiceMessage, context, []);
  }
  // Without a queue the offer is a question, so it first says why the last answer was not taken; a queue needs no reason.
  const sorry = capabilities.queueToPerson ? [] : [say(problem, state.language)];
  const offer = !capabilities.queueToPerson && flow.callbackOffer !== undefined;
  if (context.withinOpeningHours || offer) return transfer(flow, state, context, sorry);
  return closedEnd(flow, state, context);
}

/** Nobody can take over and nothing else fits: a kind end, keeping what was said so far. */
function closedEnd<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, state: State<Id, A>, context: FlowContext): Turn<State<Id, A>, E> {
  const effects = keepIncomplete(flow, state, context);
  const kept = effects.length > 0 ? [say(flow.phrases.keptSoFar, state.language)] : [];
  return { state: { ...state, done: true }, say: [...kept, say(flow.phrases.closedGoodbye, state.language)], ask: null, ending: 'end', effects };
}

/**
 * "0", "agent", "prata med någon": while customer service is open the phone goes to the agent queue, taking
 * along what was already described so it is not lost if the queue is left. While it is closed nobody answers
 * the queue, so the phone offers a callback or a voice message instead (FlowDefinition.closedOffer). The chat,
 * which has no queue, offers a callback when the flow has one.
 */
export function transfer<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  context: FlowContext,
  lead: OutputPart[] = [],
): Turn<State<Id, A>, E> {
  const offer = flow.callbackOffer;
  const { queueToPerson, recording } = context.capabilities;
  if (!queueToPerson && offer) return offerCallback(flow, state, offer.start, context, lead);
  if (queueToPerson && !context.withinOpeningHours) {
    if (flow.closedOffer !== undefined) return offerCallback(flow, state, flow.closedOffer, context, lead);
    const canRecord = recording && state.step !== flow.voiceMessage;
    return canRecord ? enter(flow, state, flow.voiceMessage, context, lead) : closedEnd(flow, state, context);
  }
  const effects = keepIncomplete(flow, state, context);
  return { state: { ...state, done: true }, say: [...lead, say(flow.phrases.transferring, state.language)], ask: null, ending: 'transfer', effects };
}

/** The offer remembers the question the resident was on; asked for a person again on the way, it is offered again. */
function offerCallback<Id extends string, A extends FlowAnswers, E>(
  flow: Flow<Id, A, E>,
  state: State<Id, A>,
  start: Id,
  context: FlowContext,
  lead: OutputPart[],
): Turn<State<Id, A>, E> {
  if (resumeStepOf(flow, state) !== null) return askAgainAt(flow, state, start, context, lead);
  return enter(flow, { ...state, answers: { ...state.answers, resumeStep: state.step } }, start, context, lead);
}

/** "Nej, fortsätt här": back to the question the resident was on, with every answer kept. */
export function resume<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, state: State<Id, A>, context: FlowContext): Turn<State<Id, A>, E> {
  const to = resumeStepOf(flow, state) ?? flow.start;
  const resuming = flow.callbackOffer ? [say(flow.callbackOffer.resuming, state.language)] : [];
  return askAgainAt(flow, { ...state, answers: { ...state.answers, resumeStep: null } }, to, context, resuming);
}

/** The step to go back to, while a callback offer is under way; stored state is checked against the flow. */
function resumeStepOf<Id extends string, A extends FlowAnswers, E>(flow: Flow<Id, A, E>, state: State<Id, A>): Id | null {
  const id = state.answers.resumeStep;
  return typeof id === 'string' && Object.hasOwn(flow.steps, id) ? (id as Id) : null;
}
