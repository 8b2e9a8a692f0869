import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { listCaseEvents, type CaseEvent } from './caseEvents';
import { CaseNotFoundError } from './errors';

export interface CaseWithHistory {
  case: Case;
  events: CaseEvent[];
}

/**
 * Reference numbers as a person may say or type them: "2026-42", "2026 00042", "202600042", "2026-0100000", or
 * copy them from a chat, which writes a non-breaking hyphen (U+2011) or another dash.
 * The number is written with at least five digits and no more leading zeros than that (2026-00042, 2026-100000).
 */
export function normaliseReference(input: string): string | null {
  const m = /^\s*(\d{4})\s*[-\u2010-\u2015\u2212\s]?\s*(\d{1,9})\s*$/.exec(input);
  if (!m) return null;
  const number = m[2]!.replace(/^0+(?=\d)/, '');
  return `${m[1]}-${number.padStart(5, '0')}`;
}

export async function findCaseByReference(db: Queryable, reference: string): Promise<CaseWithHistory> {
  const normalised = normaliseReference(reference);
  if (!normalised) throw new CaseNotFoundError(reference);
  const result = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1`, [normalised]);
  const row = result.rows[0];
  if (!row) throw new CaseNotFoundError(normalised);
  const found = caseFromRow(row);
  return { case: found, events: await listCaseEvents(db, found.id) };
}

/** The case with this id, without its history; null when there is none. */
export async function findCaseById(db: Queryable, id: number): Promise<Case | null> {
  const result = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE id = $1`, [id]);
  return result.rows[0] ? caseFromRow(result.rows[0]) : null;
}
