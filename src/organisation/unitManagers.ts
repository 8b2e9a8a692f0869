import type { Queryable } from '../db/database';
import { OrganisationError } from './organisationErrors';
import { TITLE_LEVEL, type UnitManager } from './organisationTypes';
import { requireAccount } from './staffAccounts';
import type { NewManager } from './unitSchemas';
import { getUnit } from './units';

const COLUMNS = `id, unit_id AS "unitId", title, name, email, agent_id AS "agentId"`;

/** Adds a manager to a unit; the title must be the unit's rung (an enhetschef leads an enhet). */
export async function addManager(db: Queryable, unitId: number, input: NewManager): Promise<UnitManager> {
  const unit = await getUnit(db, unitId);
  if (TITLE_LEVEL[input.title] !== unit.level) {
    throw new OrganisationError('title', `${unit.name} är en ${unit.level}: dess chef kan inte ha titeln ${input.title}.`);
  }
  const agentId = input.username ? (await requireAccount(db, input.username)).id : null;
  const result = await db.query<UnitManager>(
    `INSERT INTO unit_managers (unit_id, title, name, email, agent_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [unitId, input.title, input.name, input.email, agentId],
  );
  return result.rows[0]!;
}

export async function listManagers(db: Queryable, unitId: number): Promise<UnitManager[]> {
  return (await db.query<UnitManager>(`SELECT ${COLUMNS} FROM unit_managers WHERE unit_id = $1 ORDER BY id`, [unitId])).rows;
}

export async function removeManager(db: Queryable, unitId: number, managerId: number): Promise<void> {
  const result = await db.query('DELETE FROM unit_managers WHERE id = $1 AND unit_id = $2', [managerId, unitId]);
  if (result.rowCount === 0) throw new OrganisationError('managerId', `Enheten har ingen chef nummer ${managerId}.`);
}
