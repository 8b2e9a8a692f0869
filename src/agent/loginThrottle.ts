import { isIPv6 } from 'node:net';
import type { Queryable } from '../db/database';

/**
 * How logins are throttled, so that guessing is slow and nobody elsewhere can keep the rightful user out.
 * Attempts are counted in windows of fifteen minutes, in three scopes, and written before the password is checked
 * (one atomic upsert per scope, so parallel guesses cannot slip under a limit); a login refused by a limit costs
 * no scrypt. A successful login forgives its address's failures for that username.
 *  - per (address, username): 5 failures lock that username from that address only. Someone guessing from
 *    elsewhere locks themselves out, not the user at their own desk.
 *  - per address: 50 failures, whatever the usernames, lock the address (one machine trying many accounts).
 *    Offices behind one NAT share an address: 50 is far above what their typos add up to in a quarter of an hour.
 *  - per username, from all addresses: never locks. Past 20 failures the username is taken to be under attack and
 *    each address that has already failed for it gets 2 tries instead of 5: a botnet gets fewer guesses per
 *    address, while an address with no failures for the username is always let through to the password check.
 * An admin can clear a username's locks at once (unlock); address locks end with their window.
 * The state lives in PostgreSQL, so every instance counts the same attempts. Rows of past windows are pruned.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  perAddressAndUsername: 5,
  perAddress: 50,
  usernameUnderAttack: 20,
  perAddressAndUsernameUnderAttack: 2,
} as const;

export interface LoginAttempt {
  /** From addressKey(). */
  address: string;
  /** Trimmed and lower-cased, at most 100 characters. */
  username: string;
}

export type ThrottleVerdict = { locked: false } | { locked: true; scope: 'address' | 'pair'; until: Date };

interface Count {
  scope: 'pair' | 'address' | 'username';
  attempts: number;
  windowStart: Date;
}

/** Adds one attempt to each (scope, key), starting a new window when the last one has passed. */
const COUNT_ATTEMPT = `
  ON CONFLICT (scope, address, username) DO UPDATE SET
    attempts = CASE WHEN t.window_start <= now() - make_interval(mins => $3) THEN 1 ELSE t.attempts + 1 END,
    window_start = CASE WHEN t.window_start <= now() - make_interval(mins => $3) THEN now() ELSE t.window_start END
  RETURNING scope, attempts, window_start AS "windowStart"`;

function lockedUntil(count: Count): Date {
  return new Date(new Date(count.windowStart).getTime() + LOGIN_LIMITS.windowMinutes * 60_000);
}

/** Counts an attempt before its password is checked, and says whether a limit refuses it. */
export async function countAttempt(db: Queryable, { address, username }: LoginAttempt): Promise<ThrottleVerdict> {
  // The address first: a locked address writes nothing more, so a flood from it touches a single row.
  const byAddress = await db.query<Count>(
    `INSERT INTO agent_login_throttle AS t (scope, address, username, attempts) VALUES ('address', $1, $2, 1) ${COUNT_ATTEMPT}`,
    [address, '', LOGIN_LIMITS.windowMinutes],
  );
  const addressCount = byAddress.rows[0]!;
  if (addressCount.attempts > LOGIN_LIMITS.perAddress) return { locked: true, scope: 'address', until: lockedUntil(addressCount) };

  // One statement, rows in a fixed order (pair, then username): concurrent logins lock rows in the same order.
  const counts = await db.query<Count>(
    `INSERT INTO agent_login_throttle AS t (scope, address, username, attempts) VALUES ('pair', $1, $2, 1), ('username', '', $2, 1) ${COUNT_ATTEMPT}`,
    [address, username, LOGIN_LIMITS.windowMinutes],
  );
  const pair = counts.rows.find((c) => c.scope === 'pair')!;
  const all = counts.rows.find((c) => c.scope === 'username')!;
  const underAttack = all.attempts - 1 >= LOGIN_LIMITS.usernameUnderAttack;
  const limit = underAttack ? LOGIN_LIMITS.perAddressAndUsernameUnderAttack : LOGIN_LIMITS.perAddressAndUsername;
  return pair.attempts > limit ? { locked: true, scope: 'pair', until: lockedUntil(pair) } : { locked: false };
}

