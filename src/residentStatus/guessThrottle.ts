import { createHmac } from 'node:crypto';
import type { Queryable } from '../db/database';

/** How many case numbers one caller or one address may ask about per window, on every instance together. */
export interface GuessPolicy {
  windowMinutes: number;
  lookupsPerWindow: number;
}

/** A resident asks about one or two cases; ten an hour leaves room for mistakes and none for guessing. */
export const GUESS_POLICY: GuessPolicy = { windowMinutes: 60, lookupsPerWindow: 10 };

/** Codes sent to one case's contact per hour, whoever asks: nobody can flood a resident's phone or mailbox. */
export const CODE_SEND_POLICY: GuessPolicy = { windowMinutes: 60, lookupsPerWindow: 5 };

/** The start of the window `now` falls in (windows are aligned to the epoch, so every instance agrees). */
export function windowStart(now: Date, policy: GuessPolicy): Date {
  const size = policy.windowMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/** Who is guessing, as a keyed hash: the table never holds a phone number or an address. */
export function guesserKey(secret: string, scope: 'phone' | 'address' | 'case', value: string): string {
  return createHmac('sha256', secret).update(`status-guesser:${scope}:${value}`).digest('hex');
}

/** Counts one lookup; false when this guesser has used up the window. */
export async function countLookup(db: Queryable, guesser: string, now: Date, policy: GuessPolicy): Promise<boolean> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO status_guesses (guesser, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (guesser, window_start) DO UPDATE SET count = status_guesses.count + 1
     RETURNING count`,
    [guesser, windowStart(now, policy)],
  );
  return (rows[0]?.count ?? 0) <= policy.lookupsPerWindow;
}

/** Forgets windows that are over (and codes long expired), so the tables stay small. */
export async function pruneStatusTables(db: Queryable, now: Date, policy: GuessPolicy): Promise<void> {
  await db.query('DELETE FROM status_guesses WHERE window_start < $1', [windowStart(now, policy)]);
  await db.query("DELETE FROM status_codes WHERE expires_at < $1::timestamptz - interval '1 day'", [now]);
}
