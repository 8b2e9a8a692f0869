/**
 * The working calendar in words a resident hears or reads: the day of a callback ("måndag 30 november"),
 * customer service's weekly hours ("vardagar från klockan 8 till 16 och 30", written "vardagar klockan 8–16.30")
 * and when it opens next. Weekends and holidays are always closed, so only weekdays are named.
 */
import type { CalendarDay, OpeningHours, WorkingCalendar } from '../src/domain/calendar';
import { LANGUAGE_INFO, LANGUAGES, type Language, type Medium } from '../src/domain';

const WEEKDAYS: Readonly<Record<Language, readonly string[]>> = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const WORDS = {
  sv: { weekdays: 'vardagar', to: 'till', and: 'och', today: 'i dag' },
  en: { weekdays: 'weekdays', to: 'to', and: 'and', today: 'today' },
} as const;

// Built once: an Intl formatter is costly to make and this is said in every callback question.
const DAY_NAMES = Object.fromEntries(
  LANGUAGES.map((l) => [l, new Intl.DateTimeFormat(LANGUAGE_INFO[l].locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })]),
) as Readonly<Record<Language, Intl.DateTimeFormat>>;

/** "måndag 30 november" / "Monday 30 November". */
export function dayName(day: CalendarDay, language: Language): string {
  return DAY_NAMES[language].format(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));
}

/** "måndag" / "Monday": how a day is named when a resident picks it by its weekday. */
export function weekdayName(day: CalendarDay, language: Language): string {
  return WEEKDAYS[language][new Date(Date.UTC(day.year, day.month - 1, day.day, 12)).getUTCDay()]!;
}

/** "16 och 30" spoken, "16.30" written; "4.30 pm" in English. */
export function clockTime(minuteOfDay: number, language: Language, medium: Medium): string {
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  if (language === 'en') {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    return `${h12}${minute ? `.${String(minute).padStart(2, '0')}` : ''} ${hour < 12 || hour === 24 ? 'am' : 'pm'}`;
  }
  if (!minute) return String(hour);
  return medium === 'spoken' ? `${hour} och ${minute}` : `${hour}.${String(minute).padStart(2, '0')}`;
}

function hoursWords(open: number, close: number, language: Language, medium: Medium): string {
  if (language === 'en') return `from ${clockTime(open, 'en', medium)} to ${clockTime(close, 'en', medium)}`;
  if (medium === 'written') return `klockan ${clockTime(open, 'sv', medium)}–${clockTime(close, 'sv', medium)}`;
  return `från klockan ${clockTime(open, 'sv', medium)} till ${clockTime(close, 'sv', medium)}`;
}

/** Consecutive weekdays as "vardagar", "fredag" or "måndag till torsdag". */
function daysWords(days: readonly number[], language: Language): string {
  const names = WEEKDAYS[language];
  if (days.length === 5) return WORDS[language].weekdays;
  if (days.length === 1) return names[days[0]!]!;
  return `${names[days[0]!]} ${WORDS[language].to} ${names[days[days.length - 1]!]}`;
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
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, ${WORDS[language].and} ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** "måndag 28 december klockan 8" / "i dag klockan 8": when customer service opens next. */
export function nextOpeningWords(calendar: WorkingCalendar, now: Date, language: Language, medium: Medium): string {
  const opening = calendar.nextOpening(now);
  const day = calendar.dayOf(opening);
  const today = calendar.dayOf(now);
  const sameDay = day.year === today.year && day.month === today.month && day.day === today.day;
  const minute = calendar.hoursOn(day)!.openMinute;
  const when = sameDay ? WORDS[language].today : `${language === 'en' ? 'on ' : ''}${dayName(day, language)}`;
  return language === 'en' ? `${when} at ${clockTime(minute, 'en', medium)}` : `${when} klockan ${clockTime(minute, 'sv', medium)}`;
}
