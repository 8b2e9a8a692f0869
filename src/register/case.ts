import { CASE_FIELDS, PLACED_CASE_FIELDS, type ValuesOf } from './caseFields';

/** A case in the register, as the agent workspace and the channels see it: the declared fields' values. */
export type Case = ValuesOf<typeof CASE_FIELDS>;

/** Every declared column, for SELECT and RETURNING. */
export const CASE_COLUMNS = PLACED_CASE_FIELDS.map((p) => p.field.column).join(', ');

/** A row of cases as selected with CASE_COLUMNS: one value per column. */
export type CaseRow = Record<string, unknown>;

/** Where each column's value goes in a Case: a top-level key, or a key inside a group (contact, source). */
const PLACEMENTS = PLACED_CASE_FIELDS.map(({ path: [key, inner], field }) => ({ key: key!, inner, column: field.column }));

/** Maps a row to a Case, field by declared field. */
export function caseFromRow(row: CaseRow): Case {
  const mapped: Record<string, unknown> = {};
  for (const { key, inner, column } of PLACEMENTS) {
    if (inner === undefined) mapped[key] = row[column];
    else ((mapped[key] ??= {}) as Record<string, unknown>)[inner] = row[column];
  }
  return mapped as Case;
}
