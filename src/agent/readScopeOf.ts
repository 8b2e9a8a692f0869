import type { Queryable } from '../db/database';
import { unitsWithinReach } from '../organisation/unitReach';
import type { ReadScope } from '../register/readScope';
import { AGENT_ROLE, type Agent } from './agentTypes';

/**
 * The access rule (issue 12): an admin reads every case; customer service every case that is not confidential (they
 * talk to residents about any case); a handler the cases of their units and of every unit below them (a manager's
 * verksamhet reaches its enheter), confidential ones included. Every case list, search and read asks this.
 */
export async function readScopeOf(db: Queryable, agent: Pick<Agent, 'id' | 'role'>): Promise<ReadScope> {
  switch (agent.role) {
    case AGENT_ROLE.admin:
      return { kind: 'all' };
    case AGENT_ROLE.agent:
      return { kind: 'notConfidential' };
    case AGENT_ROLE.handler:
      return { kind: 'units', unitIds: await unitsWithinReach(db, agent.id) };
  }
}
