/**
 * What the intake says that depends on the answers or the channel: the number read back digit by digit,
 * the day of the callback, the read-back before sending, and the goodbye with the case number.
 */
import { callbackDay, promisedWithin, type CallbackWindow, type WorkingCalendar } from '../src/domain/calendar';
import { phoneNumberForReading, type CaseKind, type Language } from '../src/domain';
import type { Prompt, StepView } from '../src/flow/flowTypes';
import { fill, say } from '../src/flow/speaking';
import { texts } from './catalogue';
import type { Localized, OutputPart } from '../src/flow/types';
import { dayName, nextOpeningWords, openingHoursWords } from './calendarWords';
import { AREA_WORDS } from './areaLabels';
import { numberToConfirm, type CallbackChoice, type IntakeAnswers } from './intakeAnswers';
import { PROMPTS } from './intakePrompts';
import { STEP, type StepId } from './intakeSteps';

type View = StepView<IntakeAnswers>;

const KIND_WORDS = texts((c) => c.kinds);
const WINDOW_WORDS = texts((c) => c.windows);
const RECEIVED = texts((c) => c.received);
const CLOSING = texts((c) => c.closing);
const MINORITY_LANGUAGE_WORDS = texts((c) => c.minorityLanguages);

/** "Inom 14 dagar … inom fyra veckor": the promised periods from the calendar's deadlines, never retyped. */
function replyTimes(language: Language): string {
  return fill(CLOSING.replyTimes[language], { news: promisedWithin('news', language), answer: promisedWithin('answer', language) });
}

/** The same question, worded for the keypad where it is spoken (the phone) and for typing where it is written (the chat). */
export function byMedium(spoken: Localized, written: Localized): Prompt<IntakeAnswers> {
  return (view) => [say(view.capabilities.medium === 'spoken' ? spoken : written, view.language)];
}

/** "Vi ringer dig på 0 7 0 …. Stämmer det?" — the number as digits, so the phone reads them one by one. */
export function numberReadBack(view: View): OutputPart[] {
  const number = numberToConfirm(view);
  const digits: OutputPart[] = number ? [{ kind: 'digits', text: phoneNumberForReading(number) }] : [];
  return [say(PROMPTS.numberReadBack, view.language), ...digits, say(PROMPTS.numberRight, view.language)];
}

function callbackSentence(callback: CallbackChoice, view: View, sentence: Localized = CLOSING.callbackAt): string {
  const [year, month, day] = callback.day.split('-').map(Number) as [number, number, number];
  return fill(sentence[view.language], {
    day: dayName({ year, month, day }, view.language),
    window: WINDOW_WORDS[callback.window][view.language],
  });
}

/** The chat's offer: nobody answers here; while closed, the hours too; customer service can call on the callback day. */
export function callbackOfferNotice(calendar: WorkingCalendar): (view: View) => OutputPart[] {
  return (view) => {
    const day = dayName(callbackDay(calendar, view.now), view.language);
    const asked = view.answers.callbackIn;
    const noted: OutputPart[] = asked
      ? [{ kind: 'text', text: fill(PROMPTS.callbackInLanguage[view.language], { language: MINORITY_LANGUAGE_WORDS[asked][view.language] }) }]
      : [];
    if (view.withinOpeningHours) return [{ kind: 'text', text: fill(PROMPTS.callbackOfferNotice[view.language], { day }) }, ...noted];
    return [...closedNotice(calendar)(view), { kind: 'text', text: fill(PROMPTS.closedChatCallback[view.language], { day }) }, ...noted];
  };
}

/** "Kundtjänst har stängt nu. Vi har öppet vardagar från klockan 8 till 16 och 30. Vi öppnar igen …" */
export function closedNotice(calendar: WorkingCalendar): (view: View) => OutputPart[] {
  return (view) => {
    const { medium } = view.capabilities;
    const hours = openingHoursWords(calendar.openingHours, view.language, medium);
    const next = nextOpeningWords(calendar, view.now, view.language, medium);
    return [{ kind: 'text', text: fill(PROMPTS.closed[view.language], { hours, next }) }];
  };
}

/** "Kundtjänst kan ringa dig måndag 28 december. Du kan också lämna ett meddelande." */
export function closedOfferQuestion(calendar: WorkingCalendar): (view: View) => OutputPart[] {
  return (view) => {
    const day = dayName(callbackDay(calendar, view.now), view.language);
    return [...callbackOfferQuestion(view).slice(0, -1), { kind: 'text', text: fill(PROMPTS.closedPhoneOffer[view.language], { day }) }];
  };
}

