import type { Queryable } from '../db/database';
import { CASE_STATUS, type CaseKind, type ServiceArea } from '../domain';

export interface AreaKindCount {
  area: ServiceArea;
  kind: CaseKind;
  count: number;
}

/**
 * Cases registered in [from, to) per service area and kind, incomplete intakes left out: what a municipality
 * publishes (the public statistics). Read from the covering index cases_public_statistics (db/033) alone.
 */
export async function caseCountsByAreaAndKind(db: Queryable, from: Date, to: Date): Promise<AreaKindCount[]> {
  const { rows } = await db.query<{ area: ServiceArea; kind: CaseKind; n: string | number }>(
    // The status is written in, not bound, so a generic plan still matches the partial index.
    `SELECT area, kind, count(*) AS n FROM cases
      WHERE status <> '${CASE_STATUS.incomplete}' AND registered_at >= $1 AND registered_at < $2
      GROUP BY area, kind`,
    [from, to],
  );
  return rows.map((r) => ({ area: r.area, kind: r.kind, count: Number(r.n) }));
}
