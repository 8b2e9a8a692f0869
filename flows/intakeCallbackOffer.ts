/**
 * Offers of a call from customer service instead of a person now. The chat's answer to "prata med någon", "agent"
 * or "människa", open or closed: nobody from customer service can take over in the chat. The phone's answer to 0
 * while customer service is closed: the hours, and a callback or a voice message rather than a queue nobody
 * answers. The engine leads here (FlowDefinition.callbackOffer, closedOffer) and, on "Nej, fortsätt här" or
 * "gå tillbaka", back to the question the resident was on. The number, the name and the callback window are the
 * intake's own steps (their routes lead on to the end here while an offer runs); the end keeps a case so that
 * customer service calls back.
 */
import type { WorkingCalendar } from '../src/domain/calendar';
import type { CallbackOffer } from '../src/flow/flowTypes';
import { choiceStep, endStep } from '../src/flow/stepBuilders';
import { inCallbackOffer, numberToConfirm } from './intakeAnswers';
import { CALLBACK_OFFER_CHOICES, CLOSED_OFFER_CHOICES } from './intakeChoices';
import { callbackEffect, type IntakeStep } from './intakeDrafts';
import { PROMPTS as P } from './intakePrompts';
import {
  callbackKeptWords,
  callbackOfferNotice,
  callbackOfferQuestion,
  caseNumberAgain,
  closedNotice,
  closedOfferQuestion,
  goodbyeWords,
} from './intakeSpeech';
import { STEP, type StepId } from './intakeSteps';

export const CHAT_CALLBACK_OFFER: CallbackOffer<StepId> = { start: STEP.callbackOffer, resuming: P.resuming };

type OfferStepId = typeof STEP.callbackOffer | typeof STEP.callbackKept | typeof STEP.closedOffer;

export function callbackOfferSteps(calendar: WorkingCalendar): { readonly [K in OfferStepId]: IntakeStep } {
  // A number already confirmed in this conversation is read back once more rather than keyed or typed again.
  const toTheNumber = [{ to: STEP.callbackNumber, when: (v: Parameters<typeof numberToConfirm>[0]) => numberToConfirm(v) !== null }, { to: STEP.callbackNumberEntry }];
  return {
    [STEP.callbackOffer]: choiceStep({
      notice: callbackOfferNotice(calendar),
      prompt: callbackOfferQuestion,
      choices: CALLBACK_OFFER_CHOICES,
      store: (a) => ({ ...a, phoneToConfirm: a.phoneToConfirm ?? a.phone }),
      next: toTheNumber,
    }),
    [STEP.closedOffer]: choiceStep({
      notice: closedNotice(calendar),
      prompt: closedOfferQuestion(calendar),
      choices: CLOSED_OFFER_CHOICES,
      // A voice message leaves the offer: nothing to go back to after it.
      store: (a, choice) => (choice === 'voiceMessage' ? { ...a, resumeStep: null } : { ...a, phoneToConfirm: a.phoneToConfirm ?? a.phone }),
      next: [{ to: STEP.voiceMessage, when: (v) => !inCallbackOffer(v) }, ...toTheNumber],
    }),
    [STEP.callbackKept]: endStep({
      ending: 'end',
      say: (view) => callbackKeptWords(view, callbackEffect(view).draft.receiptPhone ?? null),
      effects: (view) => [callbackEffect(view)],
      repeatable: { again: caseNumberAgain, goodbye: goodbyeWords },
    }),
  };
}
