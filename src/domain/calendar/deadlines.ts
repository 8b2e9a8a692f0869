/**
 * The deadlines promised to a resident: news of what happens within two weeks, an answer within four weeks.
 * Counted in calendar days from the day the case is registered (Swedish time); a deadline is the end of its day
 * (23:59:59). A deadline that falls on a day that is not a working day (a weekend, a holiday, julafton,
 * midsommarafton, nyårsafton or one of the municipality's closed days) moves to the end of the next working day,
 * as lag (1930:173) om beräkning av lagstadgad tid does with statutory time limits.
 */
import type { Language } from '../languages';
import { addDays, type CalendarDay } from './calendarDay';
import type { WorkingCalendar } from './workingCalendar';

export const NEWS_WITHIN_DAYS = 14;
export const ANSWER_WITHIN_DAYS = 28;

/** The two promises, and how each is said: news in days ("14 dagar"), the answer in weeks ("fyra veckor"). */
const PROMISES = {
  news: { days: NEWS_WITHIN_DAYS, saidIn: 'days' },
  answer: { days: ANSWER_WITHIN_DAYS, saidIn: 'weeks' },
} as const;
export type CasePromise = keyof typeof PROMISES;

const WEEK_COUNTS: Readonly<Record<Language, readonly string[]>> = {
  sv: ['', 'en vecka', 'två veckor', 'tre veckor', 'fyra veckor', 'fem veckor', 'sex veckor', 'sju veckor', 'åtta veckor'],
  en: ['', 'one week', 'two weeks', 'three weeks', 'four weeks', 'five weeks', 'six weeks', 'seven weeks', 'eight weeks'],
  // Finnish says the period in the genitive, as "… kuluessa" (within) needs: "neljän viikon kuluessa".
  fi: ['', 'viikon', 'kahden viikon', 'kolmen viikon', 'neljän viikon', 'viiden viikon', 'kuuden viikon', 'seitsemän viikon', 'kahdeksan viikon'],
};
const DAYS: Readonly<Record<Language, string>> = { sv: 'dagar', en: 'days', fi: 'päivän' };

/** "14 dagar", "fyra veckor": a number of days in words, in weeks when asked and it is a whole number of them. */
export function periodWords(days: number, saidIn: 'days' | 'weeks', language: Language): string {
  const weeks = WEEK_COUNTS[language][days / 7];
  return saidIn === 'weeks' && weeks ? weeks : `${days} ${DAYS[language]}`;
}

/** How long a promise runs, in the words residents read and hear (from the day counts above, never retyped). */
export function promisedWithin(promise: CasePromise, language: Language): string {
  const { days, saidIn } = PROMISES[promise];
  return periodWords(days, saidIn, language);
}

export interface CaseDeadlines {
  newsDue: Date;
  answerDue: Date;
}

export function caseDeadlines(calendar: WorkingCalendar, registeredAt: Date): CaseDeadlines {
  const registered = calendar.dayOf(registeredAt);
  return { newsDue: deadline(calendar, registered, NEWS_WITHIN_DAYS), answerDue: deadline(calendar, registered, ANSWER_WITHIN_DAYS) };
}

function deadline(calendar: WorkingCalendar, from: CalendarDay, days: number): Date {
  let day = addDays(from, days);
  if (!calendar.isWorkingDay(day)) day = calendar.nextWorkingDay(day);
  // The last second of the day: the midnight after it, less one second (the clocks never change at midnight here).
  return new Date(calendar.at(addDays(day, 1), 0).getTime() - 1000);
}

/** Whole days from today to the day a deadline falls on (0: today, negative: passed), in the calendar's time. */
export function daysLeft(calendar: WorkingCalendar, now: Date, due: Date): number {
  const utc = (d: CalendarDay) => Date.UTC(d.year, d.month - 1, d.day);
  return Math.round((utc(calendar.dayOf(due)) - utc(calendar.dayOf(now))) / 86_400_000);
}
