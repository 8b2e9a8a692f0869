/**
 * What the intake says that depends on the answers or the channel: the number read back digit by digit,
 * the day of the callback, the read-back before sending, and the goodbye with the case number.
 */
import { callbackDay, promisedWithin, type CallbackWindow, type WorkingCalendar } from '../src/domain/calendar';
import { phoneNumberForReading, type CaseKind, type Language } from '../src/domain';
import type { Prompt, StepView } from '../src/flow/flowTypes';
import { fill, localized as l, say } from '../src/flow/speaking';
import type { Localized, OutputPart } from '../src/flow/types';
import { dayName, nextOpeningWords, openingHoursWords } from './calendarWords';
import { AREA_WORDS } from './areaLabels';
import { numberToConfirm, type CallbackChoice, type IntakeAnswers } from './intakeAnswers';
import { PROMPTS } from './intakePrompts';

type View = StepView<IntakeAnswers>;

const KIND_WORDS: Readonly<Record<CaseKind, Localized>> = {
  klagomal: l('ett klagomål', 'a complaint'),
  synpunkt: l('en synpunkt eller ett förslag', 'a suggestion or an opinion'),
  forslag: l('ett förslag', 'a suggestion'),
  berom: l('beröm', 'praise'),
};

const WINDOW_WORDS: Readonly<Record<CallbackWindow, Localized>> = {
  morning: l('på förmiddagen, mellan 8 och 12', 'in the morning, between 8 and 12'),
  afternoon: l('på eftermiddagen, mellan 13 och 16.30', 'in the afternoon, between 1 and 4.30 pm'),
};

const CLOSING = {
  registered: l('Tack, nu är ditt ärende registrerat. Ditt ärendenummer är', 'Thank you, your case is now registered. Your case number is'),
  replyTimes: l(
    `Inom ${promisedWithin('news', 'sv')} får du veta vad som händer med ditt ärende, och du får ett svar inom ${promisedWithin('answer', 'sv')}.`,
    `Within ${promisedWithin('news', 'en')} you will hear what happens with your case, and you will get an answer within ${promisedWithin('answer', 'en')}.`,
  ),
  callbackAt: l('Vi ringer dig {day}, {window}.', 'We will call you on {day}, {window}.'),
  customerServiceCalls: l('Tack! Kundtjänst ringer dig {day}, {window}.', 'Thank you! Customer service will call you on {day}, {window}.'),
  caseNumber: l('Ditt ärendenummer är', 'Your case number is'),
  anonymous: l(
    'Eftersom du är anonym utreder vi ärendet, men vi kan inte ge dig något svar.',
    'As you are anonymous, we will look into the case, but we cannot give you an answer.',
  ),
  noReply: l(
    'Vi utreder ärendet. Med ärendenumret kan du alltid fråga kundtjänst hur det går.',
    'We will look into the case. With the case number you can always ask customer service how it is going.',
  ),
  notSatisfied: l(
    'Om du inte är nöjd med hur vi hanterar ditt ärende kan du vända dig till IVO, Inspektionen för vård och omsorg.',
    'If you are not satisfied with how we handle your case, you can turn to IVO, the Health and Social Care Inspectorate.',
  ),
  notSatisfiedHealthCare: l(
    'Om du inte är nöjd med hur vi hanterar ditt ärende kan du vända dig till IVO, Inspektionen för vård och omsorg, eller till Patientnämnden.',
    'If you are not satisfied with how we handle your case, you can turn to IVO, the Health and Social Care Inspectorate, or to the Patients’ Advisory Committee, Patientnämnden.',
  ),
  smsReceipt: l('Du får också ett sms med ärendenumret.', 'You will also get a text message with the case number.'),
  goodbye: l('Tack för att du hörde av dig. Ha det bra!', 'Thank you for getting in touch. Take care!'),
} as const;

const SUMMARY = l('Du vill lämna {kind} som gäller {area}.', 'You would like to give us {kind} about {area}.');

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

/** "När passar det att vi ringer dig måndag 30 november?" */
export function callbackWindowQuestion(nextWorkingDay: (now: Date, language: Language) => string): Prompt<IntakeAnswers> {
  return (view) => [{ kind: 'text', text: fill(PROMPTS.callbackWindow[view.language], { day: nextWorkingDay(view.now, view.language) }) }];
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
    if (view.withinOpeningHours) return [{ kind: 'text', text: fill(PROMPTS.callbackOfferNotice[view.language], { day }) }];
    return [...closedNotice(calendar)(view), { kind: 'text', text: fill(PROMPTS.closedChatCallback[view.language], { day }) }];
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
  return [...when, t(CLOSING.caseNumber), { kind: 'caseReference' }, ...(receiptPhone ? [t(CLOSING.smsReceipt)] : []), t(CLOSING.goodbye)];
}

/** "Du vill lämna ett klagomål som gäller äldreomsorgen." */
export function confirmReadBack(view: View): OutputPart[] {
  const { answers: a, language } = view;
  const kind = a.kind ? KIND_WORDS[a.kind][language] : '';
  const area = a.area ? AREA_WORDS[a.area].about[language] : '';
  const summary = fill(SUMMARY[language], { kind, area });
  const callback = a.callback ? [{ kind: 'text' as const, text: callbackSentence(a.callback, view) }] : [];
  return [{ kind: 'text', text: summary }, ...callback, say(PROMPTS.confirmSend, language)];
}

/** The goodbye: case number, when they will hear from us, where to turn, the SMS receipt. */
export function closingWords(view: View, receiptPhone: string | null): OutputPart[] {
  const { answers: a, language } = view;
  const t = (text: Localized): OutputPart => say(text, language);
  const parts: OutputPart[] = [t(CLOSING.registered), { kind: 'caseReference' }];
  if (a.anonymous) parts.push(t(CLOSING.anonymous));
  else if (a.wantsReply) {
    if (a.callback) parts.push({ kind: 'text', text: callbackSentence(a.callback, view) });
    parts.push(t(CLOSING.replyTimes));
  } else parts.push(t(CLOSING.noReply));
  // Praise needs no way to complain further.
  if (a.kind !== 'berom') parts.push(t(a.area === 'halso_och_sjukvard' ? CLOSING.notSatisfiedHealthCare : CLOSING.notSatisfied));
  if (receiptPhone) parts.push(t(CLOSING.smsReceipt));
  parts.push(t(CLOSING.goodbye));
  return parts;
}
