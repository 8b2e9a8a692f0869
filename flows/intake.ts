/**
 * The intake conversation as data: a resident leaves a klagomål, a synpunkt or förslag, or beröm about care,
 * social services or LSS, by phone or in the chat. The engine (src/flow/engine.ts) runs it; re-prompts,
 * retries, the fallback, *, 0, "börja om" and hang-ups are the engine's, the same on every step. In the chat,
 * asking for a person leads to a callback offer instead of the phone's queue (intakeCallbackOffer.ts).
 */
import { DEFAULT_OFFERED_LANGUAGES, type Language, type ServiceArea } from '../src/domain';
import type { FlowDefinition, FlowState, StepView } from '../src/flow/flowTypes';
import { say } from '../src/flow/speaking';
import { choiceStep, endStep, parsedStep, recordingStep, textStep } from '../src/flow/stepBuilders';
import { validateFlow } from '../src/flow/validateFlow';
import { callbackDays, callbackTimeOn, isoDay, parseIsoDay, type WorkingCalendar } from '../src/domain/calendar';
import { areaChoices } from './areaLabels';
import { emptyAnswers, inCallbackOffer, numberToConfirm, withPart, type IntakeAnswers } from './intakeAnswers';
import { areaHeardIn } from './intakeHearing';
import { heardKindAndArea, parseEmail, parsePhone, startEditing, told } from './intakeParsing';
import { CHAT_CALLBACK_OFFER, callbackOfferSteps } from './intakeCallbackOffer';
import * as C from './intakeChoices';
import { keepSoFar, registerDraft, type IntakeEffect, type IntakeStep } from './intakeDrafts';
import { LISTENING } from './catalogue';
import { DONE_WORDS, ENGINE_PHRASES, PROMPTS as P } from './intakePrompts';
import {
  anonymousQuestion,
  byMedium,
  callbackWindowOn,
  caseNumberAgain,
  closingWords,
  confirmReadBack,
  goodbyeWords,
  numberReadBack,
  voiceMessageIntro,
  voiceMessageKeptWords,
  voiceMessagePrompt,
  whatQuestion,
} from './intakeSpeech';
import { STEP, type StepId } from './intakeSteps';
import { askedForStatus, STATUS_STEPS } from './intakeStatus';
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
  /** The languages offered (configuration: LANGUAGES); Swedish and English when absent. */
  languages?: readonly Language[];
}

export type IntakeFlow = FlowDefinition<StepId, IntakeAnswers, IntakeEffect>;
export type IntakeState = FlowState<StepId, IntakeAnswers>;
type View = StepView<IntakeAnswers>;

const MAX_NAME_LENGTH = 200;
const MAX_RECORDING_SECONDS = 120;
/** Parts a caller may add to a spoken account after the first ("Vill du lägga till något?"): about five minutes. */
const MAX_ADDED_PARTS = 4;

const isSpoken = (v: View) => v.capabilities.medium === 'spoken';

/** Changing the account from the confirm step leads straight back to it. */
const BACK_TO_CONFIRM = { to: STEP.confirm, when: (v: View) => v.answers.editing === 'account' };

/** After the account: when and where (a complaint only), then on whose behalf unless already said. */
const TO_ON_BEHALF = [{ to: STEP.anonymous, when: (v: View) => v.answers.onBehalf !== null }, { to: STEP.onBehalf }];
const AFTER_ACCOUNT = [{ to: STEP.whenWhere, when: (v: View) => v.answers.kind === 'klagomal' }, ...TO_ON_BEHALF];

/** Where answers are written, an e-mail address can be taken: the resident is asked how to get a reply. */
const isWritten = (v: View) => v.capabilities.medium === 'written';
const hasNumberToConfirm = (v: View) => numberToConfirm(v) !== null;

