/**
 * Turning the answers into what the register accepts (NewCaseInput). An anonymous case keeps no contact
 * details at all — the register refuses them — even if some were given before the resident chose anonymity.
 * Source ids (callSid, conversationId) are added by the conversation layer, which knows them.
 */
import type { NewCaseInput } from '../src/register/newCase';
import type { StepView } from '../src/flow/flowTypes';
import { localized as l } from '../src/flow/speaking';
import type { Effect } from '../src/flow/types';
import { hasDescription, type IntakeAnswers } from './intakeAnswers';

type View = StepView<IntakeAnswers>;

function commonDraft(view: View): NewCaseInput {
  const a = view.answers;
  const anonymous = a.anonymous === true;
  return {
    kind: a.kind,
    area: a.area,
    channel: view.channel === 'chat' ? 'chat' : 'phone',
    what: a.what,
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
export function registerDraft(view: View): NewCaseInput {
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
export function incompleteDraft(view: View): NewCaseInput | null {
  if (!hasDescription(view.answers)) return null;
  return { ...commonDraft(view), status: 'incomplete', replyMethod: replyMethod(view.answers), callback: null, receiptPhone: null };
}

/** Kept as what happened when the resident asked for a callback before describing anything. */
const CALLBACK_ONLY = {
  chat: l('Invånaren bad via chatten att bli uppringd av kundtjänst.', 'The resident asked in the chat to be called back by customer service.'),
  phone: l(
    'Invånaren ringde när kundtjänst hade stängt och bad att bli uppringd.',
    'The resident called while customer service was closed and asked to be called back.',
  ),
} as const;

/**
 * The end of a callback offer (the chat's, or the phone's while closed): a case kept so that customer service calls back. With kind, area and what
 * happened it is a whole case (with its SMS receipt); otherwise an incomplete one keeping what was said so far, or
 * that a call was asked for. A callback is a reply by phone, and means not being anonymous.
 */
export function callbackEffect(view: View): Effect {
  const a: IntakeAnswers = { ...view.answers, anonymous: false, wantsReply: true, replyMethod: 'phone' };
  const calling = { ...view, answers: a };
  const whole = registerDraft(calling);
  if (a.kind && a.area && a.what) return { type: 'registerCase', draft: whole };
  const what = a.what ?? CALLBACK_ONLY[view.channel][view.language];
  return { type: 'keepIncomplete', draft: { ...whole, status: 'incomplete', what, receiptPhone: null } };
}
