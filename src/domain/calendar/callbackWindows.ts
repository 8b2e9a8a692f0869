/**
 * When customer service calls a resident back: in the morning or the afternoon of the first working day after
 * today on which customer service is open during both windows. A window is cut to that day's hours (a short
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

/** The day a callback asked for now is made: the first working day after today open in both windows. */
export function callbackDay(calendar: WorkingCalendar, now: Date): CalendarDay {
  let day = calendar.nextWorkingDay(calendar.dayOf(now));
  for (let i = 0; i < SEARCH_DAYS; i++, day = calendar.nextWorkingDay(day)) {
    const hours = calendar.hoursOn(day);
    if (CALLBACK_WINDOWS.every((w) => windowOn(hours, w) !== null)) return day;
  }
  // Unreachable: createWorkingCalendar refuses weekly hours that leave no weekday open in both windows.
  throw new Error('no working day within a year is open in both callback windows');
}

/** When a callback in the window on the callback day starts and ends, as real instants. */
export function callbackTime(calendar: WorkingCalendar, now: Date, window: CallbackWindow): CallbackTime {
  const day = callbackDay(calendar, now);
  const cut = windowOn(calendar.hoursOn(day), window) ?? CALLBACK_HOURS[window];
  return { day, windowStart: calendar.at(day, cut.openMinute), windowEnd: calendar.at(day, cut.closeMinute) };
}
