import { SWEDISH_TIME_ZONE, dayIn, instantIn } from '../domain';

/** A half-year in Swedish time: January–June (1) or July–December (2). */
export interface HalfYear {
  year: number;
  half: 1 | 2;
  from: Date;
  to: Date;
}

function halfYear(year: number, half: 1 | 2): HalfYear {
  const start = (y: number, h: 1 | 2) => instantIn(SWEDISH_TIME_ZONE, { year: y, month: h === 1 ? 1 : 7, day: 1 }, 0, 0);
  return { year, half, from: start(year, half), to: half === 1 ? start(year, 2) : start(year + 1, 1) };
}

/** The half-year `now` is in and the ones before it, newest first. */
export function lastHalfYears(now: Date, count: number): HalfYear[] {
  const today = dayIn(SWEDISH_TIME_ZONE, now);
  let year = today.year;
  let half: 1 | 2 = today.month <= 6 ? 1 : 2;
  const halves: HalfYear[] = [];
  for (let i = 0; i < count; i++) {
    halves.push(halfYear(year, half));
    if (half === 2) half = 1;
    else [year, half] = [year - 1, 2];
  }
  return halves;
}
