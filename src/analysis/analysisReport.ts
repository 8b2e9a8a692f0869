import type { Queryable } from '../db/database';
import { listUnits } from '../organisation/units';
import { periodFigures, type PeriodFigures } from './periodFigures';
import { periodInstants, yearEarlier, type ReportPeriod } from './reportPeriod';
import { promiseFigures, type PromiseFigures } from './statistics';
import { rollUpUnits, type UnitLine } from './unitRollup';

/** One period's figures with how the promises of news and answer were kept. */
export interface PeriodReport {
  period: ReportPeriod;
  figures: PeriodFigures;
  news: PromiseFigures;
  answer: PromiseFigures;
}

/** The analyst's report: the period asked for, the same period a year earlier beside it, units rolled up. */
export interface AnalysisReport {
  current: PeriodReport;
  previous: PeriodReport;
  units: UnitLine[];
  /** When it was made: open and overdue are counted as of then. */
  madeAt: Date;
}

async function periodReport(db: Queryable, period: ReportPeriod, now: Date): Promise<PeriodReport> {
  const figures = await periodFigures(db, periodInstants(period), now);
  return {
    period,
    figures,
    news: promiseFigures(figures.newsDays, figures.undone.news),
    answer: promiseFigures(figures.answerDays, figures.undone.answer),
  };
}

/** The two periods are read side by side (two of the pool's connections; PGlite takes them in turn). */
export async function analysisReport(db: Queryable, period: ReportPeriod, now: Date): Promise<AnalysisReport> {
  const [current, previous, units] = await Promise.all([periodReport(db, period, now), periodReport(db, yearEarlier(period), now), listUnits(db)]);
  return { current, previous, units: rollUpUnits(units, current.figures.by.unit, previous.figures.by.unit), madeAt: now };
}
