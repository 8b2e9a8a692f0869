/**
 * Who works in the agent workspace, and what each role may do.
 *  - agent: customer service (kundtjänst): finishes calls, follows up incomplete cases, works the callback queue.
 *  - handler: a case handler or unit manager (enhetschef): works the cases of their units (src/organisation's
 *    agent_units) and, for a manager, of the units below them.
 *  - admin: manages accounts, and may do everything.
 *  - analyst: a quality analyst (kvalitetsutvecklare): reads the report of figures and exports it, never a case
 *    itself nor what a resident wrote.
 */
export const AGENT_ROLE = { agent: 'agent', handler: 'handler', admin: 'admin', analyst: 'analyst' } as const;
export type AgentRole = (typeof AGENT_ROLE)[keyof typeof AGENT_ROLE];
export const AGENT_ROLES = Object.values(AGENT_ROLE) as AgentRole[];

export interface Agent {
  id: number;
  username: string;
  role: AgentRole;
  /** The agent's own phone, rung first for click-to-call. */
  phone: string | null;
  disabled: boolean;
  createdAt: Date;
}

/** Usernames are short, lower-case and safe in URLs, logs and the history's actor column. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export const PERMISSION = {
  /** Finish calls, register cases from calls, follow up incomplete cases. */
  intake: 'intake',
  /** Claim callbacks, record outcomes, call residents from the page. */
  callbacks: 'callbacks',
  /** Find a case and read it, list overdue cases. */
  readCases: 'readCases',
  /** Change a case's status, measures and answer (handlers: the cases of the units within their reach). */
  handleCases: 'handleCases',
  /** Create, disable, enable and unlock accounts, and give them new passwords. */
  accounts: 'accounts',
  /** Read the report of the register's figures (compilation and analysis, SOSFS 2011:9) and export it. */
  analyse: 'analyse',
} as const;
export type Permission = (typeof PERMISSION)[keyof typeof PERMISSION];

const GRANTS: Readonly<Record<AgentRole, readonly Permission[]>> = {
  agent: [PERMISSION.intake, PERMISSION.callbacks, PERMISSION.readCases],
  handler: [PERMISSION.readCases, PERMISSION.handleCases],
  admin: Object.values(PERMISSION),
  analyst: [PERMISSION.analyse],
};

export function mayDo(agent: Pick<Agent, 'role'>, permission: Permission): boolean {
  return GRANTS[agent.role].includes(permission);
}

/** How the agent appears in a case's history. */
export function actorOf(agent: Pick<Agent, 'username'>): `agent:${string}` {
  return `agent:${agent.username}`;
}
