import { lastHalfYear, PeriodError, periodInstants, periodOf, yearEarlier } from '../../../src/analysis/reportPeriod';
import { isoDay } from '../../../src/domain/calendar';

const text = (p: { from: { year: number; month: number; day: number }; to: { year: number; month: number; day: number } }) => `${isoDay(p.from)} ${isoDay(p.to)}`;

it.each([
  { now: '2026-11-30T12:00:00Z', period: '2026-01-01 2026-06-30' },
  { now: '2026-07-01T08:00:00Z', period: '2026-01-01 2026-06-30' },
  { now: '2026-06-30T22:30:00Z', period: '2026-01-01 2026-06-30' }, // already 1 July in Sweden
  { now: '2026-06-30T12:00:00Z', period: '2025-07-01 2025-12-31' },
  { now: '2026-01-01T00:30:00Z', period: '2025-07-01 2025-12-31' },
])('the default at $now is the last whole half-year: $period', ({ now, period }) => {
  expect(text(lastHalfYear(new Date(now)))).toBe(period);
});

it.each([
  { period: '2026-01-01 2026-06-30', before: '2025-01-01 2025-06-30' },
  { period: '2024-02-29 2024-03-31', before: '2023-02-28 2023-03-31' },
])('a year earlier than $period is $before', ({ period, before }) => {
  const [from, to] = period.split(' ');
  expect(text(yearEarlier(periodOf(from!, to!)))).toBe(before);
});

it('covers whole Swedish days', () => {
  expect(periodInstants(periodOf('2026-01-01', '2026-06-30'))).toEqual({ start: new Date('2025-12-31T23:00:00Z'), end: new Date('2026-06-30T22:00:00Z') });
});

it.each([
  { from: '2026-13-01', to: '2026-12-31', message: 'Skriv datumen som 2026-01-01.' },
  { from: '', to: '2026-12-31', message: 'Skriv datumen som 2026-01-01.' },
  { from: '2026-06-30', to: '2026-01-01', message: 'Periodens första dag måste vara före eller samma som den sista.' },
  { from: '2010-01-01', to: '2026-01-01', message: 'En rapport omfattar högst fem år.' },
])('refuses $from–$to in words a person can act on', ({ from, to, message }) => {
  expect(() => periodOf(from, to)).toThrow(new PeriodError(message));
});
