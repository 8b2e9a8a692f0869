/**
 * The intake conversation as data: a resident leaves a klagomål, a synpunkt or förslag, or beröm about care,
 * social services or LSS, by phone or in the chat. The engine (src/flow/engine.ts) runs it; re-prompts,
 * retries, the fallback, *, 0, "börja om" and hang-ups are the engine's, the same on every step. In the chat,
 * asking for a person leads to a callback offer instead of the phone's queue (intakeCallbackOffer.ts).
 */
import { z } from 'zod';
import { checkPhoneNumber, type ServiceArea } from '../src/domain';
import type { FlowDefinition, FlowState, Parsed, StepView } from '../src/flow/flowTypes';
import { choiceStep, endStep, parsedStep, recordingStep, textStep } from '../src/flow/stepBuilders';
import { validateFlow } from '../src/flow/validateFlow';
import { callbackDay, callbackTime, isoDay, type WorkingCalendar } from '../src/domain/calendar';
import { dayName } from './calendarWords';
import { areaChoices } from './areaLabels';
import { emptyAnswers, inCallbackOffer, numberToConfirm, type IntakeAnswers } from './intakeAnswers';
import { CHAT_CALLBACK_OFFER, callbackOfferSteps } from './intakeCallbackOffer';
import * as C from './intakeChoices';
import { keepSoFar, registerDraft, type IntakeEffect, type IntakeStep } from './intakeDrafts';
import { ENGINE_PHRASES, PROMPTS as P } from './intakePrompts';
import { byMedium, callbackWindowQuestion, closingWords, confirmReadBack, numberReadBack } from './intakeSpeech';
import { STEP, type StepId } from './intakeSteps';
import { DEFAULT_SERIOUS_WORDS, type SeriousWords } from './seriousWords';

export { STEP, type StepId } from './intakeSteps';
export type { IntakeAnswers } from './intakeAnswers';
export type { IntakeDraft, IntakeEffect } from './intakeDrafts';

export interface IntakeOptions {
  /** The service areas offered, in this order (configuration: SERVICE_AREAS). */
  areas: readonly ServiceArea[];
  seriousWords?: SeriousWords;
  /** Working days and opening hours: the day of a callback, and what is said while customer service is closed. */
  calendar: WorkingCalendar;
}

export type IntakeFlow = FlowDefinition<StepId, IntakeAnswers, IntakeEffect>;
export type IntakeState = FlowState<StepId, IntakeAnswers>;
type View = StepView<IntakeAnswers>;

const MAX_NAME_LENGTH = 200;
const MAX_RECORDING_SECONDS = 120;
const email = z.email().max(254);

function parsePhone(raw: string): Parsed<string> {
  const checked = checkPhoneNumber(raw);
  if (checked.ok) return { ok: true, value: checked.e164 };
  return { ok: false, problem: checked.reason === 'refused_type' ? P.numberRefused : P.numberInvalid };
}

function parseEmail(raw: string): Parsed<string> {
  const parsed = email.safeParse(raw.trim());
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: P.emailInvalid };
}

/** Where answers are written, an e-mail address can be taken: the resident is asked how to get a reply. */
const isWritten = (v: View) => v.capabilities.medium === 'written';
const hasNumberToConfirm = (v: View) => numberToConfirm(v) !== null;

