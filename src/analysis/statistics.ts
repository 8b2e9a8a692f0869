/**
 * The report's statistics on whole days: how long news and the answer took, from a histogram of days (how many
 * cases took each number of days, counted up to the next whole day). The database groups by day, so a half-year of
 * a big register arrives as a few hundred rows, not a row per case.
 */
export interface DayCount {
  days: number;
  cases: number;
}

/**
 * The q-quantile (0 < q ≤ 1) by the nearest-rank method: the fewest days within which at least q of the cases
 * were done. Null when there is no case.
 */
export function percentileDays(histogram: readonly DayCount[], q: number): number | null {
  if (!(q > 0 && q <= 1)) throw new RangeError(`a quantile is above 0 and at most 1, not ${q}`);
  const sorted = [...histogram].filter((h) => h.cases > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, h) => sum + h.cases, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (const h of sorted) {
    seen += h.cases;
    if (seen >= rank) return h.days;
  }
  return sorted.at(-1)!.days;
}

export const medianDays = (histogram: readonly DayCount[]) => percentileDays(histogram, 0.5);
export const p90Days = (histogram: readonly DayCount[]) => percentileDays(histogram, 0.9);

/**
 * The share of cases done within `days`, of those that were done or whose time ran out undone (`lateUndone`):
 * a case still within its time is not yet counted either way. Null when no case counts.
 */
export function shareWithin(histogram: readonly DayCount[], days: number, lateUndone: number): number | null {
  const done = histogram.reduce((sum, h) => sum + h.cases, 0);
  const within = histogram.reduce((sum, h) => sum + (h.days <= days ? h.cases : 0), 0);
  const counted = done + lateUndone;
  return counted === 0 ? null : within / counted;
}

/** How a promise was kept over a period: the figures a row of the report's table shows. */
export interface PromiseFigures {
  /** Cases the promise was kept or broken for (done, or undone past the deadline). */
  done: number;
  medianDays: number | null;
  p90Days: number | null;
  within14Days: number | null;
  withinFourWeeks: number | null;
}

export function promiseFigures(histogram: readonly DayCount[], undone: { after14Days: number; afterFourWeeks: number }): PromiseFigures {
  return {
    done: histogram.reduce((sum, h) => sum + h.cases, 0),
    medianDays: medianDays(histogram),
    p90Days: p90Days(histogram),
    within14Days: shareWithin(histogram, 14, undone.after14Days),
    withinFourWeeks: shareWithin(histogram, 28, undone.afterFourWeeks),
  };
}
