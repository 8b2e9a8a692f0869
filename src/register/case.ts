import { CASE_FIELDS, PLACED_CASE_FIELDS, type ValuesOf } from './caseFields';

/** A case in the register, as the agent workspace and the channels see it: the declared fields' values. */
export type Case = ValuesOf<typeof CASE_FIELDS>;

/** Every declared column, for SELECT and RETURNING. */
export const CASE_COLUMNS = PLACED_CASE_FIELDS.map((p) => p.field.column).join(', ');

/** A row of cases as selected with CASE_COLUMNS: one value per column. */
export type CaseRow = Record<string, unknown>;

export function caseFromRow(row: CaseRow): Case {
  const c: Record<string, unknown> = {};
  for (const { path, field } of PLACED_CASE_FIELDS) {
    let at = c;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
    at[path.at(-1)!] = row[field.column];
  }
  return c as Case;
}
