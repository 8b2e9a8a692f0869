/**
 * The choices of the intake, in the order they are offered: position 1, 2, 3… is the phone digit and the
 * order of the chat buttons. Synonyms are what people say instead of the digit.
 */
import { LANGUAGES, type CaseKind, type OnBehalf } from '../src/domain';
import { isoDay, type CalendarDay, type CallbackWindow } from '../src/domain/calendar';
import { dayName, weekdayName } from './calendarWords';
import type { Choice, StepView } from '../src/flow/flowTypes';
import { localized } from '../src/flow/speaking';

export const MENU_CHOICES: readonly Choice<'intake'>[] = [
  {
    value: 'intake',
    label: localized('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd', 'Feedback, complaints or praise about care, social services and support'),
    synonyms: {
      sv: ['synpunkt', 'synpunkter', 'klagomål', 'klaga', 'beröm', 'förslag'],
      en: ['feedback', 'complaint', 'complain', 'suggestion', 'praise'],
    },
  },
  {
    // Without a queue to a person (the chat) the button leads to a call from customer service. A queue (the phone's)
    // is offered only while someone answers it; 0 still works while closed, and says so.
    key: '0',
    command: 'transfer',
    label: localized('Kundtjänst ringer dig', 'Customer service calls you'),
    spoken: localized('För att prata med någon i kundtjänst, tryck 0.', 'To talk to someone in customer service, press 0.'),
    offeredWhen: (view) => !view.capabilities.queueToPerson || view.withinOpeningHours,
  },
  {
    key: '9',
    command: 'switchLanguage',
    label: localized('English', 'Svenska'),
    spoken: localized('For English, press 9.', 'På svenska, tryck 9.'),
    synonyms: { sv: ['engelska', 'in english'], en: ['swedish', 'på svenska'] },
  },
];

/** Synpunkt and förslag are one choice on the phone; the register keeps it as a synpunkt. */
export const KIND_CHOICES: readonly Choice<CaseKind>[] = [
  {
    value: 'klagomal',
    label: localized('Klagomål', 'Complaint'),
    synonyms: { sv: ['klaga', 'klagan', 'missnöjd'], en: ['complain', 'complaints', 'unhappy'] },
  },
  {
    value: 'synpunkt',
    label: localized('Synpunkt eller förslag', 'Suggestion or opinion'),
    synonyms: { sv: ['synpunkt', 'synpunkter', 'förslag', 'idé', 'tips', 'åsikt'], en: ['suggestion', 'opinion', 'idea', 'feedback'] },
  },
  {
    value: 'berom',
    label: localized('Beröm', 'Praise'),
    synonyms: { sv: ['berömma', 'ge beröm', 'positivt', 'tacka'], en: ['compliment', 'thanks', 'thank you'] },
  },
];

export const ON_BEHALF_CHOICES: readonly Choice<OnBehalf>[] = [
  { value: 'self', label: localized('Mig själv', 'Myself'), synonyms: { sv: ['mig', 'själv', 'jag själv'], en: ['me', 'self'] } },
  {
    value: 'relative',
    label: localized('En närstående', 'A relative'),
    synonyms: {
      sv: ['närstående', 'anhörig', 'min anhöriga', 'mamma', 'pappa', 'förälder', 'barn', 'make', 'maka', 'sambo', 'släkting'],
      en: ['relative', 'family', 'mother', 'father', 'mum', 'mom', 'dad', 'parent', 'child', 'husband', 'wife', 'partner'],
    },
  },
  {
    value: 'other',
    label: localized('Någon annan', 'Someone else'),
    synonyms: { sv: ['annan', 'granne', 'vän', 'kompis'], en: ['other', 'friend', 'neighbour', 'neighbor'] },
  },
];

const YES = { sv: ['ja', 'japp', 'jo', 'javisst', 'absolut', 'gärna', 'ja tack'], en: ['yes', 'yeah', 'yep', 'sure', 'yes please'] };
const NO = { sv: ['nej', 'nej tack', 'nä', 'nix'], en: ['no', 'nope', 'no thanks'] };

export const YES_NO_CHOICES: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: localized('Ja', 'Yes'), synonyms: YES },
  { value: 'no', label: localized('Nej', 'No'), synonyms: NO },
];

export const ANONYMOUS_CHOICES: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: localized('Ja, anonym', 'Yes, anonymous'), synonyms: { sv: [...YES.sv, 'anonym', 'anonymt'], en: [...YES.en, 'anonymous'] } },
  { value: 'no', label: localized('Nej', 'No'), synonyms: { sv: [...NO.sv, 'inte anonym'], en: [...NO.en, 'not anonymous'] } },
];

export const NUMBER_RIGHT_CHOICES: readonly Choice<'right' | 'other'>[] = [
  { value: 'right', label: localized('Ja, det stämmer', "Yes, that's right"), synonyms: { sv: [...YES.sv, 'stämmer', 'det stämmer', 'rätt'], en: [...YES.en, 'right', 'correct'] } },
  { value: 'other', label: localized('Nej, ett annat nummer', 'No, another number'), synonyms: { sv: [...NO.sv, 'annat nummer', 'ett annat'], en: [...NO.en, 'another number', 'different number'] } },
];

/** "Nej" is the engine's: back to the question the resident was on. */
export const CALLBACK_OFFER_CHOICES: readonly Choice<'yes'>[] = [
  {
    value: 'yes',
    label: localized('Ja, ring mig', 'Yes, call me'),
    synonyms: { sv: [...YES.sv, 'ring mig', 'ring upp mig'], en: [...YES.en, 'call me', 'call me back'] },
  },
  {
    command: 'resume',
    label: localized('Nej, fortsätt här', 'No, carry on here'),
    synonyms: { sv: [...NO.sv, 'fortsätt', 'fortsätt här'], en: [...NO.en, 'carry on', 'continue', 'carry on here'] },
  },
];

