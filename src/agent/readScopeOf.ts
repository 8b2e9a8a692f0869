import type { Queryable } from '../db/database';
import { unitsWithinReach } from '../organisation/unitReach';
import type { ReadScope } from '../register/readScope';
import { AGENT_ROLE, type Agent } from './agentTypes';

/**
 * Which cases a staff member may read: admins all; customer service every case that is not confidential (they talk
 * to residents about any case); handlers the cases of the units within their reach, confidential ones included.
 */
export async function readScopeOf(db: Queryable, agent: Pick<Agent, 'id' | 'role'>): Promise<ReadScope> {
  switch (agent.role) {
    case AGENT_ROLE.admin:
      return { kind: 'all' };
    case AGENT_ROLE.agent:
      return { kind: 'notConfidential' };
    case AGENT_ROLE.handler:
      return { kind: 'ofUnits', unitIds: await unitsWithinReach(db, agent.id) };
  }
}
