/**
 * Runs the intake as a resident would, one input at a time, and records what they heard, the steps they passed,
 * how it ended and what reached the register: the harness of the transcript tests in test/unit/flow.
 */
import { intakeFlow, type IntakeEffect, type IntakeFlow, type IntakeState, type StepId } from '../../flows/intake';
import { runTurn } from '../../src/flow/engine';
import type { FlowInput, OutputPart, Question, TurnEnding } from '../../src/flow/types';
import { CHANNEL_CAPABILITIES, type Language, type MinorityLanguage } from '../../src/domain';
import { newCaseSchema, type NewCaseInput } from '../../src/register/newCase';
import { defaultCalendar } from './calendar';

export const flow = intakeFlow({ areas: ['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat'], calendar: defaultCalendar() });

export const key = (k: string): FlowInput => ({ kind: 'key', key: k });
export const said = (text: string): FlowInput => ({ kind: 'text', text });
export const SILENCE: FlowInput = { kind: 'silence' };
export const HANGUP: FlowInput = { kind: 'hangup' };
export const recording = (transcript: string | null): FlowInput => ({ kind: 'recording', url: 'https://api.twilio.com/rec/RE1', transcript });

/** Friday 27 November 2026, 11:00 in Stockholm: the next working day is Monday 30 November. */
export const FRIDAY = '2026-11-27T10:00:00Z';
export const OWN_NUMBER = '+46701234567';

export interface Call {
  /** Another flow than the default (other languages or areas offered). */
  flow?: IntakeFlow;
  channel?: 'phone' | 'chat';
  withinOpeningHours?: boolean;
  now?: string;
  callerNumber?: string | null;
  lang?: Language;
  /** Started from the chat page's link for a call in Meänkieli or Sámi. */
  callbackIn?: MinorityLanguage;
  inputs: FlowInput[];
}

/** An effect as it reaches the register: the conversation layer adds the channel to the flow's draft. */
export type Effect = { type: IntakeEffect['type']; draft: NewCaseInput };

export interface Transcript {
  steps: StepId[];
  heard: string;
  ending: TurnEnding;
  effects: Effect[];
  /** The question last asked, if any. */
  ask: Question | null;
}

export function converse(call: Call): Transcript {
  const channel = call.channel ?? 'phone';
  const context = { now: new Date(call.now ?? FRIDAY), withinOpeningHours: call.withinOpeningHours ?? true, capabilities: CHANNEL_CAPABILITIES[channel] };
  const start: FlowInput = { kind: 'start', lang: call.lang, ...(call.callbackIn ? { callbackIn: call.callbackIn } : {}), callerNumber: call.channel === 'chat' ? null : (call.callerNumber === undefined ? OWN_NUMBER : call.callerNumber) };
  let state: IntakeState | null = null;
  const result: Transcript = { steps: [], heard: '', ending: 'ask', effects: [], ask: null };
  for (const input of [start, ...call.inputs]) {
    const turn = runTurn(call.flow ?? flow, state, input, context);
    // The state is stored as jsonb: it must come back from JSON exactly as it was (no Dates, no undefined).
    state = JSON.parse(JSON.stringify(turn.state)) as IntakeState;
    expect(state).toEqual(turn.state);
    result.steps.push(turn.state.step);
    result.heard += turn.say.map(spoken).join(' ') + '\n';
    result.ending = turn.ending;
    result.ask = turn.ask;
    result.effects.push(...turn.effects.map((e) => ({ type: e.type, draft: { ...e.draft, channel } })));
  }
  return result;
}

function spoken(part: OutputPart): string {
  return part.kind === 'text' ? part.text : part.kind === 'digits' ? `<${part.text}>` : '<CASE>';
}

export function count(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}


/** One conversation of a transcript table: what the resident does, and what they must and must not hear. */
export interface TranscriptRow extends Call {
  name: string;
  /** Every step passed, in order, or (with `lastSteps`) only the last ones. */
  steps?: StepId[];
  lastSteps?: StepId[];
  ending: TurnEnding;
  hears?: string[];
  neverHears?: string[];
  /** Effect types in order, and the fields their drafts must have; absent: not checked. */
  effects?: { type: Effect['type']; draft?: Partial<Record<keyof NewCaseInput, unknown>> }[];
}

/** Runs a row and checks it; every draft that reaches the register must be one the register takes. */
export function expectTranscript(row: TranscriptRow): Transcript {
  const t = converse(row);
  if (row.steps) expect(t.steps).toEqual(row.steps);
  if (row.lastSteps) expect(t.steps.slice(-row.lastSteps.length)).toEqual(row.lastSteps);
  expect(t.ending).toBe(row.ending);
  for (const fragment of row.hears ?? []) expect(t.heard).toContain(fragment);
  for (const fragment of row.neverHears ?? []) expect(t.heard).not.toContain(fragment);
  if (row.effects) {
    expect(t.effects.map((e) => e.type)).toEqual(row.effects.map((e) => e.type));
    row.effects.forEach((expected, i) => expect(t.effects[i]!.draft).toMatchObject(expected.draft ?? {}));
  }
  for (const { draft } of t.effects) {
    const parsed = newCaseSchema.safeParse(draft);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  }
  return t;
}
