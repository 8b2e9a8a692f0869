import {
  caseDeadlines,
  createWorkingCalendar,
  parseClosedDays,
  parseOpeningHours,
  parseShortDays,
  type CaseDeadlines,
  type WorkingCalendar,
} from '../../src/domain/calendar';

/** The default configuration's calendar: mon-fri 08:00-16:30, Swedish holidays, no closed or short days of its own. */
export function defaultCalendar(): WorkingCalendar {
  return createWorkingCalendar({ openingHours: parseOpeningHours('mon-fri 08:00-16:30') });
}

/** The default hours with a klämdag (the Friday after Kristi himmelsfärd 2027) and two days closing at 13:00. */
export function calendarWithKlamdagAndShortDays(): WorkingCalendar {
  return createWorkingCalendar({
    openingHours: parseOpeningHours('mon-fri 08:00-16:30'),
    closedDays: parseClosedDays('2027-05-07'),
    shortDays: parseShortDays('2027-01-05 08:00-13:00; 2027-03-25 08:00-13:00'),
  });
}

/** Deadlines counted from the real now, as a registration at this moment gets them. */
export function deadlinesNow(): CaseDeadlines {
  return caseDeadlines(defaultCalendar(), new Date());
}
