import type { Queryable } from '../db/database';

/** What an admin did to an account; kept with who did it and when (agent_account_events). */
export const ACCOUNT_ACTION = {
  created: 'created',
  disabled: 'disabled',
  enabled: 'enabled',
  unlocked: 'unlocked',
  passwordReset: 'password_reset',
} as const;
export type AccountAction = (typeof ACCOUNT_ACTION)[keyof typeof ACCOUNT_ACTION];

export interface AccountEvent {
  action: AccountAction;
  /** agent:<username> from the workspace, terminal:<system user> from `npm run agents`. */
  actor: string;
  at: Date;
}

export async function recordAccountEvent(db: Queryable, agentId: number, action: AccountAction, actor: string): Promise<void> {
  await db.query('INSERT INTO agent_account_events (agent_id, action, actor) VALUES ($1, $2, $3)', [agentId, action, actor.slice(0, 100)]);
}

/** The latest events of one account, newest first. */
export async function listAccountEvents(db: Queryable, agentId: number, limit = 20): Promise<AccountEvent[]> {
  const result = await db.query<AccountEvent>(
    'SELECT action, actor, at FROM agent_account_events WHERE agent_id = $1 ORDER BY at DESC, id DESC LIMIT $2',
    [agentId, limit],
  );
  return result.rows;
}