/** "Vill du att kundtjänst ringer dig?", telling an anonymous resident that a call means giving that up. */
export function callbackOfferQuestion(view: View): OutputPart[] {
  const anonymous = view.answers.anonymous === true ? [say(PROMPTS.callbackOfferAnonymous, view.language)] : [];
  return [...anonymous, say(PROMPTS.callbackOffer, view.language)];
}

/** The end of the chat's callback offer: when customer service calls, the case number, a kind goodbye. */
export function callbackKeptWords(view: View, receiptPhone: string | null): OutputPart[] {
  const t = (text: Localized): OutputPart => say(text, view.language);
  const { callback } = view.answers;
  const when: OutputPart[] = callback ? [{ kind: 'text', text: callbackSentence(callback, view, CLOSING.customerServiceCalls) }] : [];
  const sms = receiptPhone ? [t(CLOSING.smsReceipt)] : [];
  if (view.capabilities.medium === 'spoken') return [...when, ...sms, ...caseNumberSlowly(view)];
  return [...when, t(CLOSING.caseNumber), { kind: 'caseReference' }, ...sms, t(CLOSING.goodbye)];
}

/** "Du vill lämna ett klagomål som gäller äldreomsorgen." Heard, that and the callback; written, everything sent. */
export function confirmReadBack(view: View): OutputPart[] {
  const { answers: a, language } = view;
  const kind = a.kind ? KIND_WORDS[a.kind][language] : '';
  const area = a.area ? AREA_WORDS[a.area].about[language] : '';
  const summary = fill(CLOSING.summary[language], { kind, area });
  const callback = a.callback ? [{ kind: 'text' as const, text: callbackSentence(a.callback, view) }] : [];
  if (view.capabilities.medium === 'spoken') return [{ kind: 'text', text: summary }, ...callback, say(PROMPTS.confirmSend, language)];
  const line = (text: Localized, values: Record<string, string>): OutputPart => ({ kind: 'text', text: fill(text[language], values) });
  const told = [
    ...(a.what ? [line(PROMPTS.confirmWhat, { text: a.what })] : []),
    ...(a.whenWhere ? [line(PROMPTS.confirmWhenWhere, { text: a.whenWhere })] : []),
    ...(a.consequences ? [line(PROMPTS.confirmConsequences, { text: a.consequences })] : []),
  ];
  const onBehalf = a.onBehalf ? [say(ON_BEHALF_WORDS[a.onBehalf], language)] : [];
  return [
    { kind: 'text', text: `${PROMPTS.confirmHeading[language]} ${summary}` },
    ...told,
    ...onBehalf,
    ...contactLines(a).map((c) => line(c.text, c.values)),
    ...callback,
    say(PROMPTS.confirmSendOrChange, language),
  ];
}

const ON_BEHALF_WORDS: Readonly<Record<NonNullable<IntakeAnswers['onBehalf']>, Localized>> = {
  self: PROMPTS.confirmOnBehalfSelf,
  relative: PROMPTS.confirmOnBehalfRelative,
  other: PROMPTS.confirmOnBehalfOther,
};

/** How the resident will hear from us, as the case will hold it: anonymous, no answer, or name and where to answer. */
function contactLines(a: IntakeAnswers): { text: Localized; values: Record<string, string> }[] {
  if (a.anonymous) return [{ text: PROMPTS.confirmAnonymous, values: {} }];
  if (!a.wantsReply) return [{ text: PROMPTS.confirmNoReply, values: {} }];
  const name = a.name ? [{ text: PROMPTS.confirmName, values: { name: a.name } }] : [];
  if (a.replyMethod === 'email' && a.email) return [...name, { text: PROMPTS.confirmEmail, values: { email: a.email } }];
  if (a.phone) return [...name, { text: PROMPTS.confirmPhone, values: { number: phoneNumberForReading(a.phone) } }];
  return name;
}

/**
 * The goodbye: case number, when they will hear from us, where to turn, the SMS receipt. Written, the number comes
 * first; heard, it comes last, slowly and twice, and * hears it again (caseNumberAgain) before the goodbye.
 */
