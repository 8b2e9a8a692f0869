/**
 * What the resident has answered so far. Stored as jsonb with the conversation, so only JSON values:
 * the callback window's instants are ISO strings.
 */
import type { CallbackWindow } from '../src/domain/calendar';
import type { CaseKind, MinorityLanguage, OnBehalf, ServiceArea } from '../src/domain';
import type { FlowAnswers, StepView } from '../src/flow/flowTypes';
import type { StepId } from './intakeSteps';

export interface CallbackChoice {
  window: CallbackWindow;
  /** The day as "2026-11-30", for reading it back. */
  day: string;
  windowStart: string;
  windowEnd: string;
}

export interface IntakeAnswers extends FlowAnswers {
  kind: CaseKind | null;
  area: ServiceArea | null;
  /** What happened (or the suggestion, or who is praised and why): every part the resident told, in order. */
  what: string | null;
  /** Parts added after the first on the phone ("Vill du lägga till något?"), and whether more is still asked for. */
  addedParts: number;
  moreToSay: boolean;
  whenWhere: string | null;
  consequences: string | null;
  onBehalf: OnBehalf | null;
  anonymous: boolean | null;
  wantsReply: boolean | null;
  name: string | null;
  replyMethod: 'phone' | 'email' | null;
  /** A number keyed in or typed, read back before it is used. */
  phoneToConfirm: string | null;
  /** The confirmed number to call back and text the receipt to, in E.164. */
  phone: string | null;
  email: string | null;
  /** The day chosen for the callback, "2026-12-01", before its window is chosen. */
  callbackDay: string | null;
  callback: CallbackChoice | null;
  recordingUrl: string | null;
  serious: boolean;
  /** The question the resident was on when they asked for a person; set while a callback offer runs. */
  resumeStep: StepId | null;
  /** A callback asked for in Meänkieli or Sámi (the chat page's link), noted for customer service. */
  callbackIn: MinorityLanguage | null;
  /** The part being changed from the confirm step; its questions then lead back there. */
  editing: 'account' | 'contact' | 'callback' | null;
  /** The question the caller could not be understood on, before a voice message (set by the engine). */
  gaveUpAt: StepId | null;
  /** The menu's 2: the resident asks how an earlier case is going (states stored before it lack it: false). */
  askedForStatus?: boolean;
}

export function emptyAnswers(): IntakeAnswers {
  return {
    kind: null,
    area: null,
    what: null,
    addedParts: 0,
    moreToSay: false,
    whenWhere: null,
    consequences: null,
    onBehalf: null,
    anonymous: null,
    wantsReply: null,
    name: null,
    replyMethod: null,
    phoneToConfirm: null,
    phone: null,
    email: null,
    callbackDay: null,
    callback: null,
    recordingUrl: null,
    serious: false,
    resumeStep: null,
    gaveUpAt: null,
    editing: null,
    callbackIn: null,
  };
}

/** Has the resident described anything yet? Only then is there something to keep on a hang-up. */
export function hasDescription(a: IntakeAnswers): boolean {
  return Boolean(a.what || a.whenWhere || a.consequences || a.recordingUrl);
}

/** On the way to a callback the resident accepted in an offer (stored states from before it have no resumeStep). */
export function inCallbackOffer(view: StepView<IntakeAnswers>): boolean {
  return Boolean(view.answers.resumeStep);
}

/** Another part of the account, after what was already told. */
export function withPart(what: string | null, part: string): string {
  return what ? `${what}\n\n${part}` : part;
}

/** The number to read back: one just keyed in, else the caller's own. */
export function numberToConfirm(view: StepView<IntakeAnswers>): string | null {
  return view.answers.phoneToConfirm ?? view.callerNumber;
}
