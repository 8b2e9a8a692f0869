import type { Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { CASE_STATUS } from '../domain';
import { CaseNotFoundError } from './errors';
import { normaliseReference } from './findCase';
import { readScopeCondition, type ReadScope } from './readScope';
import { statementParams } from '../db/statementParts';

/** Lists are for working through, not for browsing the register: a page holds at most this many. */
export const CASE_LIST_LIMIT = 200;

/** Interrupted intakes (hang-ups, voice messages) waiting for an agent, oldest first, within what the reader may read. */
export async function listIncompleteCases(db: Queryable, scope: ReadScope): Promise<Case[]> {
  const p = statementParams();
  const result = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases WHERE status = ${p.add(CASE_STATUS.incomplete)} AND ${readScopeCondition(scope, p)}
     ORDER BY registered_at, id LIMIT ${p.add(CASE_LIST_LIMIT)}`,
    p.values,
  );
  return result.rows.map(caseFromRow);
}

/** The overdue list is read a page at a time: at a million cases a longer page cost more than its target. */
export const OVERDUE_PAGE_SIZE = 50;

export interface OverdueCase {
  case: Case;
  /** 'news': no word of what happens within 14 days; 'answer': no answer within four weeks. */
  missed: 'news' | 'answer';
}

/** Open cases, as the partial indexes of db/007 name them: the literal must match theirs for the planner to use them. */
const OPEN = `status NOT IN ('${CASE_STATUS.answered}', '${CASE_STATUS.closed}')`;

/**
 * Cases past a promised deadline: no answer reached the resident within four weeks (answer_due), or no news of what
 * happens within 14 days (news_due: news_given_at unset; for a case nobody can be told about, anonymous or with no
 * reply wanted, while nobody has started investigating it), within what the reader may read
 * (a handler: the units within their reach), a page of OVERDUE_PAGE_SIZE at a time.
 * Read in the order of an index on open cases by news_due (never later than answer_due, so it is the first
 * deadline missed), and only as far as the page: whatever the register's size, the walk is the overdue cases
 * shown plus those whose news reached the resident within their four weeks.
 */
export async function listOverdueCases(db: Queryable, scope: ReadScope, page = 1): Promise<OverdueCase[]> {
  const p = statementParams();
  const waiting = [CASE_STATUS.registered, CASE_STATUS.routed, CASE_STATUS.incomplete].map((s) => p.add(s)).join(', ');
  const offset = (Math.max(1, Math.floor(page)) - 1) * OVERDUE_PAGE_SIZE;
  const result = await db.query<CaseRow & { missed: 'news' | 'answer' }>(
    `SELECT ${CASE_COLUMNS}, CASE WHEN answer_due < now() AND answer_given_at IS NULL THEN 'answer' ELSE 'news' END AS missed
     FROM cases
     WHERE ${OPEN} AND news_due < now() AND ${readScopeCondition(scope, p)}
       AND ((answer_due < now() AND answer_given_at IS NULL)
         OR (news_given_at IS NULL AND answer_given_at IS NULL AND (status IN (${waiting}) OR (NOT anonymous AND reply_method IS NOT NULL))))
     ORDER BY news_due, id LIMIT ${p.add(OVERDUE_PAGE_SIZE)} OFFSET ${p.add(offset)}`,
    p.values,
  );
  return result.rows.map((row) => ({ case: caseFromRow(row), missed: row.missed }));
}

/** The case registered for a phone call, if any (one per CallSid: the cases_one_per_call index). */
export async function findCaseByCallSid(db: Queryable, callSid: string): Promise<Case | null> {
  const result = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE source_call_sid = $1`, [callSid]);
  return result.rows[0] ? caseFromRow(result.rows[0]) : null;
}

export async function findCaseById(db: Queryable, id: number): Promise<Case | null> {
  const result = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE id = $1`, [id]);
  return result.rows[0] ? caseFromRow(result.rows[0]) : null;
}

/** The case a reference names, as a person may type it ("2026-42"); CaseNotFoundError when there is none. */
export async function findCaseForChange(db: Queryable, reference: string): Promise<Case> {
  const normalised = normaliseReference(reference);
  const result = normalised ? await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE reference = $1`, [normalised]) : null;
  const row = result?.rows[0];
  if (!row) throw new CaseNotFoundError(normalised ?? reference);
  return caseFromRow(row);
}
