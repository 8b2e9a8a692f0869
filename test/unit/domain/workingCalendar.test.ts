/**
 * The working calendar at real dates: jul, nyår, påsk 2027, midsommar 2027, a configured klämdag and short days,
 * and the days the clocks change (29 March and 25 October 2026, both Sundays).
 */
import {
  createWorkingCalendar,
  instantIn,
  isoDay,
  openingHoursChecker,
  parseOpeningHours,
  swedishHolidays,
} from '../../../src/domain/calendar';
import { calendarWithKlamdagAndShortDays } from '../../support/calendar';

/** The default hours, with a klämdag (7 May 2027) and two days closing at 13:00 (5 January, 25 March 2027). */
const calendar = calendarWithKlamdagAndShortDays();
const plain = createWorkingCalendar({ openingHours: parseOpeningHours('mon-fri 08:00-16:30') });
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('working days', () => {
  test.each([
    ['2026-12-23', true, 'a Wednesday before jul'],
    ['2026-12-24', false, 'julafton, "bank" in the holiday library'],
    ['2026-12-25', false, 'juldagen'],
    ['2026-12-26', false, 'annandag jul, a Saturday'],
    ['2026-12-27', false, 'a Sunday'],
    ['2026-12-28', true, 'the Monday after jul'],
    ['2026-12-30', true, 'the Wednesday before nyår'],
    ['2026-12-31', false, 'nyårsafton, "bank" in the holiday library'],
    ['2027-01-01', false, 'nyårsdagen'],
    ['2027-01-04', true, 'the first Monday of 2027'],
    ['2027-01-05', true, 'trettondagsafton: a working day (with short hours here)'],
    ['2027-01-06', false, 'trettondedag jul'],
    ['2027-03-25', true, 'skärtorsdagen: a working day (with short hours here)'],
    ['2027-03-26', false, 'långfredagen'],
    ['2027-03-27', false, 'påskafton, a Saturday'],
    ['2027-03-28', false, 'påskdagen'],
    ['2027-03-29', false, 'annandag påsk'],
    ['2027-03-30', true, 'the Tuesday after påsk'],
    ['2027-05-06', false, 'Kristi himmelsfärdsdag'],
    ['2027-05-07', false, 'the klämdag in CLOSED_DAYS'],
    ['2027-06-24', true, 'the Thursday before midsommar'],
    ['2027-06-25', false, 'midsommarafton, "bank" in the holiday library'],
    ['2027-06-26', false, 'midsommardagen'],
    ['2027-06-28', true, 'the Monday after midsommar'],
  ])('%s is a working day: %s (%s)', (iso, working) => {
    expect(calendar.isWorkingDay(day(iso))).toBe(working);
  });

  test('the klämdag is closed only when configured', () => {
    expect(plain.isWorkingDay(day('2027-05-07'))).toBe(true);
  });

  test('the holiday library still names the three eves among the closed holidays', () => {
    const closed = swedishHolidays(2027);
    expect([closed.get('2027-12-24'), closed.get('2027-06-25'), closed.get('2027-12-31')]).toEqual(['julafton', 'midsommarafton', 'nyårsafton']);
    expect(closed.has('2027-03-25')).toBe(false);
  });

  test.each([
    ['2026-12-23', '2026-12-28'],
    ['2026-12-30', '2027-01-04'],
    ['2027-03-25', '2027-03-30'],
    ['2027-05-05', '2027-05-10'],
    ['2027-06-24', '2027-06-28'],
  ])('after %s the next working day is %s', (from, next) => {
    expect(isoDay(calendar.nextWorkingDay(day(from)))).toBe(next);
  });
});

