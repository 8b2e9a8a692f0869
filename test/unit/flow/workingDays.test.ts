import { callbackTime, dayName, nextWorkingDay } from '../../../src/flow/workingDays';
import { instantIn, isoDay } from '../../../src/flow/zonedTime';

describe('next working day for a callback (Europe/Stockholm)', () => {
  test.each([
    { why: 'a Tuesday → Wednesday', now: '2026-11-24T10:00:00Z', day: '2026-11-25' },
    { why: 'a Friday → Monday, over the weekend', now: '2026-11-27T10:00:00Z', day: '2026-11-30' },
    { why: 'a Saturday → Monday', now: '2026-11-28T10:00:00Z', day: '2026-11-30' },
    { why: 'julafton (Thursday) → Monday 28 December: juldagen, annandag jul and the weekend skipped', now: '2026-12-24T09:00:00Z', day: '2026-12-28' },
    { why: 'skärtorsdagen → Tuesday after Easter: långfredagen, the weekend and annandag påsk skipped', now: '2026-04-02T09:00:00Z', day: '2026-04-07' },
    { why: 'the day before Kristi himmelsfärd → Friday', now: '2026-05-13T09:00:00Z', day: '2026-05-15' },
    { why: 'midsommarafton is not a public holiday: Thursday → Friday', now: '2026-06-18T09:00:00Z', day: '2026-06-19' },
    { why: 'late Sunday evening in UTC is already Monday in Stockholm → Tuesday', now: '2026-11-29T23:30:00Z', day: '2026-12-01' },
    { why: 'nyårsafton → Monday 4 January 2027, past nyårsdagen and the weekend', now: '2026-12-31T09:00:00Z', day: '2027-01-04' },
  ])('$why', ({ now, day }) => {
    expect(isoDay(nextWorkingDay(new Date(now)))).toBe(day);
  });
});

describe('callback windows as real instants', () => {
  test.each([
    { why: 'winter time (UTC+1)', now: '2026-11-27T10:00:00Z', window: 'morning', start: '2026-11-30T07:00:00.000Z', end: '2026-11-30T11:00:00.000Z' },
    { why: 'summer time (UTC+2)', now: '2026-06-02T10:00:00Z', window: 'afternoon', start: '2026-06-03T11:00:00.000Z', end: '2026-06-03T14:30:00.000Z' },
    { why: 'across the spring change: Friday 27 March → Monday 30 March in summer time', now: '2026-03-27T10:00:00Z', window: 'morning', start: '2026-03-30T06:00:00.000Z', end: '2026-03-30T10:00:00.000Z' },
    { why: 'across the autumn change: Friday 23 October → Monday 26 October in winter time', now: '2026-10-23T10:00:00Z', window: 'afternoon', start: '2026-10-26T12:00:00.000Z', end: '2026-10-26T15:30:00.000Z' },
  ] as const)('$why', ({ now, window, start, end }) => {
    const time = callbackTime(new Date(now), window);
    expect(time.windowStart.toISOString()).toBe(start);
    expect(time.windowEnd.toISOString()).toBe(end);
  });
});

describe('the day said to the resident', () => {
  test.each([
    { language: 'sv', said: 'måndag 30 november' },
    { language: 'en', said: 'Monday 30 November' },
  ] as const)('$language: $said', ({ language, said }) => {
    expect(dayName({ year: 2026, month: 11, day: 30 }, language)).toBe(said);
  });
});

describe('wall-clock times on the days the clocks change', () => {
  test.each([
    { why: 'spring, before the change (CET)', day: { year: 2026, month: 3, day: 29 }, hour: 1, minute: 30, instant: '2026-03-29T00:30:00.000Z' },
    { why: 'spring, after the change (CEST)', day: { year: 2026, month: 3, day: 29 }, hour: 3, minute: 30, instant: '2026-03-29T01:30:00.000Z' },
    { why: 'autumn, before the change (CEST)', day: { year: 2026, month: 10, day: 25 }, hour: 1, minute: 30, instant: '2026-10-24T23:30:00.000Z' },
    { why: 'autumn, after the change (CET)', day: { year: 2026, month: 10, day: 25 }, hour: 3, minute: 30, instant: '2026-10-25T02:30:00.000Z' },
  ])('$why', ({ day, hour, minute, instant }) => {
    expect(instantIn('Europe/Stockholm', day, hour, minute).toISOString()).toBe(instant);
  });
});
