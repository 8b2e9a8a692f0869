import type { Queryable } from '../db/database';

/** Five failed logins in a row lock the username for fifteen minutes. */
export const LOCKOUT = { maxFailures: 5, minutes: 15 } as const;

/**
 * Writes an attempt as failed before the password is checked, and says how many failures the username now has
 * within the lockout window (this one included). Writing first means parallel guesses cannot all slip under
 * the limit; a successful login then clears them.
 */
export async function recordAttempt(db: Queryable, username: string): Promise<number> {
  await db.query('INSERT INTO agent_login_failures (username) VALUES ($1)', [username]);
  const result = await db.query<{ n: number }>(
    'SELECT count(*) AS n FROM agent_login_failures WHERE username = $1 AND at > now() - make_interval(mins => $2)',
    [username, LOCKOUT.minutes],
  );
  return result.rows[0]!.n;
}

export async function clearFailures(db: Queryable, username: string): Promise<void> {
  await db.query('DELETE FROM agent_login_failures WHERE username = $1', [username]);
}

/** Old failures no longer count; they are removed so the table does not grow for ever. */
export async function deleteOldFailures(db: Queryable): Promise<void> {
  await db.query('DELETE FROM agent_login_failures WHERE at <= now() - make_interval(mins => $1)', [LOCKOUT.minutes]);
}
