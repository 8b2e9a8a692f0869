/**
 * Customer service's weekly hours, e.g. "mon-fri 08:00-16:30" or "mon-thu 08:00-16:30; fri 08:00-15:00", and the
 * days with other hours than the week's, e.g. "2026-04-02 08:00-13:00" (skärtorsdagen). Parsers throw a
 * CalendarSettingError whose message completes a line that names the setting.
 */
import { parseIsoDay, type CalendarDay } from './calendarDay';

export const DAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Open from openMinute until closeMinute, minutes since midnight (08:00-16:30 → 480, 990). */
export interface DayHours {
  openMinute: number;
  closeMinute: number;
}

/** Weekdays 0 = Sunday … 6 = Saturday, with their hours. */
export interface OpeningSpan extends DayHours {
  days: number[];
}
export type OpeningHours = readonly OpeningSpan[];

/** A day with its own (usually shorter) hours, such as the day before a holiday. */
export interface ShortDay {
  day: CalendarDay;
  iso: string;
  hours: DayHours;
}

export class CalendarSettingError extends Error {
  override readonly name = 'CalendarSettingError';
  /** The setting at fault when the message is not about the one being parsed (a short day on a closed day). */
  constructor(message: string, readonly setting?: 'OPENING_HOURS' | 'CLOSED_DAYS' | 'SHORT_DAYS') {
    super(message);
  }
}

export function parseOpeningHours(text: string): OpeningHours {
  const spans = listOf(text, ';').map(parseSpan);
  if (spans.length === 0) throw new CalendarSettingError('must name at least one span like "mon-fri 08:00-16:30"');
  return spans;
}

function parseSpan(span: string): OpeningSpan {
  const m = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\S+)$/i.exec(span);
  if (!m) throw new CalendarSettingError(`has a span "${span}" that is not like "mon-fri 08:00-16:30"`);
  const from = dayIndex(m[1]!);
  const to = m[2] ? dayIndex(m[2]) : from;
  const hours = parseHours(m[3]!, span, `has a span "${span}" that is not like "mon-fri 08:00-16:30"`);
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to) break;
  }
  return { days, ...hours };
}

/** "2026-04-02 08:00-13:00; 2027-01-05 08:00-13:00". */
export function parseShortDays(text: string): ShortDay[] {
  const days = listOf(text, ';').map((entry) => {
    const m = /^(\S+)\s+(\S+)$/.exec(entry);
    if (!m) throw new CalendarSettingError(`has "${entry}", which is not like "2026-04-02 08:00-13:00"`);
    return { day: dayOf(m[1]!), iso: m[1]!, hours: parseHours(m[2]!, entry, `has "${entry}", which is not like "2026-04-02 08:00-13:00"`) };
  });
  const twice = days.find((d, i) => days.findIndex((e) => e.iso === d.iso) !== i);
  if (twice) throw new CalendarSettingError(`names ${twice.iso} twice`);
  return days;
}

/** "2026-01-02,2026-05-15". */
export function parseClosedDays(text: string): CalendarDay[] {
  return listOf(text, ',').map(dayOf);
}

function dayOf(text: string): CalendarDay {
  const day = parseIsoDay(text);
  if (!day) throw new CalendarSettingError(`has "${text}", which is not a date like 2026-01-02`);
  return day;
}

function parseHours(text: string, context: string, notLike: string): DayHours {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new CalendarSettingError(notLike);
  const [openHour, openMin, closeHour, closeMin] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  const openMinute = openHour * 60 + openMin;
  const closeMinute = closeHour * 60 + closeMin;
  if (openMin > 59 || closeMin > 59 || openMinute >= closeMinute || closeMinute > 24 * 60) {
    throw new CalendarSettingError(`has "${context}", whose hours are not a time of day that closes after it opens`);
  }
  return { openMinute, closeMinute };
}

function dayIndex(name: string): number {
  const i = DAY_CODES.indexOf(name.toLowerCase() as (typeof DAY_CODES)[number]);
  if (i < 0) throw new CalendarSettingError(`has an unknown day "${name}" (use mon, tue, wed, thu, fri, sat, sun)`);
  return i;
}

function listOf(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}