/** Builds the intake; throws FlowDefinitionError at start-up if it is not a runnable flow. */
export function intakeFlow(options: IntakeOptions): IntakeFlow {
  if (options.areas.length === 0) throw new Error('the intake needs at least one service area to offer');
  const { calendar } = options;

  const steps: { readonly [K in StepId]: IntakeStep } = {
    [STEP.menu]: choiceStep({
      notice: byMedium(P.greetingPhone, P.greetingChat),
      prompt: P.menu,
      choices: C.MENU_CHOICES,
      next: STEP.kind,
    }),
    [STEP.kind]: choiceStep({ prompt: P.kind, choices: C.KIND_CHOICES, store: (a, kind) => ({ ...a, kind }), next: STEP.area }),
    [STEP.area]: choiceStep({ prompt: P.area, choices: areaChoices(options.areas), store: (a, area) => ({ ...a, area }), next: STEP.what }),
    [STEP.what]: textStep({
      notice: P.publicDocument,
      prompt: P.what,
      screened: true,
      giveUpToVoiceMessage: true,
      store: (a, what) => ({ ...a, what }),
      next: STEP.whenWhere,
    }),
    [STEP.whenWhere]: textStep({
      prompt: P.whenWhere,
      skippable: true,
      screened: true,
      store: (a, whenWhere) => ({ ...a, whenWhere }),
      next: [{ to: STEP.consequences, when: (v) => v.answers.kind === 'klagomal' }, { to: STEP.onBehalf }],
    }),
    [STEP.consequences]: textStep({
      prompt: P.consequences,
      skippable: true,
      screened: true,
      store: (a, consequences) => ({ ...a, consequences }),
      next: STEP.onBehalf,
    }),
    [STEP.onBehalf]: choiceStep({ prompt: P.onBehalf, choices: C.ON_BEHALF_CHOICES, store: (a, onBehalf) => ({ ...a, onBehalf }), next: STEP.anonymous }),
    [STEP.anonymous]: choiceStep({
      input: 'yesno',
      prompt: P.anonymous,
      choices: C.ANONYMOUS_CHOICES,
      store: (a, v) => ({ ...a, anonymous: v === 'yes' }),
      next: [{ to: STEP.confirm, when: (v) => v.answers.anonymous === true }, { to: STEP.wantsReply }],
    }),
    [STEP.wantsReply]: choiceStep({
      input: 'yesno',
      prompt: P.wantsReply,
      choices: C.YES_NO_CHOICES,
      // Spoken (the phone), the reply comes by phone; written (the chat), the resident is asked how.
      store: (a, v, view) => ({ ...a, wantsReply: v === 'yes', replyMethod: v === 'yes' && !isWritten(view) ? 'phone' : null }),
      next: [{ to: STEP.name, when: (v) => v.answers.wantsReply === true }, { to: STEP.confirm }],
    }),
    [STEP.name]: textStep({
      prompt: P.name,
      skippable: true,
      maxLength: MAX_NAME_LENGTH,
      store: (a, name) => ({ ...a, name }),
      next: [
        { to: STEP.callbackWindow, when: inCallbackOffer },
        { to: STEP.replyMethod, when: isWritten },
        { to: STEP.callbackNumber, when: hasNumberToConfirm },
        { to: STEP.callbackNumberEntry },
      ],
    }),
    [STEP.replyMethod]: choiceStep({
      prompt: P.replyMethod,
      choices: C.REPLY_METHOD_CHOICES,
      store: (a, replyMethod) => ({ ...a, replyMethod }),
      next: [
        { to: STEP.email, when: (v) => v.answers.replyMethod === 'email' },
        { to: STEP.callbackNumber, when: hasNumberToConfirm },
        { to: STEP.callbackNumberEntry },
      ],
    }),
    [STEP.callbackNumber]: choiceStep({
      prompt: numberReadBack,
      choices: C.NUMBER_RIGHT_CHOICES,
      store: (a, v, view) => ({ ...a, phone: v === 'right' ? numberToConfirm(view) : null, phoneToConfirm: null }),
      next: [
        { to: STEP.callbackNumberEntry, when: (v) => v.answers.phone === null },
        // On the way to the chat's callback, the name is asked for if it is not known yet.
        { to: STEP.name, when: (v) => inCallbackOffer(v) && v.answers.name === null },
        { to: STEP.callbackWindow },
      ],
    }),
    [STEP.callbackNumberEntry]: parsedStep({
      input: 'phone',
      prompt: byMedium(P.numberEntryPhone, P.numberEntryChat),
      parse: parsePhone,
      store: (a, phoneToConfirm) => ({ ...a, phoneToConfirm }),
      next: STEP.callbackNumber,
    }),
    [STEP.email]: parsedStep({ input: 'email', prompt: P.email, parse: parseEmail, store: (a, address) => ({ ...a, email: address }), next: STEP.confirm }),
    [STEP.callbackWindow]: choiceStep({
      prompt: callbackWindowQuestion((now, language) => dayName(callbackDay(calendar, now), language)),
      choices: C.WINDOW_CHOICES,
      store: (a, window, view) => {
        const time = callbackTime(calendar, view.now, window);
        const callback = { window, day: isoDay(time.day), windowStart: time.windowStart.toISOString(), windowEnd: time.windowEnd.toISOString() };
        return { ...a, callback };
      },
      next: [{ to: STEP.callbackKept, when: inCallbackOffer }, { to: STEP.confirm }],
    }),
    [STEP.confirm]: choiceStep({ prompt: confirmReadBack, choices: C.CONFIRM_CHOICES, next: STEP.done }),
    [STEP.done]: endStep({
      ending: 'end',
      say: (view) => closingWords(view, registerDraft(view).receiptPhone ?? null),
      effects: (view) => [{ type: 'registerCase', draft: registerDraft(view) }],
    }),
    [STEP.voiceMessage]: recordingStep({
      prompt: P.voiceMessage,
      maxSeconds: MAX_RECORDING_SECONDS,
      store: (a, recordingUrl, transcript) => ({ ...a, recordingUrl, what: [a.what, transcript].filter(Boolean).join('\n\n') || null }),
      next: STEP.voiceMessageKept,
    }),
    [STEP.voiceMessageKept]: endStep({
      ending: 'end',
      say: P.voiceMessageKept,
      effects: (view) => {
        const kept = keepSoFar(view);
        return kept ? [kept] : [];
      },
    }),
    ...callbackOfferSteps(calendar),
  };

  const flow: IntakeFlow = {
    start: STEP.menu,
    restartAt: STEP.kind,
    voiceMessage: STEP.voiceMessage,
    callbackOffer: CHAT_CALLBACK_OFFER,
    closedOffer: STEP.closedOffer,
    steps,
    emptyAnswers,
    keepSoFar,
    seriousWords: options.seriousWords ?? DEFAULT_SERIOUS_WORDS,
    seriousNotice: P.seriousNotice,
    phrases: ENGINE_PHRASES,
  };
  validateFlow(flow);
  return flow;
}
