/**
 * The callback windows themselves (förmiddag, eftermiddag) and whether weekly opening hours leave room for them,
 * which the working calendar checks at start: apart from callbackWindows.ts, which needs the calendar itself.
 */
import type { DayHours, OpeningHours } from './openingHours';

export const CALLBACK_WINDOWS = ['morning', 'afternoon'] as const;
export type CallbackWindow = (typeof CALLBACK_WINDOWS)[number];

/** Callback windows in local time, minutes since midnight: förmiddag 08–12, eftermiddag 13–16.30. */
export const CALLBACK_HOURS: Readonly<Record<CallbackWindow, DayHours>> = {
  morning: { openMinute: 8 * 60, closeMinute: 12 * 60 },
  afternoon: { openMinute: 13 * 60, closeMinute: 16 * 60 + 30 },
};

/** The window cut to the day's hours; null when nothing of it is left. */
export function windowOn(hours: DayHours | null, window: CallbackWindow): DayHours | null {
  if (!hours) return null;
  const openMinute = Math.max(hours.openMinute, CALLBACK_HOURS[window].openMinute);
  const closeMinute = Math.min(hours.closeMinute, CALLBACK_HOURS[window].closeMinute);
  return openMinute < closeMinute ? { openMinute, closeMinute } : null;
}

/** Do the weekly hours leave some weekday open in both windows? Checked at start: else no callback could be made. */
export function weeklyHoursAllowCallbacks(openingHours: OpeningHours): boolean {
  return openingHours.some((span) => span.days.some((d) => d >= 1 && d <= 5) && CALLBACK_WINDOWS.every((w) => windowOn(span, w) !== null));
}
