import { SWEDISH_TIME_ZONE } from '../../domain';

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SWEDISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** "2026-11-25 08:30", in Swedish time. */
export function formatDateTime(d: Date | string): string {
  return dateTime.format(new Date(d));
}

export function formatDate(d: Date | string): string {
  return date.format(new Date(d));
}

export function formatTime(d: Date | string): string {
  return time.format(new Date(d));
}

/** ISO form for <time datetime>. */
export function isoOf(d: Date | string): string {
  return new Date(d).toISOString();
}

/** "35 min", "2 h 5 min", "3 dygn". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${Math.floor(minutes / (24 * 60))} dygn`;
}
