/**
 * The Swedish holidays on which municipal offices, and so customer service, are closed. They come from the
 * date-holidays library (Easter and Midsummer move every year; a hand-written list goes stale). The library types
 * julafton, midsommarafton and nyårsafton 'bank', not 'public', yet offices are closed then, and the law on
 * computing statutory time (lag (1930:173) om beräkning av lagstadgad tid) treats those three eves as holidays:
 * both types count. Half days such as trettondagsafton ('optional') and skärtorsdagen ('observance') do not:
 * they are working days, shortened by configuration (SHORT_DAYS) where the municipality closes early.
 */
import type Holidays from 'date-holidays';
import type { CalendarDay } from './calendarDay';

const CLOSED_TYPES = new Set(['public', 'bank']);

let swedish: Holidays | null = null;
const closedByYear = new Map<number, ReadonlyMap<string, string>>();

/** The closed holidays of a year: "2026-12-24" → "julafton". */
export function swedishHolidays(year: number): ReadonlyMap<string, string> {
  let days = closedByYear.get(year);
  if (!days) {
    // The library's date string starts with the local date ("2026-12-25 00:00:00"), free of time-zone shifts.
    // Loaded at the first year asked about rather than at every start: it reads every country's rules (0.2 s).
    swedish ??= new (require('date-holidays') as typeof Holidays)('SE');
    days = new Map(swedish.getHolidays(year).filter((h) => CLOSED_TYPES.has(h.type)).map((h) => [h.date.slice(0, 10), h.name]));
    closedByYear.set(year, days);
  }
  return days;
}

/** The holiday's name when offices are closed for it that day, else null. */
export function swedishHolidayOn(day: CalendarDay, iso: string): string | null {
  return swedishHolidays(day.year).get(iso) ?? null;
}
