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

export async function analysisReport(db: Queryable, period: ReportPeriod, now: Date): Promise<AnalysisReport> {
  const current = await periodReport(db, period, now);
  const previous = await periodReport(db, yearEarlier(period), now);
  const units = rollUpUnits(await listUnits(db), current.figures.by.unit, previous.figures.by.unit);
  return { current, previous, units, madeAt: now };
}
