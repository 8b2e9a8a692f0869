/**
 * Customer service's opening hours, e.g. "mon-fri 08:00-16:30" or "mon-thu 08:00-16:30; fri 08:00-15:00".
 * They decide the fallback of a call that is not understood: the agent queue when open, a voice message when closed.
 */
import { isWorkingDay } from '../flow/workingDays';
import { dayIn } from '../flow/zonedTime';
import { MUNICIPALITY_TIME_ZONE } from '../register/caseTypes';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface OpeningSpan {
  days: number[];
  openMinute: number;
  closeMinute: number;
}
export type OpeningHours = readonly OpeningSpan[];

export function parseOpeningHours(text: string): OpeningHours {
  const spans = text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseSpan);
  if (spans.length === 0) throw new Error('must name at least one span like "mon-fri 08:00-16:30"');
  return spans;
}

function parseSpan(span: string): OpeningSpan {
  const m = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/i.exec(span);
  if (!m) throw new Error(`has a span "${span}" that is not like "mon-fri 08:00-16:30"`);
  const from = dayIndex(m[1]!);
  const to = m[2] ? dayIndex(m[2]) : from;
  const openMinute = Number(m[3]) * 60 + Number(m[4]);
  const closeMinute = Number(m[5]) * 60 + Number(m[6]);
  if (openMinute >= closeMinute || closeMinute > 24 * 60) throw new Error(`has a span "${span}" that closes before it opens`);
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to) break;
  }
  return { days, openMinute, closeMinute };
}

function dayIndex(name: string): number {
  const i = DAYS.indexOf(name.toLowerCase() as (typeof DAYS)[number]);
  if (i < 0) throw new Error(`has an unknown day "${name}" (use mon, tue, wed, thu, fri, sat, sun)`);
  return i;
}

/** Is customer service open now: within its hours, and not on a weekend or a Swedish public holiday? */
export function customerServiceIsOpen(hours: OpeningHours, at: Date, timeZone = MUNICIPALITY_TIME_ZONE): boolean {
  return isOpen(hours, at, timeZone) && isWorkingDay(dayIn(timeZone, at));
}

/**
 * customerServiceIsOpen for a clock that moves forward, worked out once a minute rather than on every turn:
 * opening hours begin and end on a minute's edge, so the answer cannot change within one.
 */
export function openingHoursChecker(hours: OpeningHours, timeZone = MUNICIPALITY_TIME_ZONE): (at: Date) => boolean {
  let minute = Number.NaN;
  let open = false;
  return (at) => {
    const m = Math.floor(at.getTime() / 60_000);
    if (m !== minute) {
      minute = m;
      open = customerServiceIsOpen(hours, at, timeZone);
    }
    return open;
  };
}

/** Is customer service open at this instant by its weekly hours alone, in the municipality's time zone? */
export function isOpen(hours: OpeningHours, at: Date, timeZone = MUNICIPALITY_TIME_ZONE): boolean {
  const parts = weekdayClock(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = dayIndex(get('weekday').slice(0, 3));
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  return hours.some((s) => s.days.includes(day) && minute >= s.openMinute && minute < s.closeMinute);
}

// Building an Intl formatter costs far more than using one; this runs on every turn of every call.
const clocks = new Map<string, Intl.DateTimeFormat>();
function weekdayClock(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clocks.set(timeZone, clock);
  }
  return clock;
}