describe('customer service open at an instant (Swedish time)', () => {
  test.each([
    ['2026-12-23T06:59:00Z', false, 'Wednesday 07:59 before jul'],
    ['2026-12-23T07:00:00Z', true, 'Wednesday 08:00'],
    ['2026-12-23T15:29:00Z', true, 'Wednesday 16:29'],
    ['2026-12-23T15:30:00Z', false, 'Wednesday 16:30, closed'],
    ['2026-12-24T09:00:00Z', false, 'julafton 10:00'],
    ['2026-12-28T07:00:00Z', true, 'Monday 28 December 08:00'],
    ['2026-12-31T09:00:00Z', false, 'nyårsafton 10:00'],
    ['2027-01-05T11:59:00Z', true, 'trettondagsafton 12:59'],
    ['2027-01-05T12:00:00Z', false, 'trettondagsafton 13:00, a short day'],
    ['2027-03-25T11:59:00Z', true, 'skärtorsdagen 12:59'],
    ['2027-03-25T12:00:00Z', false, 'skärtorsdagen 13:00, a short day'],
    ['2027-03-29T08:00:00Z', false, 'annandag påsk 10:00'],
    ['2027-03-30T05:59:00Z', false, 'Tuesday after påsk 07:59, summer time'],
    ['2027-03-30T06:00:00Z', true, 'Tuesday after påsk 08:00, summer time'],
    ['2027-05-07T08:00:00Z', false, 'the klämdag 10:00'],
    ['2027-06-25T08:00:00Z', false, 'midsommarafton 10:00'],
    ['2027-06-24T14:29:00Z', true, 'Thursday before midsommar 16:29, summer time'],
    ['2026-03-29T07:30:00Z', false, 'Sunday 29 March 2026, the clocks go forward'],
    ['2026-10-25T08:30:00Z', false, 'Sunday 25 October 2026, the clocks go back'],
    ['2026-03-30T06:00:00Z', true, 'Monday 30 March 2026 08:00, summer time'],
    ['2026-03-30T05:59:00Z', false, 'Monday 30 March 2026 07:59, summer time'],
    ['2026-10-26T07:00:00Z', true, 'Monday 26 October 2026 08:00, winter time'],
    ['2026-10-26T06:59:00Z', false, 'Monday 26 October 2026 07:59, winter time'],
  ])('at %s open is %s (%s)', (at, open) => {
    expect(calendar.isOpen(new Date(at))).toBe(open);
  });

  test.each([
    ['2026-11-29T19:00:00Z', '2026-11-30T07:00:00.000Z', 'Sunday evening → Monday 08:00'],
    ['2026-11-30T06:00:00Z', '2026-11-30T07:00:00.000Z', 'Monday 07:00 → the same morning'],
    ['2026-12-24T13:30:00Z', '2026-12-28T07:00:00.000Z', 'julafton → Monday 28 December'],
    ['2026-12-30T16:00:00Z', '2027-01-04T07:00:00.000Z', 'after closing before nyår → Monday 4 January'],
    ['2027-03-25T12:30:00Z', '2027-03-30T06:00:00.000Z', 'skärtorsdagen after 13:00 → Tuesday after påsk, summer time'],
    ['2027-06-24T15:00:00Z', '2027-06-28T06:00:00.000Z', 'before midsommar → Monday 28 June'],
    ['2026-03-29T10:00:00Z', '2026-03-30T06:00:00.000Z', 'the spring change → Monday in summer time'],
    ['2026-10-25T10:00:00Z', '2026-10-26T07:00:00.000Z', 'the autumn change → Monday in winter time'],
  ])('from %s it opens next at %s (%s)', (at, next) => {
    expect(calendar.nextOpening(new Date(at)).toISOString()).toBe(next);
  });

  test('worked out once a minute, it answers as the full check does, second by second, over opening, closing and a short day', () => {
    const checker = openingHoursChecker(calendar);
    const seen = new Set<boolean>();
    for (const [start, seconds] of [['2026-11-25T06:58:30Z', 150], ['2026-11-25T15:28:30Z', 150], ['2026-12-24T07:00:00Z', 60], ['2027-03-25T11:58:30Z', 150]] as const) {
      for (let s = 0; s < seconds; s++) {
        const at = new Date(Date.parse(start) + s * 1000);
        expect([at.toISOString(), checker(at)]).toEqual([at.toISOString(), calendar.isOpen(at)]);
        seen.add(checker(at));
      }
    }
    expect(seen).toEqual(new Set([true, false]));
  });
});

describe('wall-clock times on the days the clocks change', () => {
  test.each([
    ['spring, before the change (CET)', '2026-03-29', 1, 30, '2026-03-29T00:30:00.000Z'],
    ['spring, after the change (CEST)', '2026-03-29', 3, 30, '2026-03-29T01:30:00.000Z'],
    ['autumn, before the change (CEST)', '2026-10-25', 1, 30, '2026-10-24T23:30:00.000Z'],
    ['autumn, after the change (CET)', '2026-10-25', 3, 30, '2026-10-25T02:30:00.000Z'],
  ])('%s', (_why, iso, hour, minute, instant) => {
    expect(instantIn('Europe/Stockholm', day(iso), hour, minute).toISOString()).toBe(instant);
  });
});
