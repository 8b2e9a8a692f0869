/**
 * A start-up check of a flow definition, so a typo in a branch fails when the service starts,
 * not in the middle of a resident's call.
 */
import type { FlowAnswers, FlowDefinition, Route, Step } from './flowTypes';
import { checkEntries, WordEntryError } from './stemSpotting';

/** A flow that cannot be run as written; the message names the step. */
export class FlowDefinitionError extends Error {
  override readonly name = 'FlowDefinitionError';
  constructor(
    message: string,
    readonly step: string,
  ) {
    super(message);
  }
}

/** The steps a step may lead to, as written (conditions are not evaluated). */
export function targetsOf<Id extends string, A, E>(step: Step<Id, A, E>): Id[] {
  if (step.input === 'none') return [];
  return typeof step.next === 'string' ? [step.next] : step.next.map((r) => r.to);
}

export function validateFlow<Id extends string, A extends FlowAnswers, E>(flow: FlowDefinition<Id, A, E>): void {
  const steps = flow.steps as Readonly<Record<string, Step<Id, A, E> | undefined>>;
  const known = (id: string) => Object.hasOwn(steps, id);
  for (const [role, id] of [['start', flow.start], ['restart', flow.restartAt], ['voice message', flow.voiceMessage]] as const) {
    if (!known(id)) throw new FlowDefinitionError(`the ${role} step "${id}" is not a step of the flow`, id);
  }
  const offer = flow.callbackOffer?.start;
  if (offer !== undefined) {
    if (!known(offer)) throw new FlowDefinitionError(`the callback offer step "${offer}" is not a step of the flow`, offer);
    if (flow.steps[offer].input === 'none') throw new FlowDefinitionError(`the callback offer step "${offer}" must ask a question`, offer);
  }
  const closedOffer = flow.closedOffer;
  if (closedOffer !== undefined) {
    if (!known(closedOffer)) throw new FlowDefinitionError(`the closed-hours offer step "${closedOffer}" is not a step of the flow`, closedOffer);
    if (flow.steps[closedOffer].input === 'none') throw new FlowDefinitionError(`the closed-hours offer step "${closedOffer}" must ask a question`, closedOffer);
  }
  for (const [id, step] of Object.entries(steps)) {
    if (!step) continue;
    checkStep(id, step);
    for (const to of targetsOf(step)) {
      if (!known(to)) throw new FlowDefinitionError(`step "${id}" leads to an unknown step "${to}"`, id);
    }
  }
  checkSeriousWords(flow);
  const reached = reachable(flow);
  const unreached = Object.keys(steps).find((id) => !reached.has(id));
  if (unreached !== undefined) throw new FlowDefinitionError(`step "${unreached}" cannot be reached from "${flow.start}"`, unreached);
}

function checkStep<Id extends string, A, E>(id: string, step: Step<Id, A, E>): void {
  if (step.input === 'none') return;
  if (typeof step.next !== 'string') checkRoutes(id, step.next);
  if (step.input === 'choice' || step.input === 'yesno') {
    if (step.choices.length === 0) throw new FlowDefinitionError(`step "${id}" offers no choices`, id);
    const keys = step.choices.map((c, i) => c.key ?? String(i + 1));
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice !== undefined) throw new FlowDefinitionError(`step "${id}" has two choices on key ${twice}`, id);
  }
  if (step.input === 'recording' && !(step.maxSeconds > 0)) {
    throw new FlowDefinitionError(`step "${id}" must allow a recording of some seconds`, id);
  }
}

/** A serious word written so that it cannot be read would never be heard: say so at start-up. */
function checkSeriousWords<Id extends string, A extends FlowAnswers, E>(flow: FlowDefinition<Id, A, E>): void {
  for (const [language, words] of Object.entries(flow.seriousWords)) {
    try {
      checkEntries(words);
    } catch (err) {
      if (err instanceof WordEntryError) throw new FlowDefinitionError(`serious words (${language}): ${err.message}`, 'seriousWords');
      throw err;
    }
  }
}

function checkRoutes<Id extends string, A>(id: string, routes: readonly Route<Id, A>[]): void {
  const last = routes[routes.length - 1];
  // Without a route that always holds, some answers would leave the resident nowhere.
  if (!last || last.when) throw new FlowDefinitionError(`step "${id}" must end its routes with one that always holds`, id);
}

/** Steps reachable from the start; any step may also restart, fall back to the voice message or offer a callback. */
function reachable<Id extends string, A extends FlowAnswers, E>(flow: FlowDefinition<Id, A, E>): Set<string> {
  const reached = new Set<string>();
  const queue: Id[] = [flow.start];
  const everywhere = [
    flow.restartAt,
    flow.voiceMessage,
    ...(flow.callbackOffer ? [flow.callbackOffer.start] : []),
    ...(flow.closedOffer !== undefined ? [flow.closedOffer] : []),
  ];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...targetsOf(flow.steps[id]), ...everywhere);
  }
  return reached;
}
