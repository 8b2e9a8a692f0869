/**
 * When customer service calls a resident back: in the morning or the afternoon of the first working day after
 * today on which customer service is open during both windows. A window is cut to that day's hours (a short
 * Friday closing at 15:00 leaves an afternoon of 13–15); a day on which one window would be empty, such as a
 * skärtorsdag closing at 13:00, is skipped, so the resident is offered one day for both.
 */
import type { CalendarDay } from './calendarDay';
import type { DayHours, OpeningHours } from './openingHours';
import type { WorkingCalendar } from './workingCalendar';

export const CALLBACK_WINDOWS = ['morning', 'afternoon'] as const;
export type CallbackWindow = (typeof CALLBACK_WINDOWS)[number];

/** Callback windows in local time, minutes since midnight: förmiddag 08–12, eftermiddag 13–16.30. */
export const CALLBACK_HOURS: Readonly<Record<CallbackWindow, DayHours>> = {
  morning: { openMinute: 8 * 60, closeMinute: 12 * 60 },
  afternoon: { openMinute: 13 * 60, closeMinute: 16 * 60 + 30 },
};

export interface CallbackTime {
  day: CalendarDay;
  windowStart: Date;
  windowEnd: Date;
}

const SEARCH_DAYS = 366;

/** The window cut to the day's hours; null when nothing of it is left. */
function windowOn(hours: DayHours | null, window: CallbackWindow): DayHours | null {
  if (!hours) return null;
  const openMinute = Math.max(hours.openMinute, CALLBACK_HOURS[window].openMinute);
  const closeMinute = Math.min(hours.closeMinute, CALLBACK_HOURS[window].closeMinute);
  return openMinute < closeMinute ? { openMinute, closeMinute } : null;
}

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

/** Do the weekly hours leave some weekday open in both windows? Checked at start: else no callback could be made. */
export function weeklyHoursAllowCallbacks(openingHours: OpeningHours): boolean {
  return openingHours.some((span) => span.days.some((d) => d >= 1 && d <= 5) && CALLBACK_WINDOWS.every((w) => windowOn(span, w) !== null));
}
