import { CASE_FIELDS, PLACED_CASE_FIELDS, type ValuesOf } from './caseFields';

/** A case in the register, as the agent workspace and the channels see it: the declared fields' values. */
export type Case = ValuesOf<typeof CASE_FIELDS>;

/** Every declared column, for SELECT and RETURNING. */
export const CASE_COLUMNS = PLACED_CASE_FIELDS.map((p) => p.field.column).join(', ');

/** A row of cases as selected with CASE_COLUMNS: one value per column. */
export type CaseRow = Record<string, unknown>;

/**
 * Maps a row to a Case. Compiled once from the declaration into one object literal, as fast as writing it out by
 * hand: a list page maps hundreds of rows, and a loop over the fields costs ten times as much. The code is built
 * from the declared names only, never from data.
 */
export const caseFromRow: (row: CaseRow) => Case = compileRowMapping();

function compileRowMapping(): (row: CaseRow) => Case {
  // Declaration order; a group (contact, source) becomes a nested literal where its first field sits.
  const entries = new Map<string, { group: boolean; parts: string[] }>();
  for (const { path, field } of PLACED_CASE_FIELDS) {
    const value = `row[${JSON.stringify(field.column)}]`;
    const [key, inner] = path;
    const entry = entries.get(key!) ?? { group: inner !== undefined, parts: [] };
    entry.parts.push(inner === undefined ? value : `${JSON.stringify(inner)}: ${value}`);
    entries.set(key!, entry);
  }
  const literal = [...entries].map(([key, { group, parts }]) => `${JSON.stringify(key)}: ${group ? `{ ${parts.join(', ')} }` : parts[0]}`);
  return new Function('row', `return { ${literal.join(', ')} };`) as (row: CaseRow) => Case;
}
