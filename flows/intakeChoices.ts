/**
 * The choices of the intake, in the order they are offered: position 1, 2, 3… is the phone digit and the
 * order of the chat buttons. Their words (label, what the phone reads, what people say instead of the digit)
 * are in the message catalogues.
 */
import { LANGUAGES, type CaseKind, type Language, type OnBehalf } from '../src/domain';
import { isoDay, type CalendarDay, type CallbackWindow } from '../src/domain/calendar';
import type { Choice, StepView } from '../src/flow/flowTypes';
import { fill } from '../src/flow/speaking';
import { CATALOGUES, choiceWords, words } from './catalogue';
import { dayName, weekdayName } from './calendarWords';

/** The keys other languages are offered on in the menu, in the order they are configured: 9, then 8, then 7. */
const LANGUAGE_KEYS = ['9', '8', '7'] as const;

/**
 * The menu in one language: the intake, customer service, and every other language the service speaks (LANGUAGES in
 * configuration), each named and offered in its own words ("For English, press 9.", "Suomeksi, paina 8.").
 */
export function menuChoices(languages: readonly Language[], current: Language): Choice<MenuValue>[] {
  const others = languages.filter((l) => l !== current).slice(0, LANGUAGE_KEYS.length);
  const languageChoices = others.map((language, i): Choice<'intake'> => {
    const own = CATALOGUES[language].language;
    const key = LANGUAGE_KEYS[i]!;
    const same = (value: string) => Object.fromEntries(LANGUAGES.map((l) => [l, value])) as Record<Language, string>;
    const choice: Choice<MenuValue> = { key, command: 'switchLanguage', language, label: same(own.name), spoken: same(fill(own.choose, { key })), synonyms: words(() => own.synonyms) };
    return choice;
  });
  return [...MENU_CHOICES, ...languageChoices];
}

/** The menu's answers: leave something new (1), or hear how an earlier case is going (2). */
export type MenuValue = 'intake' | 'status';

const MENU_CHOICES: readonly Choice<MenuValue>[] = [
  { value: 'intake', ...choiceWords((c) => c.choices.menu.intake) },
  { value: 'status', ...choiceWords((c) => c.choices.menu.status) },
  {
    // Without a queue to a person (the chat) the button leads to a call from customer service. A queue (the phone's)
    // is offered only while someone answers it; 0 still works while closed, and says so.
    key: '0',
    command: 'transfer',
    ...choiceWords((c) => c.choices.menu.transfer),
    offeredWhen: (view) => !view.capabilities.queueToPerson || view.withinOpeningHours,
  },
];

/** Synpunkt and förslag are one choice on the phone; the register keeps it as a synpunkt. */
export const KIND_CHOICES: readonly Choice<CaseKind>[] = (['klagomal', 'synpunkt', 'berom'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.kind[value]),
}));

export const ON_BEHALF_CHOICES: readonly Choice<OnBehalf>[] = (['self', 'relative', 'other'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.onBehalf[value]),
}));

export const YES_NO_CHOICES: readonly Choice<'yes' | 'no'>[] = (['yes', 'no'] as const).map((value) => ({ value, ...choiceWords((c) => c.choices.yesNo[value]) }));

export const ANONYMOUS_CHOICES: readonly Choice<'yes' | 'no'>[] = (['yes', 'no'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.anonymous[value]),
}));

export const NUMBER_RIGHT_CHOICES: readonly Choice<'right' | 'other'>[] = (['right', 'other'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.numberRight[value]),
}));

/** "Nej" is the engine's: back to the question the resident was on. */
export const CALLBACK_OFFER_CHOICES: readonly Choice<'yes'>[] = [
  { value: 'yes', ...choiceWords((c) => c.choices.callbackOffer.yes) },
  { command: 'resume', ...choiceWords((c) => c.choices.callbackOffer.resume) },
];

/** The phone's choices while customer service is closed; "gå tillbaka" is the engine's, as the chat's "Nej". */
export const CLOSED_OFFER_CHOICES: readonly Choice<'callback' | 'voiceMessage'>[] = [
  { value: 'callback', ...choiceWords((c) => c.choices.closedOffer.callback) },
  { value: 'voiceMessage', ...choiceWords((c) => c.choices.closedOffer.voiceMessage) },
  { command: 'resume', ...choiceWords((c) => c.choices.closedOffer.resume) },
];

export const REPLY_METHOD_CHOICES: readonly Choice<'phone' | 'email'>[] = (['phone', 'email'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.replyMethod[value]),
}));

/** The days a callback may be made on, each by its name: "måndag 30 november", or said "måndag", "30 november". */
export function callbackDayChoices(days: readonly CalendarDay[]): Choice<string>[] {
  const inEvery = <T>(build: (l: Language) => T) => Object.fromEntries(LANGUAGES.map((l) => [l, build(l)])) as Record<Language, T>;
  return days.map((day) => ({
    value: isoDay(day),
    label: inEvery((l) => dayName(day, l)),
    synonyms: inEvery((l) => {
      const weekday = weekdayName(day, l);
      const named = dayName(day, l);
      return [weekday, named.slice(named.indexOf(' ') + 1), fill(CATALOGUES[l].calendar.onWeekday, { weekday })];
    }),
  }));
}

export const WINDOW_CHOICES: readonly Choice<CallbackWindow>[] = (['morning', 'afternoon'] as const).map((value) => ({
  value,
  ...choiceWords((c) => c.choices.window[value]),
}));

/** What can be changed at the confirm step, without starting over: the account, the contact, the time of the call. */
export type ConfirmChoice = 'send' | 'editAccount' | 'editContact' | 'editCallback';

const inWriting = (view: StepView<unknown>) => view.capabilities.medium === 'written';

/**
 * Written (the chat), every part read back can be changed; heard (the phone), only sending or starting over is
 * read out, to keep the choices few. Keys are fixed so that the phone's "Börja om, tryck 2" never moves.
 */
export const CONFIRM_CHOICES: readonly Choice<ConfirmChoice>[] = [
  { value: 'send', key: '1', ...choiceWords((c) => c.choices.confirm.send) },
  { value: 'editAccount', key: '3', ...choiceWords((c) => c.choices.confirm.editAccount), offeredWhen: inWriting },
  { value: 'editContact', key: '4', ...choiceWords((c) => c.choices.confirm.editContact), offeredWhen: inWriting },
  {
    value: 'editCallback',
    key: '5',
    ...choiceWords((c) => c.choices.confirm.editCallback),
    offeredWhen: (view) => inWriting(view) && (view.answers as { callback?: unknown }).callback != null,
  },
  { command: 'restart', key: '2', ...choiceWords((c) => c.choices.confirm.restart) },
];