/**
 * Takes back an attempt that was not a failure: after a successful login (which also forgives the address's
 * failures for that username), or one refused only because the service was busy.
 */
export async function uncountAttempt(db: Queryable, { address, username }: LoginAttempt, options: { succeeded: boolean }): Promise<void> {
  if (options.succeeded) {
    await db.query(`DELETE FROM agent_login_throttle WHERE scope = 'pair' AND address = $1 AND username = $2`, [address, username]);
  }
  await db.query(
    `UPDATE agent_login_throttle SET attempts = greatest(attempts - 1, 0)
     WHERE (scope = 'address' AND address = $1 AND username = '') OR (scope = 'username' AND address = '' AND username = $2)
        OR (scope = 'pair' AND address = $1 AND username = $2)`,
    [address, username],
  );
}

/** An admin's unlock: the username's failures and locks from every address are forgotten. */
export async function clearUsername(db: Queryable, username: string): Promise<void> {
  await db.query(`DELETE FROM agent_login_throttle WHERE username = $1 AND scope <> 'address'`, [username]);
}

/** Rows of past windows count for nothing; removed now and then so the table stays small. Returns how many. */
export async function pruneLoginThrottle(db: Queryable): Promise<number> {
  const result = await db.query('DELETE FROM agent_login_throttle WHERE window_start <= now() - make_interval(mins => $1)', [LOGIN_LIMITS.windowMinutes]);
  return result.rowCount;
}

export interface LoginLockState {
  username: string;
  /** Failed logins for the username in the current window, from anywhere. */
  failures: number;
  /** How many addresses it is locked from now, and until when at the latest. */
  lockedFrom: number;
  lockedUntil: Date | null;
}

/** What the accounts page shows about these usernames' recent failures and locks (as the next attempt would meet them). */
export async function loginLockStates(db: Queryable, usernames: readonly string[]): Promise<Map<string, LoginLockState>> {
  const result = await db.query<LoginLockState>(
    `SELECT a.username, coalesce(u.attempts, 0) AS failures, l.locked_from AS "lockedFrom", l.locked_until AS "lockedUntil"
     FROM unnest($1::text[]) AS a (username)
     LEFT JOIN agent_login_throttle u
       ON u.scope = 'username' AND u.address = '' AND u.username = a.username AND u.window_start > now() - make_interval(mins => $2)
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS locked_from, max(p.window_start) + make_interval(mins => $2) AS locked_until
       FROM agent_login_throttle p
       WHERE p.scope = 'pair' AND p.username = a.username AND p.window_start > now() - make_interval(mins => $2)
         AND p.attempts > CASE WHEN coalesce(u.attempts, 0) >= $3::int THEN $4::int ELSE $5::int END
     ) l`,
    [usernames, LOGIN_LIMITS.windowMinutes, LOGIN_LIMITS.usernameUnderAttack, LOGIN_LIMITS.perAddressAndUsernameUnderAttack, LOGIN_LIMITS.perAddressAndUsername],
  );
  return new Map(result.rows.map((r) => [r.username, r]));
}

/**
 * The key an address is counted under: IPv4 as it is (also when written IPv4-mapped), IPv6 by its /64, which one
 * household or machine usually holds whole, so that rotating through it does not give fresh tries.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip.slice(0, 100);
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const groups = (part: string) => part.split(':').filter(Boolean).flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const before = groups(head);
  const after = ip.includes('::') ? groups(tail) : [];
  const all = [...before, ...Array<string>(Math.max(0, 8 - before.length - after.length)).fill('0'), ...after];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/** Login counts of windows that began before `before` (the records plan): how many, and the oldest. */
export async function countLoginCountsBefore(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(
    'SELECT count(*)::int AS count, min(window_start) AS oldest FROM agent_login_throttle WHERE window_start < $1',
    [before],
  );
  return result.rows[0]!;
}

/** Deletes at most `limit` of them; answers how many went. */
export async function deleteLoginCountsBefore(db: Queryable, before: Date, limit: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM agent_login_throttle WHERE (scope, address, username) IN (
       SELECT scope, address, username FROM agent_login_throttle WHERE window_start < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [before, limit],
  );
  return result.rowCount;
}
