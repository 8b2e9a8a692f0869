import type { Queryable } from '../db/database';
import { unitsWithinReach } from '../organisation/unitReach';
import type { ReadScope } from '../register/readScope';
import { AGENT_ROLE, type Agent } from './agentTypes';

/**
 * The access rule: an admin reads every case; customer service every case that is not confidential (they talk to
 * residents about any of them); a handler (a manager too) the cases of their units and of every unit below them.
 */
export async function readScopeOf(db: Queryable, agent: Pick<Agent, 'id' | 'role'>): Promise<ReadScope> {
  switch (agent.role) {
    case AGENT_ROLE.admin:
      return { kind: 'all' };
    case AGENT_ROLE.agent:
      return { kind: 'notConfidential' };
    case AGENT_ROLE.handler:
      return { kind: 'ofUnits', unitIds: await unitsWithinReach(db, agent.id) };
    case AGENT_ROLE.analyst:
      // Figures only: no case is within an analyst's reach.
      return { kind: 'ofUnits', unitIds: [] };
  }
}