/** The phone's choices while customer service is closed; "gå tillbaka" is the engine's, as the chat's "Nej". */
export const CLOSED_OFFER_CHOICES: readonly Choice<'callback' | 'voiceMessage'>[] = [
  {
    value: 'callback',
    label: localized('Kundtjänst ringer dig', 'Customer service calls you'),
    spoken: localized('För att kundtjänst ska ringa dig, tryck 1.', 'To have customer service call you, press 1.'),
    synonyms: { sv: ['ring mig', 'ring upp mig', 'ringa', 'bli uppringd'], en: ['call me', 'call me back', 'callback'] },
  },
  {
    value: 'voiceMessage',
    label: localized('Lämna ett meddelande', 'Leave a message'),
    spoken: localized('För att lämna ett meddelande, tryck 2.', 'To leave a message, press 2.'),
    synonyms: { sv: ['meddelande', 'röstmeddelande', 'lämna meddelande'], en: ['message', 'voice message', 'voicemail'] },
  },
  {
    command: 'resume',
    label: localized('Gå tillbaka', 'Go back'),
    spoken: localized('För att gå tillbaka, tryck 3.', 'To go back, press 3.'),
    synonyms: { sv: ['tillbaka', 'fortsätt', 'nej'], en: ['back', 'go back', 'continue', 'no'] },
  },
];

export const REPLY_METHOD_CHOICES: readonly Choice<'phone' | 'email'>[] = [
  { value: 'phone', label: localized('Telefon', 'Phone'), synonyms: { sv: ['ring', 'ring mig', 'samtal', 'mobil', 'telefonnummer'], en: ['call', 'call me', 'telephone', 'phone number'] } },
  { value: 'email', label: localized('E-post', 'E-mail'), synonyms: { sv: ['epost', 'mejl', 'mail', 'email'], en: ['email', 'mail'] } },
];

/** The days a callback may be made on, each by its name: "måndag 30 november", or said "måndag", "30 november". */
export function callbackDayChoices(days: readonly CalendarDay[]): Choice<string>[] {
  const words = (day: CalendarDay, build: (l: (typeof LANGUAGES)[number]) => string) =>
    Object.fromEntries(LANGUAGES.map((l) => [l, build(l)])) as Record<(typeof LANGUAGES)[number], string>;
  return days.map((day) => ({
    value: isoDay(day),
    label: words(day, (l) => dayName(day, l)),
    synonyms: Object.fromEntries(
      LANGUAGES.map((l) => {
        const weekday = weekdayName(day, l);
        const date = dayName(day, l).slice(dayName(day, l).indexOf(' ') + 1);
        return [l, [weekday, date, `${l === 'sv' ? 'på' : 'on'} ${weekday}`]];
      }),
    ) as Record<(typeof LANGUAGES)[number], string[]>,
  }));
}

export const WINDOW_CHOICES: readonly Choice<CallbackWindow>[] = [
  { value: 'morning', label: localized('Förmiddag, 8 till 12', 'Morning, 8 to 12'), synonyms: { sv: ['förmiddag', 'förmiddagen', 'morgon', 'morgonen'], en: ['morning', 'in the morning'] } },
  { value: 'afternoon', label: localized('Eftermiddag, 13 till 16.30', 'Afternoon, 1 to 4.30 pm'), synonyms: { sv: ['eftermiddag', 'eftermiddagen'], en: ['afternoon', 'in the afternoon'] } },
];

/** What can be changed at the confirm step, without starting over: the account, the contact, the time of the call. */
export type ConfirmChoice = 'send' | 'editAccount' | 'editContact' | 'editCallback';

const inWriting = (view: StepView<unknown>) => view.capabilities.medium === 'written';

/**
 * Written (the chat), every part read back can be changed; heard (the phone), only sending or starting over is
 * read out, to keep the choices few. Keys are fixed so that the phone's "Börja om, tryck 2" never moves.
 */
export const CONFIRM_CHOICES: readonly Choice<ConfirmChoice>[] = [
  { value: 'send', key: '1', label: localized('Skicka', 'Send'), synonyms: { sv: ['skicka in', 'ja', 'ja skicka', 'klart'], en: ['submit', 'yes', 'send it'] } },
  {
    value: 'editAccount',
    key: '3',
    label: localized('Ändra det du berättade', 'Change what you told us'),
    synonyms: { sv: ['ändra beskrivningen', 'ändra texten'], en: ['change the description', 'change the text'] },
    offeredWhen: inWriting,
  },
  {
    value: 'editContact',
    key: '4',
    label: localized('Ändra hur vi svarar dig', 'Change how we answer you'),
    synonyms: { sv: ['ändra kontaktuppgifter', 'ändra numret', 'ändra namnet'], en: ['change contact details', 'change the number', 'change the name'] },
    offeredWhen: inWriting,
  },
  {
    value: 'editCallback',
    key: '5',
    label: localized('Ändra tiden för samtalet', 'Change the time of the call'),
    synonyms: { sv: ['ändra tiden', 'annan dag', 'annan tid'], en: ['change the time', 'another day', 'another time'] },
    offeredWhen: (view) => inWriting(view) && (view.answers as { callback?: unknown }).callback != null,
  },
  { command: 'restart', key: '2', label: localized('Börja om', 'Start over') },
];
