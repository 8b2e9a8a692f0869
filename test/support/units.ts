import type { Queryable } from '../../src/db/database';
import type { UnitLevel } from '../../src/organisation/organisationTypes';
import { addUnit, findUnitByName } from '../../src/organisation/units';

/** The unit of that name, added (an enhet at the top, unless told) when the database has none yet. */
export async function unitNamed(db: Queryable, name: string, options: { level?: UnitLevel; parentId?: number | null } = {}): Promise<number> {
  const existing = await findUnitByName(db, name);
  if (existing) return existing.id;
  return (await addUnit(db, { name, level: options.level ?? 'enhet', parentId: options.parentId ?? null, serviceAreas: [] })).id;
}

/** Managers' addresses on the ladder below: each rung's manager is told when a case comes to it. */
export const LADDER_MANAGERS = { norr: 'eva.chef@kommun.example', aldre: 'vera.vc@kommun.example', sektor: 'sara.sc@kommun.example' } as const;

/** Sektor vård och omsorg › Äldreomsorg › Hemtjänst Norr, each with its manager. */
export async function threeRungLadder(db: Queryable): Promise<{ sektor: number; aldre: number; norr: number }> {
  const sektor = await unitNamed(db, 'Sektor vård och omsorg', { level: 'sektor' });
  const aldre = await unitNamed(db, 'Äldreomsorg', { level: 'verksamhet', parentId: sektor });
  const norr = await unitNamed(db, 'Hemtjänst Norr', { level: 'enhet', parentId: aldre });
  for (const [unitId, title, email] of [
    [norr, 'enhetschef', LADDER_MANAGERS.norr],
    [aldre, 'verksamhetschef', LADDER_MANAGERS.aldre],
    [sektor, 'sektorschef', LADDER_MANAGERS.sektor],
  ] as const) {
    await db.query('INSERT INTO unit_managers (unit_id, title, name, email) VALUES ($1, $2, $3, $4)', [unitId, title, 'Chef', email]);
  }
  return { sektor, aldre, norr };
}
