import type { Queryable } from '../db/database';
import type { Unit } from './organisationTypes';
import { getUnit } from './units';

/** A member of a unit, as its page lists them. */
export interface UnitMember {
  agentId: number;
  username: string;
  role: string;
}

/** Makes an account a member of a unit (again is no change). */
export async function addMember(db: Queryable, unitId: number, agentId: number): Promise<void> {
  await getUnit(db, unitId);
  await db.query('INSERT INTO agent_units (agent_id, unit_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [agentId, unitId]);
}

export async function removeMember(db: Queryable, unitId: number, agentId: number): Promise<void> {
  await db.query('DELETE FROM agent_units WHERE agent_id = $1 AND unit_id = $2', [agentId, unitId]);
}

export async function listMembers(db: Queryable, unitId: number): Promise<UnitMember[]> {
  const result = await db.query<UnitMember>(
    `SELECT a.id AS "agentId", a.username, a.role FROM agent_units m JOIN agents a ON a.id = m.agent_id
     WHERE m.unit_id = $1 ORDER BY a.username`,
    [unitId],
  );
  return result.rows;
}

/** The units each account belongs to (not those below them), by account id: for lists of accounts. */
export async function unitsOfAccounts(db: Queryable): Promise<Map<number, Unit[]>> {
  const result = await db.query<Unit & { agentId: number }>(
    `SELECT m.agent_id AS "agentId", u.id, u.name, u.level, u.parent_id AS "parentId", u.service_areas AS "serviceAreas", u.active
     FROM agent_units m JOIN units u ON u.id = m.unit_id ORDER BY lower(u.name)`,
  );
  const byAccount = new Map<number, Unit[]>();
  for (const { agentId, ...unit } of result.rows) byAccount.set(agentId, [...(byAccount.get(agentId) ?? []), unit]);
  return byAccount;
}
