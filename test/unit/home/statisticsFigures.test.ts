import { lastHalfYears } from '../../../src/home/halfYears';
import { publishedCount } from '../../../src/home/suppression';

describe('small counts in the public statistics', () => {
  it.each([
    [0, '0'],
    [1, '< 5'],
    [2, '< 5'],
    [4, '< 5'],
    [5, '5'],
    [6, '6'],
    [1234, '1234'],
  ])('%p cases are published as %p', (count, shown) => {
    const published = publishedCount(count);
    expect(published.kind === 'fewerThan' ? `< ${published.value}` : String(published.value)).toBe(shown);
  });
});

describe('the half-years shown', () => {
  it.each([
    ['late November', '2026-11-30T12:00:00Z', ['2026-2', '2026-1', '2025-2', '2025-1']],
    // 00:30 on 1 July in Stockholm is still 30 June in UTC: Swedish time decides.
    ['the first minutes of July in Sweden', '2026-06-30T22:30:00Z', ['2026-2', '2026-1', '2025-2', '2025-1']],
    ['New Year in Sweden, still 31 December in UTC', '2026-12-31T23:30:00Z', ['2027-1', '2026-2', '2026-1', '2025-2']],
  ])('%s', (_what, now, expected) => {
    expect(lastHalfYears(new Date(now), 4).map((h) => `${h.year}-${h.half}`)).toEqual(expected);
  });

  it('run from midnight to midnight in Swedish time, winter and summer time', () => {
    const [second, first] = lastHalfYears(new Date('2026-11-30T12:00:00Z'), 2);
    expect(first!.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(first!.to.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(second!.from.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(second!.to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
