import type { Queryable } from '../db/database';

/** One spelling of a free-text unit that db/013 met, and the unit it became. */
export interface MergedVariant {
  variant: string;
  unitId: number;
  unitName: string;
  cases: number;
  agents: number;
}

/** What the migration of free-text units merged, unit by unit (`npm run units -- merged`). */
export async function listMergeReport(db: Queryable): Promise<MergedVariant[]> {
  const result = await db.query<MergedVariant>(
    `SELECT r.variant, r.unit_id AS "unitId", u.name AS "unitName", r.cases, r.agents
     FROM unit_merge_report r JOIN units u ON u.id = r.unit_id ORDER BY lower(u.name), r.variant`,
  );
  return result.rows;
}
