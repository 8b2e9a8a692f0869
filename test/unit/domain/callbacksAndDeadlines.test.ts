/** Callback windows and the deadlines promised to residents, from the working calendar at real dates. */
import {
  callbackTime,
  caseDeadlines,
  createWorkingCalendar,
  isoDay,
  parseOpeningHours,
  periodWords,
  promisedWithin,
  type CallbackWindow,
} from '../../../src/domain/calendar';
import { calendarWithKlamdagAndShortDays } from '../../support/calendar';

/** The default hours, with a klämdag (7 May 2027) and two days closing at 13:00 (5 January, 25 March 2027). */
const calendar = calendarWithKlamdagAndShortDays();
const shortFridays = createWorkingCalendar({ openingHours: parseOpeningHours('mon-thu 08:00-16:30; fri 08:00-15:00') });

describe('the callback day and its windows as real instants', () => {
  test.each<[string, CallbackWindow, string, string, string]>([
    ['2026-11-27T10:00:00Z', 'morning', '2026-11-30T07:00:00.000Z', '2026-11-30T11:00:00.000Z', 'a Friday → Monday, winter time'],
    ['2026-11-29T23:30:00Z', 'morning', '2026-12-01T07:00:00.000Z', '2026-12-01T11:00:00.000Z', 'late Sunday in UTC is Monday in Stockholm → Tuesday'],
    ['2026-12-23T15:00:00Z', 'morning', '2026-12-28T07:00:00.000Z', '2026-12-28T11:00:00.000Z', 'the day before julafton → Monday 28 December'],
    ['2026-12-24T09:00:00Z', 'afternoon', '2026-12-28T12:00:00.000Z', '2026-12-28T15:30:00.000Z', 'julafton → Monday 28 December'],
    ['2026-12-30T10:00:00Z', 'morning', '2027-01-04T07:00:00.000Z', '2027-01-04T11:00:00.000Z', 'before nyårsafton → Monday 4 January'],
    ['2026-12-31T10:00:00Z', 'morning', '2027-01-04T07:00:00.000Z', '2027-01-04T11:00:00.000Z', 'nyårsafton → Monday 4 January'],
    ['2027-01-04T10:00:00Z', 'afternoon', '2027-01-07T12:00:00.000Z', '2027-01-07T15:30:00.000Z', 'trettondagsafton closes at 13: no afternoon, skipped; trettondedag jul closed'],
    ['2027-03-24T10:00:00Z', 'morning', '2027-03-30T06:00:00.000Z', '2027-03-30T10:00:00.000Z', 'skärtorsdagen closes at 13, then påsk → Tuesday in summer time'],
    ['2027-05-05T10:00:00Z', 'morning', '2027-05-10T06:00:00.000Z', '2027-05-10T10:00:00.000Z', 'Kristi himmelsfärd and the klämdag → Monday'],
    ['2027-06-24T10:00:00Z', 'afternoon', '2027-06-28T11:00:00.000Z', '2027-06-28T14:30:00.000Z', 'midsommarafton → Monday 28 June'],
    ['2026-03-27T10:00:00Z', 'morning', '2026-03-30T06:00:00.000Z', '2026-03-30T10:00:00.000Z', 'across the spring change → Monday in summer time'],
    ['2026-03-29T01:30:00Z', 'afternoon', '2026-03-30T11:00:00.000Z', '2026-03-30T14:30:00.000Z', 'on the spring change day itself, just after the change'],
    ['2026-10-23T10:00:00Z', 'afternoon', '2026-10-26T12:00:00.000Z', '2026-10-26T15:30:00.000Z', 'across the autumn change → Monday in winter time'],
    ['2026-10-25T00:30:00Z', 'morning', '2026-10-26T07:00:00.000Z', '2026-10-26T11:00:00.000Z', 'on the autumn change day itself, before the change'],
  ])('from %s, %s: %s – %s (%s)', (now, window, start, end) => {
    const time = callbackTime(calendar, new Date(now), window);
    expect([time.windowStart.toISOString(), time.windowEnd.toISOString()]).toEqual([start, end]);
  });

  test('a short Friday cuts the afternoon to its closing time rather than skipping the day', () => {
    const time = callbackTime(shortFridays, new Date('2026-11-26T10:00:00Z'), 'afternoon');
    expect([isoDay(time.day), time.windowStart.toISOString(), time.windowEnd.toISOString()]).toEqual(['2026-11-27', '2026-11-27T12:00:00.000Z', '2026-11-27T14:00:00.000Z']);
  });
});

