import type { Queryable } from '../db/database';
import type { ServiceArea } from '../domain';

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
  const { rows } = await db.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [unitId]);
  return rows[0]?.name ?? null;
}

/**
 * The unit the routing rules give a case of this area and description: the first rule by priority whose words all
 * occur in the description (case-insensitive), a rule without words matching the whole area. Null when none does.
 */
export async function unitByRoutingRules(db: Queryable, area: ServiceArea | null, description: string | null): Promise<number | null> {
  if (!area) return null;
  const { rows } = await db.query<{ unitId: number }>(
    `SELECT r.unit_id AS "unitId" FROM routing_rules r JOIN units u ON u.id = r.unit_id AND u.active
     WHERE r.service_area = $1
       AND NOT EXISTS (SELECT 1 FROM unnest(r.words) w WHERE strpos(lower($2), lower(w)) = 0)
     ORDER BY r.priority, r.id LIMIT 1`,
    [area, description ?? ''],
  );
  return rows[0]?.unitId ?? null;
}
