import type { Database } from '../db/database';
import { findCredentials } from './agentStore';
import { createSession, deleteExpiredSessions } from './agentSessionStore';
import type { Agent } from './agentTypes';
import { clearFailures, deleteOldFailures, LOCKOUT, recordAttempt } from './loginFailureStore';
import { UNKNOWN_USER_HASH, verifyPassword } from './passwords';

export type LoginResult =
  | { ok: true; agent: Agent; token: string; csrfToken: string; expiresAt: Date }
  /** 'invalid' never says whether the username or the password was wrong. */
  | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks a username and password and starts a session. After LOCKOUT.maxFailures failures within
 * LOCKOUT.minutes the username is refused, right password or not, until the failures are old enough.
 */
export async function logIn(db: Database, usernameTyped: string, password: string): Promise<LoginResult> {
  const username = usernameTyped.trim().toLowerCase().slice(0, 100);
  if (!username) return { ok: false, reason: 'invalid' };
  const failures = await recordAttempt(db, username);
  if (failures > LOCKOUT.maxFailures) return { ok: false, reason: 'locked' };

  const credentials = await findCredentials(db, username);
  const matches = await verifyPassword(password, credentials?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!credentials || !matches) return { ok: false, reason: 'invalid' };

  await clearFailures(db, username);
  await deleteExpiredSessions(db);
  await deleteOldFailures(db);
  const { token, session } = await createSession(db, credentials.agent.id);
  return { ok: true, agent: credentials.agent, token, ...session };
}
