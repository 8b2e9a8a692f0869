import {
  CalendarSettingError,
  createWorkingCalendar,
  parseClosedDays,
  parseOpeningHours,
  parseShortDays,
  type WorkingCalendar,
} from '../domain/calendar';

type CalendarVariable = 'OPENING_HOURS' | 'CLOSED_DAYS' | 'SHORT_DAYS';

/** The working calendar from OPENING_HOURS, CLOSED_DAYS and SHORT_DAYS; each bad one is added to the problems. */
export function calendarOf(e: Record<CalendarVariable, string>, problems: string[]): WorkingCalendar | null {
  const read = <T>(variable: CalendarVariable, parse: (text: string) => T): T | null => {
    try {
      return parse(e[variable]);
    } catch (err) {
      problems.push(calendarProblem(variable, err));
      return null;
    }
  };
  const openingHours = read('OPENING_HOURS', parseOpeningHours);
  const closedDays = read('CLOSED_DAYS', parseClosedDays);
  const shortDays = read('SHORT_DAYS', parseShortDays);
  if (openingHours === null || closedDays === null || shortDays === null) return null;
  try {
    return createWorkingCalendar({ openingHours, closedDays, shortDays });
  } catch (err) {
    problems.push(calendarProblem(err instanceof CalendarSettingError && err.setting ? err.setting : 'OPENING_HOURS', err));
    return null;
  }

  function calendarProblem(variable: CalendarVariable, err: unknown): string {
    if (!(err instanceof CalendarSettingError)) throw err;
    return `${variable} ${err.message} (got "${e[variable]}")`;
  }
}
