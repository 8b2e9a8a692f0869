/**
 * The one working calendar: which days customer service and the municipality's offices work, and when customer
 * service is open. A working day is a weekday that is not a Swedish holiday offices close for (julafton,
 * midsommarafton and nyårsafton included) and not one of the municipality's own closed days (klämdagar, a local
 * holiday). Customer service is open on a working day within its weekly hours, or a short day's own hours.
 */
import { addDays, isoDay, weekday, type CalendarDay } from './calendarDay';
import { weeklyHoursAllowCallbacks } from './callbackHours';
import { CalendarSettingError, type DayHours, type OpeningHours, type ShortDay } from './openingHours';
import { swedishHolidayOn } from './swedishHolidays';
import { dayIn, instantIn, minuteOfDayIn, SWEDISH_TIME_ZONE } from './zonedTime';

export interface CalendarSettings {
  /** Weekly hours (OPENING_HOURS). */
  openingHours: OpeningHours;
  /** The municipality's own closed days (CLOSED_DAYS). */
  closedDays?: readonly CalendarDay[];
  /** Working days with their own hours (SHORT_DAYS). */
  shortDays?: readonly ShortDay[];
  timeZone?: string;
}

export interface WorkingCalendar {
  readonly timeZone: string;
  readonly openingHours: OpeningHours;
  /** The calendar day it is at that instant, in the calendar's time zone. */
  dayOf(at: Date): CalendarDay;
  isWorkingDay(day: CalendarDay): boolean;
  /** The first working day after this one. */
  nextWorkingDay(after: CalendarDay): CalendarDay;
  /** Customer service's hours that day; null when it is closed all day. */
  hoursOn(day: CalendarDay): DayHours | null;
  isOpen(at: Date): boolean;
  /** When customer service next opens after this instant (its next opening, if it is open now). */
  nextOpening(at: Date): Date;
  /** The instant the clocks show this time on this day. */
  at(day: CalendarDay, minuteOfDay: number): Date;
}

/** Far enough to pass any run of holidays and closed days; a calendar that never opens is refused at start. */
const SEARCH_DAYS = 366;

export function createWorkingCalendar(settings: CalendarSettings): WorkingCalendar {
  const timeZone = settings.timeZone ?? SWEDISH_TIME_ZONE;
  const closed = new Set((settings.closedDays ?? []).map(isoDay));
  const short = new Map((settings.shortDays ?? []).map((d) => [d.iso, d.hours]));
  const weekly = settings.openingHours;

  const isWorkingDay = (day: CalendarDay) => {
    const wd = weekday(day);
    const iso = isoDay(day);
    return wd !== 0 && wd !== 6 && !closed.has(iso) && swedishHolidayOn(day, iso) === null;
  };
  const hoursOn = (day: CalendarDay): DayHours | null => {
    if (!isWorkingDay(day)) return null;
    const own = short.get(isoDay(day));
    if (own) return own;
    const span = weekly.find((s) => s.days.includes(weekday(day)));
    return span ? { openMinute: span.openMinute, closeMinute: span.closeMinute } : null;
  };
  const at = (day: CalendarDay, minuteOfDay: number) => instantIn(timeZone, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60);
  const dayOf = (instant: Date) => dayIn(timeZone, instant);

  const calendar: WorkingCalendar = {
    timeZone,
    openingHours: weekly,
    dayOf,
    isWorkingDay,
    hoursOn,
    at,
    nextWorkingDay(after) {
      let day = addDays(after, 1);
      for (let i = 0; i < SEARCH_DAYS && !isWorkingDay(day); i++) day = addDays(day, 1);
      return day;
    },
    isOpen(instant) {
      const hours = hoursOn(dayOf(instant));
      const minute = minuteOfDayIn(timeZone, instant);
      return hours !== null && minute >= hours.openMinute && minute < hours.closeMinute;
    },
    nextOpening(instant) {
      let day = dayOf(instant);
      for (let i = 0; i < SEARCH_DAYS; i++, day = addDays(day, 1)) {
        const hours = hoursOn(day);
        if (hours && at(day, hours.openMinute) > instant) return at(day, hours.openMinute);
      }
      throw new CalendarSettingError('never opens: no working day within a year has opening hours', 'OPENING_HOURS');
    },
  };
  checkSettings(calendar, settings);
  return calendar;
}

/** Refuses short days that are not working days, and weekly hours that leave no weekday for a callback. */
function checkSettings(calendar: WorkingCalendar, settings: CalendarSettings): void {
  for (const { day, iso } of settings.shortDays ?? []) {
    if (!calendar.isWorkingDay(day)) {
      throw new CalendarSettingError(`names ${iso}, which is not a working day (a weekend, a holiday or one of CLOSED_DAYS)`, 'SHORT_DAYS');
    }
  }
  if (!weeklyHoursAllowCallbacks(settings.openingHours)) {
    throw new CalendarSettingError(
      'must open on at least one weekday (mon-fri) in both callback windows, 08-12 and 13-16:30 (weekends and holidays are closed anyway)',
      'OPENING_HOURS',
    );
  }
}

/**
 * calendar.isOpen for a clock that moves forward, worked out once a minute rather than on every turn:
 * opening hours begin and end on a minute's edge, so the answer cannot change within one.
 */
export function openingHoursChecker(calendar: WorkingCalendar): (at: Date) => boolean {
  let minute = Number.NaN;
  let open = false;
  return (at) => {
    const m = Math.floor(at.getTime() / 60_000);
    if (m !== minute) {
      minute = m;
      open = calendar.isOpen(at);
    }
    return open;
  };
}
