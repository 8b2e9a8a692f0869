import type { Queryable } from '../../src/db/database';
import type { UnitLevel } from '../../src/organisation/organisationTypes';
import { addUnit, findUnitByName } from '../../src/organisation/units';

/** The unit of that name, added (an enhet at the top, unless told) when the database has none yet. */
export async function unitNamed(db: Queryable, name: string, options: { level?: UnitLevel; parentId?: number | null } = {}): Promise<number> {
  const existing = await findUnitByName(db, name);
  if (existing) return existing.id;
  return (await addUnit(db, { name, level: options.level ?? 'enhet', parentId: options.parentId ?? null, serviceAreas: [] })).id;
}
