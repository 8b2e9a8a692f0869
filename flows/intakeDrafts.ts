/**
 * Turning the answers into the case the register is asked to keep (the intake's effects). An anonymous case keeps
 * no contact details at all — the register refuses them — even if some were given before the resident chose
 * anonymity. The channel and the source ids (callSid, conversationId) are added by the conversation layer, which
 * knows them; the register checks the whole draft.
 */
import type { CallbackWindow, CaseKind, Language, OnBehalf, ReplyMethod, ServiceArea } from '../src/domain';
import type { Step, StepView } from '../src/flow/flowTypes';
import { fill } from '../src/flow/speaking';
import { texts } from './catalogue';
import { hasDescription, type IntakeAnswers } from './intakeAnswers';
import type { StepId } from './intakeSteps';

type View = StepView<IntakeAnswers>;

/** A case as the intake leaves it. */
export interface IntakeDraft {
  status: 'registered' | 'incomplete';
  kind: CaseKind | null;
  area: ServiceArea | null;
  what: string | null;
  whenWhere: string | null;
  consequences: string | null;
  onBehalf: OnBehalf | null;
  anonymous: boolean;
  replyMethod: ReplyMethod | null;
  contact: { name: string | null; phone: string | null; email: string | null };
  language: Language;
  serious: boolean;
  source: { recordingUrl: string | null };
  callback: { phone: string; window: CallbackWindow; windowStart: string; windowEnd: string } | null;
  /** Where to text the case number. */
  receiptPhone: string | null;
}

/** Register the finished intake (with its callback and receipt), or keep what was said for an agent to follow up. */
export type IntakeEffect = { type: 'registerCase'; draft: IntakeDraft } | { type: 'keepIncomplete'; draft: IntakeDraft };

export type IntakeStep = Step<StepId, IntakeAnswers, IntakeEffect>;

function commonDraft(view: View): Omit<IntakeDraft, 'status' | 'replyMethod' | 'callback' | 'receiptPhone'> {
  const a = view.answers;
  const anonymous = a.anonymous === true;
  return {
    kind: a.kind,
    area: a.area,
    what: a.what === null ? null : withLanguageNoted(a.what, view),
    whenWhere: a.whenWhere,
    consequences: a.consequences,
    onBehalf: a.onBehalf,
    anonymous,
    contact: anonymous ? { name: null, phone: null, email: null } : { name: a.name, phone: a.phone, email: a.email },
    language: view.language,
    serious: a.serious,
    source: { recordingUrl: a.recordingUrl },
  };
}

/** How the resident will get a reply, if they asked for one and gave what it needs. */
function replyMethod(a: IntakeAnswers): 'phone' | 'email' | null {
  if (a.anonymous || !a.wantsReply) return null;
  if (a.replyMethod === 'email') return a.email ? 'email' : null;
  return a.phone ? 'phone' : null;
}

/** The finished intake: with its callback request and the number for the SMS receipt. */
export function registerDraft(view: View): IntakeDraft {
  const a = view.answers;
  const method = replyMethod(a);
  const phone = a.anonymous ? null : a.phone;
  const callback =
    method === 'phone' && phone && a.callback
      ? { phone, window: a.callback.window, windowStart: a.callback.windowStart, windowEnd: a.callback.windowEnd }
      : null;
  return { ...commonDraft(view), status: 'registered', replyMethod: method, callback, receiptPhone: phone };
}

/**
 * An interrupted intake, kept for an agent to follow up; null when nothing was described yet.
 * No callback or SMS receipt: the resident never confirmed sending, so an agent decides what to do.
 */
export function incompleteDraft(view: View): IntakeDraft | null {
  if (!hasDescription(view.answers)) return null;
  return { ...commonDraft(view), status: 'incomplete', replyMethod: replyMethod(view.answers), callback: null, receiptPhone: null };
}

/** What the intake keeps when a conversation stops early (the engine's keepSoFar). */
export function keepSoFar(view: View): IntakeEffect | null {
  const draft = incompleteDraft(view);
  return draft ? { type: 'keepIncomplete', draft } : null;
}

/**
 * Kept as what happened when the resident asked for a callback before describing anything: where there is no queue
 * to a person (the chat) a callback is the only way to one; where there is (the phone) it was closed.
 */
const CALLBACK_ONLY = texts((c) => c.callbackOnly);
const MINORITY_LANGUAGE_WORDS = texts((c) => c.minorityLanguages);

/** "Invånaren vill bli uppringd av kundtjänst och prata meänkieli.", after what was told, when a language was asked for. */
function withLanguageNoted(what: string, view: View): string {
  const asked = view.answers.callbackIn;
  if (!asked) return what;
  return `${what}\n\n${fill(CALLBACK_ONLY.inLanguage[view.language], { language: MINORITY_LANGUAGE_WORDS[asked][view.language] })}`;
}

/**
 * The end of a callback offer (the chat's, or the phone's while closed): a case kept so that customer service calls back. With kind, area and what
 * happened it is a whole case (with its SMS receipt); otherwise an incomplete one keeping what was said so far, or
 * that a call was asked for. A callback is a reply by phone, and means not being anonymous.
 */
export function callbackEffect(view: View): IntakeEffect {
  const a: IntakeAnswers = { ...view.answers, anonymous: false, wantsReply: true, replyMethod: 'phone' };
  const calling = { ...view, answers: a };
  const whole = registerDraft(calling);
  if (a.kind && a.area && a.what) return { type: 'registerCase', draft: whole };
  const what = whole.what ?? withLanguageNoted(CALLBACK_ONLY[view.capabilities.queueToPerson ? 'closedQueue' : 'noQueue'][view.language], view);
  return { type: 'keepIncomplete', draft: { ...whole, status: 'incomplete', what, receiptPhone: null } };
}
