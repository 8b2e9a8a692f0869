import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import type { Agent } from './agentTypes';

/** A signed-in browser: the agent, and the CSRF token its forms and calls must echo. */
export interface AgentSession {
  agent: Agent;
  csrfToken: string;
  expiresAt: Date;
  /** Seconds until it ends, as the database counts them (its clock decides expiry): pages warn before. */
  secondsLeft?: number;
}

/** A working day and a bit: an agent signs in once a day, and a forgotten browser does not stay signed in. */
export const SESSION_HOURS = 10;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Queryable, agentId: number): Promise<{ token: string; session: { csrfToken: string; expiresAt: Date } }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const result = await db.query<{ expiresAt: Date }>(
    `INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at AS "expiresAt"`,
    [hashToken(token), agentId, csrfToken, SESSION_HOURS],
  );
  return { token, session: { csrfToken, expiresAt: result.rows[0]!.expiresAt } };
}

/** The live session for a cookie's token: unexpired, of an account that is not disabled. */
export async function findSession(db: Queryable, token: string): Promise<AgentSession | null> {
  const result = await db.query<Agent & { csrfToken: string; expiresAt: Date; secondsLeft: number }>(
    `SELECT a.id, a.username, a.role, a.phone, false AS disabled, a.created_at AS "createdAt",
            s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt",
            floor(extract(epoch FROM s.expires_at - now()))::integer AS "secondsLeft"
     FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const row = result.rows[0];
  if (!row) return null;
  const { csrfToken, expiresAt, secondsLeft, ...agent } = row;
  return { agent, csrfToken, expiresAt, secondsLeft };
}

/**
 * "Förläng": a live session runs SESSION_HOURS from now (WCAG 2.2.1, the agent asked for more time before it ended).
 * null when it has already ended: then only a new login helps.
 */
export async function extendSession(db: Queryable, token: string): Promise<{ expiresAt: Date; secondsLeft: number } | null> {
  const result = await db.query<{ expiresAt: Date; secondsLeft: number }>(
    `UPDATE agent_sessions SET expires_at = now() + make_interval(hours => $2)
     WHERE token_hash = $1 AND expires_at > now()
     RETURNING expires_at AS "expiresAt", floor(extract(epoch FROM expires_at - now()))::integer AS "secondsLeft"`,
    [hashToken(token), SESSION_HOURS],
  );
  return result.rows[0] ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM agent_sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Ends every session of an account (disabled, or its password reset). */
export async function deleteSessionsOf(db: Queryable, agentId: number): Promise<void> {
  await db.query('DELETE FROM agent_sessions WHERE agent_id = $1', [agentId]);
}

/** Expired sessions are useless; removing them at each login keeps the table small. */
export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query('DELETE FROM agent_sessions WHERE expires_at <= now()');
}
