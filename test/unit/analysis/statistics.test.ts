import { medianDays, p90Days, percentileDays, promiseFigures, shareWithin, type DayCount } from '../../../src/analysis/statistics';

const days = (...list: number[]): DayCount[] => {
  const counts = new Map<number, number>();
  for (const d of list) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].map(([d, cases]) => ({ days: d, cases }));
};

describe('median and 90th percentile on whole days (nearest rank)', () => {
  it.each([
    { name: 'no case', histogram: [], median: null, p90: null },
    { name: 'one case', histogram: days(7), median: 7, p90: 7 },
    { name: 'odd count', histogram: days(1, 3, 9), median: 3, p90: 9 },
    { name: 'even count takes the lower middle', histogram: days(2, 4, 6, 8), median: 4, p90: 8 },
    { name: 'ten cases: the 9th for p90', histogram: days(1, 2, 3, 4, 5, 6, 7, 8, 9, 30), median: 5, p90: 9 },
    { name: 'grouped and unordered', histogram: [{ days: 20, cases: 1 }, { days: 0, cases: 5 }, { days: 10, cases: 4 }], median: 0, p90: 10 },
    { name: 'empty buckets are ignored', histogram: [{ days: 3, cases: 0 }, { days: 5, cases: 2 }], median: 5, p90: 5 },
  ])('$name', ({ histogram, median, p90 }) => {
    expect(medianDays(histogram)).toBe(median);
    expect(p90Days(histogram)).toBe(p90);
  });

  it('refuses a quantile outside (0, 1]', () => {
    expect(() => percentileDays(days(1), 0)).toThrow(RangeError);
    expect(() => percentileDays(days(1), 1.5)).toThrow(RangeError);
    expect(percentileDays(days(1, 2, 3), 1)).toBe(3);
  });
});

describe('share within a number of days, late undone cases counted as not within', () => {
  it.each([
    { name: 'nothing to count', histogram: [], within: 14, late: 0, share: null },
    { name: 'all on time', histogram: days(1, 14), within: 14, late: 0, share: 1 },
    { name: 'day 15 is late', histogram: days(14, 15), within: 14, late: 0, share: 0.5 },
    { name: 'undone past the deadline count against', histogram: days(3, 3, 3), within: 14, late: 1, share: 0.75 },
    { name: 'only undone ones', histogram: [], within: 28, late: 4, share: 0 },
  ])('$name', ({ histogram, within, late, share }) => {
    expect(shareWithin(histogram, within, late)).toBe(share);
  });
});

it('sums up how a promise was kept', () => {
  expect(promiseFigures(days(2, 10, 20, 40), { after14Days: 1, afterFourWeeks: 0 })).toEqual({
    done: 4,
    medianDays: 10,
    p90Days: 40,
    within14Days: 2 / 5,
    withinFourWeeks: 3 / 4,
  });
});
