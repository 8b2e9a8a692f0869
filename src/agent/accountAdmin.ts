import type { Database } from '../db/database';
import { addMember } from '../organisation/memberships';
import { requireActiveUnit } from '../organisation/units';
import { ACCOUNT_ACTION, recordAccountEvent } from './accountEvents';
import { AccountError } from './agentErrors';
import { createAgent, disableAgent, enableAgent, findAgent, setPasswordHash, type NewAgent } from './agentStore';
import type { Agent } from './agentTypes';
import { clearUsername } from './loginThrottle';
import type { PasswordHasher } from './passwordHasher';
import { passwordProblem } from './passwords';

/**
 * What admins do to accounts, from the workspace and from `npm run agents` alike. Each change and its event
 * (who, when: agent_account_events) are written in one transaction. `actor` is agent:<username> or terminal:<user>.
 */
export function createAccount(db: Database, passwords: PasswordHasher, input: NewAgent, actor: string): Promise<Agent> {
  return db.transaction(async (tx) => {
    const unit = input.unitId ? await requireActiveUnit(tx, input.unitId) : null;
    const agent = await createAgent(tx, input, passwords);
    // A handler belongs to their unit from the start (the organisation keeps memberships).
    if (unit) await addMember(tx, unit.id, agent.id);
    await recordAccountEvent(tx, agent.id, ACCOUNT_ACTION.created, actor);
    return agent;
  });
}

/** Disables an account and ends its sessions. */
export function disableAccount(db: Database, username: string, actor: string): Promise<Agent> {
  return db.transaction(async (tx) => {
    const agent = await disableAgent(tx, username);
    await recordAccountEvent(tx, agent.id, ACCOUNT_ACTION.disabled, actor);
    return agent;
  });
}

/** Lets a disabled account log in again. */
export function enableAccount(db: Database, username: string, actor: string): Promise<Agent> {
  return db.transaction(async (tx) => {
    const agent = await enableAgent(tx, username);
    await recordAccountEvent(tx, agent.id, ACCOUNT_ACTION.enabled, actor);
    return agent;
  });
}

/** Forgets the username's failed logins and lifts its locks from every address at once. */
export function unlockAccount(db: Database, username: string, actor: string): Promise<Agent> {
  return db.transaction(async (tx) => {
    const agent = await findAgent(tx, username);
    if (!agent) throw new AccountError(`There is no account named ${username}.`, { code: 'kontot-finns-inte', params: { username } });
    await clearUsername(tx, agent.username);
    await recordAccountEvent(tx, agent.id, ACCOUNT_ACTION.unlocked, actor);
    return agent;
  });
}

/** Gives an account a new password: its sessions end, its locks are lifted (the person logs in afresh). */
export async function resetPassword(db: Database, passwords: PasswordHasher, username: string, password: string, actor: string): Promise<Agent> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(`Cannot set the password of ${username.trim().toLowerCase()}: ${problem.message}.`, { ...problem, field: 'password' });
  const hash = await passwords.hash(password);
  return db.transaction(async (tx) => {
    const agent = await setPasswordHash(tx, username, hash);
    await clearUsername(tx, agent.username);
    await recordAccountEvent(tx, agent.id, ACCOUNT_ACTION.passwordReset, actor);
    return agent;
  });
}
