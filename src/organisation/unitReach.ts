import type { Queryable } from '../db/database';

/**
 * The units a staff member reaches: those they belong to and every unit below them on the ladder, so a
 * verksamhetschef who belongs to the verksamhet reaches its enheter. One recursive query; the ladder is a few levels.
 */
export async function unitsWithinReach(db: Queryable, agentId: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `WITH RECURSIVE reach(id) AS (
       SELECT unit_id FROM agent_units WHERE agent_id = $1
       UNION
       SELECT u.id FROM units u JOIN reach r ON u.parent_id = r.id
     )
     SELECT id FROM reach ORDER BY id`,
    [agentId],
  );
  return rows.map((r) => r.id);
}

/** The rungs above a unit, nearest first: where a case goes when its deadline passes or the resident is not satisfied. */
export async function unitsAbove(db: Queryable, unitId: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT parent_id, 1 FROM units WHERE id = $1 AND parent_id IS NOT NULL
       UNION ALL
       SELECT u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL AND up.depth < 10
     )
     SELECT id FROM up ORDER BY depth`,
    [unitId],
  );
  return rows.map((r) => r.id);
}
