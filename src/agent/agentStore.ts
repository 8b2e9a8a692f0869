import type { Queryable } from '../db/database';
import { AccountError } from './agentErrors';
import { AGENT_ROLE, USERNAME_PATTERN, type Agent, type AgentRole } from './agentTypes';
import { deleteSessionsOf } from './agentSessionStore';
import type { PasswordHasher } from './passwordHasher';
import { passwordProblem } from './passwords';

const COLUMNS = `id, username, role, phone, disabled_at IS NOT NULL AS disabled, created_at AS "createdAt"`;

export interface NewAgent {
  username: string;
  role: AgentRole;
  /** The unit a handler works in (src/organisation keeps it in agent_units); more can be added later. */
  unitId: number | null;
  phone: string | null;
  password: string;
}

export async function createAgent(db: Queryable, input: NewAgent, passwords: Pick<PasswordHasher, 'hash'>): Promise<Agent> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new AccountError(`The username "${input.username}" must be 2–40 characters: a–z, 0–9, dot, dash or underscore.`, { code: 'anvandarnamnet-duger-inte', field: 'username' });
  }
  if (input.role === AGENT_ROLE.handler && !input.unitId) throw new AccountError('A handler needs the unit (enhet) whose cases they work.', { code: 'handlaggare-behover-enhet', field: 'unitId' });
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountError(`Cannot create ${username}: ${problem.message}.`, { ...problem, field: 'password' });
  const hash = await passwords.hash(input.password);
  const result = await db.query<Agent>(
    `INSERT INTO agents (username, role, phone, password_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
    [username, input.role, input.phone, hash],
  );
  const created = result.rows[0];
  if (!created) throw new AccountError(`There is already an account named ${username}.`, { code: 'kontot-finns-redan', params: { username }, field: 'username' });
  return created;
}

export async function listAgents(db: Queryable): Promise<Agent[]> {
  return (await db.query<Agent>(`SELECT ${COLUMNS} FROM agents ORDER BY username`)).rows;
}

export async function findAgent(db: Queryable, username: string): Promise<Agent | null> {
  const result = await db.query<Agent>(`SELECT ${COLUMNS} FROM agents WHERE username = $1`, [username.trim().toLowerCase()]);
  return result.rows[0] ?? null;
}

/** The stored hash of an enabled account, for checking a password at login. */
export async function findCredentials(db: Queryable, username: string): Promise<{ agent: Agent; passwordHash: string } | null> {
  const result = await db.query<Agent & { passwordHash: string }>(
    `SELECT ${COLUMNS}, password_hash AS "passwordHash" FROM agents WHERE username = $1 AND disabled_at IS NULL`,
    [username.trim().toLowerCase()],
  );
  const row = result.rows[0];
  if (!row) return null;
  const { passwordHash, ...agent } = row;
  return { agent, passwordHash };
}

/** Disables an account and ends its sessions at once. */
export async function disableAgent(db: Queryable, username: string): Promise<Agent> {
  const result = await db.query<Agent>(
    `UPDATE agents SET disabled_at = coalesce(disabled_at, now()), updated_at = now() WHERE username = $1 RETURNING ${COLUMNS}`,
    [username.trim().toLowerCase()],
  );
  const agent = result.rows[0];
  if (!agent) throw noSuchAccount(username);
  await deleteSessionsOf(db, agent.id);
  return agent;
}

function noSuchAccount(username: string): AccountError {
  return new AccountError(`There is no account named ${username}.`, { code: 'kontot-finns-inte', params: { username } });
}

/** Enables a disabled account again (its old sessions stay ended). */
export async function enableAgent(db: Queryable, username: string): Promise<Agent> {
  const result = await db.query<Agent>(
    `UPDATE agents SET disabled_at = NULL, updated_at = now() WHERE username = $1 RETURNING ${COLUMNS}`,
    [username.trim().toLowerCase()],
  );
  const agent = result.rows[0];
  if (!agent) throw noSuchAccount(username);
  return agent;
}

/** Sets a new password hash and ends the account's sessions: whoever knew the old password is signed out. */
export async function setPasswordHash(db: Queryable, username: string, passwordHash: string): Promise<Agent> {
  const result = await db.query<Agent>(
    `UPDATE agents SET password_hash = $2, updated_at = now() WHERE username = $1 RETURNING ${COLUMNS}`,
    [username.trim().toLowerCase(), passwordHash],
  );
  const agent = result.rows[0];
  if (!agent) throw noSuchAccount(username);
  await deleteSessionsOf(db, agent.id);
  return agent;
}

/** Replaces a hash with one of the same password at the current cost, unless it was changed meanwhile (a reset). */
export async function replacePasswordHash(db: Queryable, agentId: number, oldHash: string, newHash: string): Promise<void> {
  await db.query('UPDATE agents SET password_hash = $3 WHERE id = $1 AND password_hash = $2', [agentId, oldHash, newHash]);
}
