/**
 * The working calendar in words a resident hears or reads: the day of a callback ("måndag 30 november"),
 * customer service's weekly hours ("vardagar från klockan 8 till 16 och 30", written "vardagar klockan 8–16.30")
 * and when it opens next. Weekends and holidays are always closed, so only weekdays are named. The words and the
 * way a time is said are each language's catalogue's.
 */
import type { CalendarDay, OpeningHours, WorkingCalendar } from '../src/domain/calendar';
import { LANGUAGE_INFO, LANGUAGES, type Language, type Medium } from '../src/domain';
import { fill } from '../src/flow/speaking';
import { CATALOGUES } from './catalogue';

const words = (language: Language) => CATALOGUES[language].calendar;

// Built once: an Intl formatter is costly to make and this is said in every callback question.
const DAY_NAMES = Object.fromEntries(
  LANGUAGES.map((l) => [l, new Intl.DateTimeFormat(LANGUAGE_INFO[l].locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })]),
) as Readonly<Record<Language, Intl.DateTimeFormat>>;

const noon = (day: CalendarDay) => new Date(Date.UTC(day.year, day.month - 1, day.day, 12));

/** "måndag 30 november" / "Monday 30 November". */
export function dayName(day: CalendarDay, language: Language): string {
  return DAY_NAMES[language].format(noon(day));
}

/** "måndag" / "Monday": how a day is named when a resident picks it by its weekday. */
export function weekdayName(day: CalendarDay, language: Language): string {
  return words(language).weekdays[noon(day).getUTCDay()]!;
}

/** "16 och 30" spoken, "16.30" written; "4.30 pm" where the clock has twelve hours. */
export function clockTime(minuteOfDay: number, language: Language, medium: Medium): string {
  const w = words(language);
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  if (w.twelveHour) {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    return `${h12}${minute ? `.${String(minute).padStart(2, '0')}` : ''} ${hour < 12 || hour === 24 ? 'am' : 'pm'}`;
  }
  if (!minute) return String(hour);
  const minutes = String(minute).padStart(2, '0');
  return medium === 'spoken' ? fill(w.spokenMinutes, { hour: String(hour), minute: String(minute) }) : `${hour}.${minutes}`;
}

function hoursWords(open: number, close: number, language: Language, medium: Medium): string {
  const w = words(language);
  return fill(medium === 'written' ? w.hoursWritten : w.hoursSpoken, { open: clockTime(open, language, medium), close: clockTime(close, language, medium) });
}

/** Consecutive weekdays as "vardagar", "fredag" or "måndag till torsdag". */
function daysWords(days: readonly number[], language: Language): string {
  const w = words(language);
  if (days.length === 5) return w.everyWeekday;
  if (days.length === 1) return w.weekdays[days[0]!]!;
  return `${w.weekdays[days[0]!]} ${w.to} ${w.weekdays[days[days.length - 1]!]}`;
}

/** "vardagar från klockan 8 till 16 och 30" / "måndag till torsdag …, och fredag …". */
export function openingHoursWords(hours: OpeningHours, language: Language, medium: Medium): string {
  const said = new Set<number>();
  const parts: string[] = [];
  for (const span of hours) {
    // The week's first span for a day decides its hours (as the calendar reads them); weekends are closed anyway.
    const days = span.days.filter((d) => d >= 1 && d <= 5 && !said.has(d)).sort((a, b) => a - b);
    if (days.length === 0) continue;
    days.forEach((d) => said.add(d));
    parts.push(`${daysWords(days, language)} ${hoursWords(span.openMinute, span.closeMinute, language, medium)}`);
  }
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, ${words(language).and} ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** "måndag 28 december klockan 8" / "i dag klockan 8": when customer service opens next. */
export function nextOpeningWords(calendar: WorkingCalendar, now: Date, language: Language, medium: Medium): string {
  const w = words(language);
  const opening = calendar.nextOpening(now);
  const day = calendar.dayOf(opening);
  const today = calendar.dayOf(now);
  const sameDay = day.year === today.year && day.month === today.month && day.day === today.day;
  const minute = calendar.hoursOn(day)!.openMinute;
  const when = sameDay ? w.today : fill(w.onDay, { day: dayName(day, language) });
  return fill(w.opensAt, { when, time: clockTime(minute, language, medium) });
}