describe('deadlines: news within two weeks, an answer within four, moved off closed days', () => {
  test.each([
    ['2026-11-25T09:00:00Z', '2026-12-09T22:59:59.000Z', '2026-12-23T22:59:59.000Z', 'both on working days: the end of the day'],
    ['2026-12-09T23:30:00Z', '2026-12-28T22:59:59.000Z', '2027-01-07T22:59:59.000Z', 'late in UTC is 10 December in Sweden: +14 is julafton → Monday 28 December'],
    ['2026-12-17T10:00:00Z', '2027-01-04T22:59:59.000Z', '2027-01-14T22:59:59.000Z', '+14 is nyårsafton → Monday 4 January'],
    ['2026-12-23T10:00:00Z', '2027-01-07T22:59:59.000Z', '2027-01-20T22:59:59.000Z', '+14 is trettondedag jul → Thursday 7 January'],
    ['2026-12-24T10:00:00Z', '2027-01-07T22:59:59.000Z', '2027-01-21T22:59:59.000Z', 'registered on julafton: counted from that day'],
    ['2027-03-11T10:00:00Z', '2027-03-25T22:59:59.000Z', '2027-04-08T21:59:59.000Z', '+14 is skärtorsdagen, a short working day: kept; +28 in summer time'],
    ['2027-03-15T10:00:00Z', '2027-03-30T21:59:59.000Z', '2027-04-12T21:59:59.000Z', '+14 is annandag påsk → Tuesday, summer time'],
    ['2027-04-23T10:00:00Z', '2027-05-10T21:59:59.000Z', '2027-05-21T21:59:59.000Z', '+14 is the configured klämdag → Monday'],
    ['2027-05-28T10:00:00Z', '2027-06-11T21:59:59.000Z', '2027-06-28T21:59:59.000Z', '+28 is midsommarafton → Monday 28 June'],
    ['2027-06-12T10:00:00Z', '2027-06-28T21:59:59.000Z', '2027-07-12T21:59:59.000Z', '+14 is Saturday 26 June, midsommardagen → Monday'],
    ['2026-03-15T10:00:00Z', '2026-03-30T21:59:59.000Z', '2026-04-13T21:59:59.000Z', '+14 is the Sunday the clocks go forward → Monday'],
  ])('registered %s: news by %s, answer by %s (%s)', (at, news, answer) => {
    const { newsDue, answerDue } = caseDeadlines(calendar, new Date(at));
    expect([newsDue.toISOString(), answerDue.toISOString()]).toEqual([news, answer]);
  });
});

describe('the promises in words, from the day counts', () => {
  test.each([
    ['news', 'sv', '14 dagar'],
    ['news', 'en', '14 days'],
    ['answer', 'sv', 'fyra veckor'],
    ['answer', 'en', 'four weeks'],
  ] as const)('%s in %s: %s', (promise, language, words) => {
    expect(promisedWithin(promise, language)).toBe(words);
  });

  test.each([
    [21, 'weeks', 'sv', 'tre veckor'],
    [7, 'weeks', 'en', 'one week'],
    [30, 'weeks', 'sv', '30 dagar'],
    [14, 'days', 'en', '14 days'],
  ] as const)('%i days said in %s (%s): %s', (days, saidIn, language, words) => {
    expect(periodWords(days, saidIn, language)).toBe(words);
  });
});
