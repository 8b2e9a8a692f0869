import { listCallbacksForCase, type CallbackRequest } from '../callbacks/callbackRequests';
import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { listCaseEvents, type CaseEvent } from './caseEvents';
import { CaseNotFoundError } from './errors';

export interface CaseWithHistory {
  case: Case;
  events: CaseEvent[];
  callbacks: CallbackRequest[];
}

/** Reference numbers as a person may say or type them: "2026-42", "2026 00042", "202600042". */
export function normaliseReference(input: string): string | null {
  const m = /^\s*(\d{4})\s*[-–\s]?\s*(\d{1,9})\s*$/.exec(input);
  return m ? `${m[1]}-${m[2]!.padStart(5, '0')}` : null;
}

export async function findCaseByReference(db: Queryable, reference: string): Promise<CaseWithHistory> {
  const normalised = normaliseReference(reference);
  if (!normalised) throw new CaseNotFoundError(reference);
  const result = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1`, [normalised]);
  const row = result.rows[0];
  if (!row) throw new CaseNotFoundError(normalised);
  const found = caseFromRow(row);
  const [events, callbacks] = [await listCaseEvents(db, found.id), await listCallbacksForCase(db, found.id)];
  return { case: found, events, callbacks };
}
