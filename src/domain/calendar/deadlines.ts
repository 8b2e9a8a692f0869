/**
 * The deadlines promised to a resident: news of what happens within two weeks, an answer within four weeks.
 * Counted in calendar days from the day the case is registered (Swedish time); a deadline is the end of its day
 * (23:59:59). A deadline that falls on a day that is not a working day (a weekend, a holiday, julafton,
 * midsommarafton, nyårsafton or one of the municipality's closed days) moves to the end of the next working day,
 * as lag (1930:173) om beräkning av lagstadgad tid does with statutory time limits.
 */
import { addDays, type CalendarDay } from './calendarDay';
import type { WorkingCalendar } from './workingCalendar';

export const NEWS_WITHIN_DAYS = 14;
export const ANSWER_WITHIN_DAYS = 28;

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