export function closingWords(view: View, receiptPhone: string | null): OutputPart[] {
  const { answers: a, language } = view;
  const t = (text: Localized): OutputPart => say(text, language);
  const spoken = view.capabilities.medium === 'spoken';
  const parts: OutputPart[] = spoken ? [t(RECEIVED[a.kind ?? 'klagomal'])] : [t(CLOSING.registered), { kind: 'caseReference' }, t(CLOSING.personReads)];
  const praise = a.kind === 'berom';
  if (a.wantsReply && !a.anonymous) {
    if (a.callback) parts.push({ kind: 'text', text: callbackSentence(a.callback, view) });
    parts.push(praise ? t(CLOSING.passedOn) : { kind: 'text', text: replyTimes(language) });
  } else if (praise) parts.push(t(CLOSING.passedOn));
  else parts.push(t(a.anonymous ? CLOSING.anonymous : CLOSING.noReply));
  // Praise needs no way to complain further.
  if (!praise) parts.push(t(a.area === 'halso_och_sjukvard' ? CLOSING.notSatisfiedHealthCare : CLOSING.notSatisfied));
  if (receiptPhone) parts.push(t(CLOSING.smsReceipt));
  if (spoken) return [...parts, ...caseNumberSlowly(view)];
  return [...parts, t(CLOSING.goodbye)];
}

/** "Ha gärna papper och penna redo. Ditt ärendenummer är … Jag upprepar: … För att höra numret igen, tryck stjärna." */
export function caseNumberSlowly(view: View): OutputPart[] {
  const t = (text: Localized): OutputPart => say(text, view.language);
  return [t(CLOSING.numberComing), { kind: 'caseReference' }, t(CLOSING.numberAgain), { kind: 'caseReference' }, t(CLOSING.numberRepeatHint)];
}

/** On *: the number once more, and how to hear it again. */
export function caseNumberAgain(view: View): OutputPart[] {
  const t = (text: Localized): OutputPart => say(text, view.language);
  return [t(CLOSING.caseNumber), { kind: 'caseReference' }, t(CLOSING.numberRepeatHint)];
}

export function goodbyeWords(view: View): OutputPart[] {
  return [say(CLOSING.goodbye, view.language)];
}

/** Before a voice message: why (what the caller was doing when they were not understood), what to say, how. */
export function voiceMessageIntro(view: View): OutputPart[] {
  const from = view.answers.gaveUpAt;
  if (!from) return [];
  if (from === STEP.callbackNumberEntry) return [say(PROMPTS.toVoiceMessageNumber, view.language)];
  return [say(TEXT_STEPS.has(from) ? PROMPTS.toVoiceMessageWords : PROMPTS.toVoiceMessageChoice, view.language)];
}

const TEXT_STEPS: ReadonlySet<StepId> = new Set([STEP.what, STEP.whatMore, STEP.praiseWhy, STEP.whenWhere, STEP.consequences, STEP.name]);

export function voiceMessagePrompt(view: View): OutputPart[] {
  const { answers: a } = view;
  const what = a.gaveUpAt === STEP.callbackNumberEntry ? PROMPTS.voiceMessageNumber : a.what ? PROMPTS.voiceMessageAdd : PROMPTS.voiceMessageTell;
  return [say(what, view.language), say(PROMPTS.voiceMessageHow, view.language)];
}

/** After a voice message: kept, and its case number, slowly, as at the end of a whole intake. */
export function voiceMessageKeptWords(view: View): OutputPart[] {
  return [say(PROMPTS.voiceMessageKept, view.language), ...caseNumberSlowly(view)];
}

/** The question for the callback's time of day, on the day chosen. */
export function callbackWindowOn(view: View): OutputPart[] {
  const chosen = view.answers.callbackDay;
  const [year, month, day] = (chosen ?? '').split('-').map(Number) as [number, number, number];
  return [{ kind: 'text', text: fill(PROMPTS.callbackWindow[view.language], { day: dayName({ year, month, day }, view.language) }) }];
}

/** "Vill du vara anonym?" in words that fit the kind: praise is passed on, not looked into. */
export function anonymousQuestion(view: View): OutputPart[] {
  return [say(view.answers.kind === 'berom' ? PROMPTS.anonymousPraise : PROMPTS.anonymous, view.language)];
}

/** The first question about what it is: what happened, what to change, or who is praised. */
export function whatQuestion(view: View): OutputPart[] {
  const kind = view.answers.kind;
  return [say(kind === 'berom' ? PROMPTS.praiseWho : kind === 'synpunkt' || kind === 'forslag' ? PROMPTS.whatSuggestion : PROMPTS.what, view.language)];
}
