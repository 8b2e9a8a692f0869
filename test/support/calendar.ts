import { caseDeadlines, createWorkingCalendar, parseOpeningHours, type CaseDeadlines, type WorkingCalendar } from '../../src/domain/calendar';

/** The default configuration's calendar: mon-fri 08:00-16:30, Swedish holidays, no closed or short days of its own. */
export function defaultCalendar(): WorkingCalendar {
  return createWorkingCalendar({ openingHours: parseOpeningHours('mon-fri 08:00-16:30') });
}

/** Deadlines counted from the real now, as a registration at this moment gets them. */
export function deadlinesNow(): CaseDeadlines {
  return caseDeadlines(defaultCalendar(), new Date());
}
