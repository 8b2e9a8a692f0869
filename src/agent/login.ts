import type { Database } from '../db/database';
import { findCredentials, replacePasswordHash } from './agentStore';
import { createSession, deleteExpiredSessions } from './agentSessionStore';
import type { Agent } from './agentTypes';
import { countAttempt, uncountAttempt, type LoginAttempt } from './loginThrottle';
import type { PasswordHasher } from './passwordHasher';
import { TooBusyError } from '../tasks/workLimit';

export type LoginResult =
  | { ok: true; agent: Agent; token: string; csrfToken: string; expiresAt: Date }
  /** 'invalid' never says whether the username or the password was wrong; 'busy': too many logins being checked. */
  | { ok: false; reason: 'invalid' | 'locked' | 'busy' };

export interface LoginParts {
  db: Database;
  passwords: PasswordHasher;
}

/**
 * Checks a username and password from a client address and starts a session. The attempt is counted before the
 * password is checked, and a throttled one is refused without checking it (src/agent/loginThrottle.ts).
 */
export async function logIn({ db, passwords }: LoginParts, typed: { username: string; password: string; address: string }): Promise<LoginResult> {
  const attempt: LoginAttempt = { address: typed.address, username: typed.username.trim().toLowerCase().slice(0, 100) };
  if (!attempt.username) return { ok: false, reason: 'invalid' };
  if ((await countAttempt(db, attempt)).locked) return { ok: false, reason: 'locked' };

  const credentials = await findCredentials(db, attempt.username);
  let matches: boolean;
  try {
    matches = await passwords.verify(typed.password, credentials?.passwordHash ?? null);
  } catch (err) {
    if (!(err instanceof TooBusyError)) throw err;
    await uncountAttempt(db, attempt, { succeeded: false });
    return { ok: false, reason: 'busy' };
  }
  if (!credentials || !matches) return { ok: false, reason: 'invalid' };

  await uncountAttempt(db, attempt, { succeeded: true });
  if (!passwords.isCurrent(credentials.passwordHash)) await rehash(db, passwords, credentials.agent.id, credentials.passwordHash, typed.password);
  await deleteExpiredSessions(db);
  const { token, session } = await createSession(db, credentials.agent.id);
  return { ok: true, agent: credentials.agent, token, ...session };
}

/** A hash made with older parameters is redone with the current ones, now that the password is at hand. */
async function rehash(db: Database, passwords: PasswordHasher, agentId: number, oldHash: string, password: string): Promise<void> {
  try {
    await replacePasswordHash(db, agentId, oldHash, await passwords.hash(password));
  } catch (err) {
    if (!(err instanceof TooBusyError)) throw err; // busy: the next login tries again
  }
}
