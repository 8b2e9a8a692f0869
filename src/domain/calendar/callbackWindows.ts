/**
 * When customer service calls a resident back: in the morning or the afternoon of one of the next three working
 * days after today on which customer service is open during both windows. A window is cut to that day's hours (a short
 * Friday closing at 15:00 leaves an afternoon of 13–15); a day on which one window would be empty, such as a
 * skärtorsdag closing at 13:00, is skipped, so the resident is offered one day for both.
 */
import type { CalendarDay } from './calendarDay';
import { CALLBACK_HOURS, CALLBACK_WINDOWS, windowOn, type CallbackWindow } from './callbackHours';
import type { WorkingCalendar } from './workingCalendar';

export interface CallbackTime {
  day: CalendarDay;
  windowStart: Date;
  windowEnd: Date;
}

const SEARCH_DAYS = 366;

/** How many days a resident may choose a callback on: the next three working days open in both windows. */
export const CALLBACK_DAYS_OFFERED = 3;

const openInBothWindows = (calendar: WorkingCalendar, day: CalendarDay) =>
  CALLBACK_WINDOWS.every((w) => windowOn(calendar.hoursOn(day), w) !== null);

/** The days a callback asked for now may be made on: the first `count` working days after today open in both windows. */
export function callbackDays(calendar: WorkingCalendar, now: Date, count = CALLBACK_DAYS_OFFERED): CalendarDay[] {
  const days: CalendarDay[] = [];
  let day = calendar.nextWorkingDay(calendar.dayOf(now));
  for (let i = 0; i < SEARCH_DAYS && days.length < count; i++, day = calendar.nextWorkingDay(day)) {
    if (openInBothWindows(calendar, day)) days.push(day);
  }
  // Unreachable: createWorkingCalendar refuses weekly hours that leave no weekday open in both windows.
  if (days.length === 0) throw new Error('no working day within a year is open in both callback windows');
  return days;
}

/** The first day a callback asked for now can be made. */
export function callbackDay(calendar: WorkingCalendar, now: Date): CalendarDay {
  return callbackDays(calendar, now, 1)[0]!;
}

/** When a callback in the window on the callback day starts and ends, as real instants. */
export function callbackTime(calendar: WorkingCalendar, now: Date, window: CallbackWindow): CallbackTime {
  return callbackTimeOn(calendar, callbackDay(calendar, now), window);
}

/** When a callback in the window on a chosen day starts and ends; the window is cut to that day's hours. */
export function callbackTimeOn(calendar: WorkingCalendar, day: CalendarDay, window: CallbackWindow): CallbackTime {
  const cut = windowOn(calendar.hoursOn(day), window) ?? CALLBACK_HOURS[window];
  return { day, windowStart: calendar.at(day, cut.openMinute), windowEnd: calendar.at(day, cut.closeMinute) };
}
