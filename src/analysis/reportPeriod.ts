import { addDays, dayIn, instantIn, isoDay, parseIsoDay, SWEDISH_TIME_ZONE, type CalendarDay } from '../domain/calendar';

/** A report's period: whole Swedish calendar days, both ends included. */
export interface ReportPeriod {
  from: CalendarDay;
  to: CalendarDay;
}

/** The longest period one report covers: enough for several years side by side, not an unbounded scan. */
export const LONGEST_PERIOD_DAYS = 5 * 366;

export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/**
 * The last whole half-year before today (1 January–30 June or 1 July–31 December): the compilation the nämnd gets
 * twice a year (SOSFS 2011:9).
 */
export function lastHalfYear(now: Date): ReportPeriod {
  const today = dayIn(SWEDISH_TIME_ZONE, now);
  return today.month > 6
    ? { from: { year: today.year, month: 1, day: 1 }, to: { year: today.year, month: 6, day: 30 } }
    : { from: { year: today.year - 1, month: 7, day: 1 }, to: { year: today.year - 1, month: 12, day: 31 } };
}

/** The same days a year earlier (29 February becomes the 28th). */
export function yearEarlier(period: ReportPeriod): ReportPeriod {
  const back = (d: CalendarDay): CalendarDay => (d.month === 2 && d.day === 29 ? { year: d.year - 1, month: 2, day: 28 } : { ...d, year: d.year - 1 });
  return { from: back(period.from), to: back(period.to) };
}

/** The period as instants: from the start of its first day up to (not including) the start of the day after its last. */
export function periodInstants(period: ReportPeriod): { start: Date; end: Date } {
  return { start: instantIn(SWEDISH_TIME_ZONE, period.from, 0, 0), end: instantIn(SWEDISH_TIME_ZONE, addDays(period.to, 1), 0, 0) };
}

export function periodDays(period: ReportPeriod): number {
  return Math.round((Date.UTC(period.to.year, period.to.month - 1, period.to.day) - Date.UTC(period.from.year, period.from.month - 1, period.from.day)) / 86_400_000) + 1;
}

/** A period from a form's two dates ("2026-01-01", "2026-06-30"); a PeriodError in Swedish for what cannot be one. */
export function periodOf(from: string, to: string): ReportPeriod {
  const first = parseIsoDay(from);
  const last = parseIsoDay(to);
  if (!first || !last) throw new PeriodError('Skriv datumen som 2026-01-01.');
  const period = { from: first, to: last };
  const days = periodDays(period);
  if (days < 1) throw new PeriodError('Periodens första dag måste vara före eller samma som den sista.');
  if (days > LONGEST_PERIOD_DAYS) throw new PeriodError('En rapport omfattar högst fem år.');
  return period;
}

/** "2026-01-01–2026-06-30". */
export function periodText(period: ReportPeriod): string {
  return `${isoDay(period.from)}–${isoDay(period.to)}`;
}
