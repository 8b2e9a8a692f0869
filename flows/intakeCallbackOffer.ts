/**
 * The chat's answer to "prata med någon", "agent" or "människa": nobody from customer service can take over in
 * the chat, so they offer to call the resident back. The engine leads here (FlowDefinition.chatCallbackOffer)
 * and, on "Nej, fortsätt här", back to the question the resident was on. The number, the name and the callback
 * window are the intake's own steps (their routes lead on to the end here while the offer runs); the end keeps a
 * case so that customer service calls back. The phone never comes here: it transfers to the agent queue.
 */
import type { ChatCallbackOffer, Step } from '../src/flow/flowTypes';
import { choiceStep, endStep } from '../src/flow/stepBuilders';
import { numberToConfirm, type IntakeAnswers } from './intakeAnswers';
import { CALLBACK_OFFER_CHOICES } from './intakeChoices';
import { chatCallbackEffect } from './intakeDrafts';
import { PROMPTS as P } from './intakePrompts';
import { callbackKeptWords, callbackOfferQuestion } from './intakeSpeech';
import { STEP, type StepId } from './intakeSteps';

export const CHAT_CALLBACK_OFFER: ChatCallbackOffer<StepId> = { start: STEP.callbackOffer, resuming: P.resuming };

type OfferStepId = typeof STEP.callbackOffer | typeof STEP.callbackKept;

export function callbackOfferSteps(): { readonly [K in OfferStepId]: Step<StepId, IntakeAnswers> } {
  return {
    [STEP.callbackOffer]: choiceStep({
      notice: P.callbackOfferNotice,
      prompt: callbackOfferQuestion,
      choices: CALLBACK_OFFER_CHOICES,
      // A number already confirmed in this chat is read back once more rather than typed again.
      store: (a) => ({ ...a, phoneToConfirm: a.phoneToConfirm ?? a.phone }),
      next: [{ to: STEP.callbackNumber, when: (v) => numberToConfirm(v) !== null }, { to: STEP.callbackNumberEntry }],
    }),
    [STEP.callbackKept]: endStep({
      ending: 'end',
      say: (view) => callbackKeptWords(view, chatCallbackEffect(view).draft.receiptPhone ?? null),
      effects: (view) => [chatCallbackEffect(view)],
    }),
  };
}