/** Builds the intake; throws FlowDefinitionError at start-up if it is not a runnable flow. */
export function intakeFlow(options: IntakeOptions): IntakeFlow {
  if (options.areas.length === 0) throw new Error('the intake needs at least one service area to offer');
  const { calendar } = options;
  const languages = options.languages ?? DEFAULT_OFFERED_LANGUAGES;

  const steps: { readonly [K in StepId]: IntakeStep } = {
    [STEP.menu]: choiceStep({
      notice: byMedium(P.greetingPhone, P.greetingChat),
      prompt: P.menu,
      choices: (view) => C.menuChoices(languages, view.language),
      store: (a, value) => ({ ...a, askedForStatus: value === 'status' }),
      heard: (a, words) => heardKindAndArea(a, words, options.areas),
      next: [{ to: STEP.statusRequest, when: askedForStatus }, { to: STEP.kind, when: (v) => v.answers.kind === null }, { to: STEP.area, when: (v) => v.answers.area === null }, { to: STEP.what }],
    }),
    [STEP.kind]: choiceStep({
      prompt: P.kind,
      choices: C.KIND_CHOICES,
      store: (a, kind) => ({ ...a, kind }),
      heard: (a, words) => ({ ...a, area: a.area ?? areaHeardIn(words, options.areas) }),
      next: [{ to: STEP.area, when: (v) => v.answers.area === null }, { to: STEP.what }],
    }),
    [STEP.area]: choiceStep({ prompt: P.area, choices: areaChoices(options.areas), store: (a, area) => ({ ...a, area }), next: STEP.what }),
    [STEP.what]: textStep({
      // Said before the account is first told, not again when it is changed.
      notice: (view) => (view.answers.editing === 'account' ? [] : [say(P.publicDocument, view.language)]),
      prompt: whatQuestion,
      screened: true,
      giveUpToVoiceMessage: true,
      // Spoken, a pause ends the answer: the caller is asked whether there is more.
      store: (a, what, view) => told({ ...a, what, addedParts: 0, moreToSay: isSpoken(view) }, what),
      next: [{ to: STEP.praiseWhy, when: (v) => v.answers.kind === 'berom' }, BACK_TO_CONFIRM, { to: STEP.whatMore, when: (v) => v.answers.moreToSay }, ...AFTER_ACCOUNT],
    }),
    [STEP.praiseWhy]: textStep({
      prompt: P.praiseWhy,
      skippable: true,
      screened: true,
      giveUpToVoiceMessage: true,
      store: (a, why, view) => (why ? told({ ...a, what: withPart(a.what, why), moreToSay: isSpoken(view) }, why) : { ...a, moreToSay: isSpoken(view) }),
      next: [BACK_TO_CONFIRM, { to: STEP.whatMore, when: (v) => v.answers.moreToSay }, ...AFTER_ACCOUNT],
    }),
    [STEP.whatMore]: textStep({
      prompt: P.whatMore,
      skippable: true,
      saysHowToSkip: true,
      doneWhenSilent: true,
      doneWords: DONE_WORDS,
      screened: true,
      giveUpToVoiceMessage: true,
      store: (a, more) => {
        if (!more) return { ...a, moreToSay: false };
        const addedParts = a.addedParts + 1;
        return told({ ...a, what: withPart(a.what, more), addedParts, moreToSay: addedParts < MAX_ADDED_PARTS }, more);
      },
      next: [{ to: STEP.whatMore, when: (v) => v.answers.moreToSay }, ...AFTER_ACCOUNT],
    }),
    [STEP.whenWhere]: textStep({
      prompt: P.whenWhere,
      skippable: true,
      screened: true,
      store: (a, whenWhere) => (whenWhere ? told({ ...a, whenWhere }, whenWhere) : { ...a, whenWhere }),
      next: [{ to: STEP.consequences, when: (v) => v.answers.kind === 'klagomal' }, ...TO_ON_BEHALF],
    }),
    [STEP.consequences]: textStep({
      prompt: P.consequences,
      skippable: true,
      screened: true,
      store: (a, consequences) => (consequences ? told({ ...a, consequences }, consequences) : { ...a, consequences }),
      next: TO_ON_BEHALF,
    }),
    [STEP.onBehalf]: choiceStep({ prompt: P.onBehalf, choices: C.ON_BEHALF_CHOICES, store: (a, onBehalf) => ({ ...a, onBehalf }), next: STEP.anonymous }),
    [STEP.anonymous]: choiceStep({
      input: 'yesno',
      prompt: anonymousQuestion,
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
        { to: STEP.callbackDay, when: inCallbackOffer },
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
        { to: STEP.callbackDay },
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
    [STEP.callbackDay]: choiceStep({
      prompt: P.callbackDay,
      choices: (view) => C.callbackDayChoices(callbackDays(calendar, view.now)),
      store: (a, day) => ({ ...a, callbackDay: day }),
      next: STEP.callbackWindow,
    }),
    [STEP.callbackWindow]: choiceStep({
      prompt: callbackWindowOn,
      choices: C.WINDOW_CHOICES,
      store: (a, window, view) => {
        // A day chosen in a conversation left open past it falls back to the first day offered now.
        const chosen = a.callbackDay ? parseIsoDay(a.callbackDay) : null;
        const offered = callbackDays(calendar, view.now);
        const day = offered.find((d) => chosen !== null && isoDay(d) === isoDay(chosen)) ?? offered[0]!;
        const time = callbackTimeOn(calendar, day, window);
        const callback = { window, day: isoDay(time.day), windowStart: time.windowStart.toISOString(), windowEnd: time.windowEnd.toISOString() };
        return { ...a, callback };
      },
      next: [{ to: STEP.callbackKept, when: inCallbackOffer }, { to: STEP.confirm }],
    }),
    [STEP.confirm]: choiceStep({
      prompt: confirmReadBack,
      choices: C.CONFIRM_CHOICES,
      store: (a, choice) => startEditing(a, choice),
      next: [
        { to: STEP.what, when: (v) => v.answers.editing === 'account' },
        { to: STEP.anonymous, when: (v) => v.answers.editing === 'contact' },
        { to: STEP.callbackDay, when: (v) => v.answers.editing === 'callback' },
        { to: STEP.done },
      ],
    }),
    [STEP.done]: endStep({
      ending: 'end',
      say: (view) => closingWords(view, registerDraft(view).receiptPhone ?? null),
      effects: (view) => [{ type: 'registerCase', draft: registerDraft(view) }],
      repeatable: { again: caseNumberAgain, goodbye: goodbyeWords },
    }),
    [STEP.voiceMessage]: recordingStep({
      notice: voiceMessageIntro,
      prompt: voiceMessagePrompt,
      maxSeconds: MAX_RECORDING_SECONDS,
      store: (a, recordingUrl, transcript) => ({ ...a, recordingUrl, what: [a.what, transcript].filter(Boolean).join('\n\n') || null }),
      next: STEP.voiceMessageKept,
    }),
    [STEP.voiceMessageKept]: endStep({
      ending: 'end',
      say: voiceMessageKeptWords,
      effects: (view) => {
        const kept = keepSoFar(view);
        return kept ? [kept] : [];
      },
      repeatable: { again: caseNumberAgain, goodbye: goodbyeWords },
    }),
    ...callbackOfferSteps(calendar),
    ...STATUS_STEPS,
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
    listening: LISTENING,
    languages,
    phrases: ENGINE_PHRASES,
  };
  validateFlow(flow);
  return flow;
}
