/**
 * The next working day for a callback: not a weekend, not a Swedish public holiday. Holidays come from
 * the date-holidays library (Easter and Midsummer move every year; a hand-written list goes stale).
 * Only type 'public' counts: julafton and midsommarafton are 'bank' days there, and customer service
 * follows the public calendar.
 */
import Holidays from 'date-holidays';
import type { CallbackWindow } from '../callbacks/callbackTypes';
import type { Language } from '../register/caseTypes';
import { addDays, dayIn, instantIn, isoDay, weekday, type CalendarDay } from './zonedTime';

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** Callback windows in local time: förmiddag 08–12, eftermiddag 13–16.30. */
export const CALLBACK_HOURS: Readonly<Record<CallbackWindow, { from: [number, number]; to: [number, number] }>> = {
  morning: { from: [8, 0], to: [12, 0] },
  afternoon: { from: [13, 0], to: [16, 30] },
};

const swedishHolidays = new Holidays('SE');
const publicHolidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    // The library's date string starts with the local date ("2026-12-25 00:00:00"), free of time-zone shifts.
    days = new Set(swedishHolidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(day: CalendarDay): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !publicHolidays(day.year).has(isoDay(day));
}

/** The first working day after the day it is now in the time zone. */
export function nextWorkingDay(now: Date, timeZone = DEFAULT_TIME_ZONE): CalendarDay {
  let day = addDays(dayIn(timeZone, now), 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

export interface CallbackTime {
  day: CalendarDay;
  windowStart: Date;
  windowEnd: Date;
}

/** When a callback in the window on the next working day starts and ends, as real instants. */
export function callbackTime(now: Date, window: CallbackWindow, timeZone = DEFAULT_TIME_ZONE): CallbackTime {
  const day = nextWorkingDay(now, timeZone);
  const { from, to } = CALLBACK_HOURS[window];
  return { day, windowStart: instantIn(timeZone, day, ...from), windowEnd: instantIn(timeZone, day, ...to) };
}

/** "måndag 30 november" / "Monday 30 November". */
export function dayName(day: CalendarDay, language: Language): string {
  const noon = new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
  return DAY_NAMES[language].format(noon);
}

// Built once: an Intl formatter is costly to make and this is said in every callback question.
const DAY_NAMES: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  sv: new Intl.DateTimeFormat('sv-SE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
};
