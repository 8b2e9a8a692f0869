/**
 * Wall-clock dates and times in a time zone, with the Intl API only. A callback window is "08–12 on
 * Monday in Stockholm", so the instant depends on whether Sweden is on summer or winter time that day.
 */
import type { CalendarDay } from './calendarDay';

/** Swedish municipalities keep Swedish time: case years, deadlines, opening hours and callback windows follow it. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The calendar day it is in the time zone at that instant. */
export function dayIn(timeZone: string, at: Date): CalendarDay {
  const { year, month, day } = partsIn(timeZone, at);
  return { year, month, day };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(timeZone: string, at: Date): number {
  const p = partsIn(timeZone, at);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** Minutes since midnight on the zone's wall clock at that instant (08:30 → 510). */
export function minuteOfDayIn(timeZone: string, at: Date): number {
  const { hour, minute } = partsIn(timeZone, at);
  return hour * 60 + minute;
}

/** The instant when the zone's clocks show this day and time (not meant for the hour skipped at DST). */
export function instantIn(timeZone: string, day: CalendarDay, hour: number, minute: number): Date {
  const asIfUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const guess = asIfUtc - offsetAt(timeZone, new Date(asIfUtc));
  // The offset at the guess may differ from the offset at the first estimate when DST changes in between.
  return new Date(asIfUtc - offsetAt(timeZone, new Date(guess)));
}
