import type { Queryable } from '../db/database';

/** The names of these units, for lists that show a case's unit (one query, however many cases). */
export async function unitNamesById(db: Queryable, unitIds: readonly (number | null)[]): Promise<Map<number, string>> {
  const ids = [...new Set(unitIds.filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: number; name: string }>(`SELECT id, name FROM units WHERE id = ANY($1::integer[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}
