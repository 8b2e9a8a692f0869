import type { Queryable } from '../db/database';
import { findUnit } from './units';

/** A manager to e-mail about a unit's case: who, at which rung, and the unit by name. */
export interface ManagerToTell {
  unitId: number;
  unitName: string;
  title: string;
  name: string;
  email: string;
}

/** The managers of a unit (enhetschef, verksamhetschef…), by title and name. */
export async function managersOfUnit(db: Queryable, unitId: number): Promise<ManagerToTell[]> {
  const { rows } = await db.query<ManagerToTell>(
    `SELECT u.id AS "unitId", u.name AS "unitName", m.title, m.name, m.email
     FROM unit_managers m JOIN units u ON u.id = m.unit_id
     WHERE m.unit_id = $1 ORDER BY m.title, m.name, m.id`,
    [unitId],
  );
  return rows;
}

/** A unit's name, or null when there is no such unit. */
export async function unitName(db: Queryable, unitId: number): Promise<string | null> {
  return (await findUnit(db, unitId))?.name ?? null;
}
