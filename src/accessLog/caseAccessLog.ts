import type { Queryable } from '../db/database';

/**
 * Who read which case, and when (table case_access_log, db/015): the municipality must be able to show who read
 * sensitive data. The workspace writes a line for every opening of a case page, every read through the API, every
 * file downloaded ('export') and every read it refused; other modules call logCaseAccess the same way.
 */
export const ACCESS_ACTIONS = ['read', 'export', 'listen', 'search', 'refused'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface CaseAccess {
  agentId: number;
  caseId: number;
  action: AccessAction;
}

/** Writes one line. Called before what was read is sent: a read that cannot be logged is not served. */
export async function logCaseAccess(db: Queryable, access: CaseAccess): Promise<void> {
  await db.query('INSERT INTO case_access_log (agent_id, case_id, action) VALUES ($1, $2, $3)', [access.agentId, access.caseId, access.action]);
}

/** Writes a line for each of these cases (the hits a search listed), in one statement. */
export async function logCaseAccesses(db: Queryable, access: { agentId: number; caseIds: readonly number[]; action: AccessAction }): Promise<void> {
  if (access.caseIds.length === 0) return;
  await db.query('INSERT INTO case_access_log (agent_id, case_id, action) SELECT $1, unnest($2::integer[]), $3', [access.agentId, access.caseIds, access.action]);
}

/**
 * Writes one line for an export that concerns no single case (the analysis report's figures), naming what was
 * exported instead (db/028). Never personal data in `what`: a period and a kind of file.
 */
export async function logExport(db: Queryable, entry: { agentId: number; what: string }): Promise<void> {
  await db.query(`INSERT INTO case_access_log (agent_id, what, action) VALUES ($1, $2, 'export')`, [entry.agentId, entry.what]);
}

/** One line as the admins' page shows it: the names of who and which case, read from their owners' tables. */
export interface CaseAccessEntry {
  id: number;
  at: Date;
  username: string;
  /** The case read, or null for an export of figures (then `what` says what was exported). */
  reference: string | null;
  what: string | null;
  action: AccessAction;
}

export interface AccessLogFilter {
  caseId?: number | null;
  agentId?: number | null;
  /** From the start of this instant, up to (not including) `until`. */
  since?: Date | null;
  until?: Date | null;
}

/** A page of the log holds this many lines. */
export const ACCESS_LOG_PAGE_SIZE = 50;

/**
 * A page of the log, newest first, filtered by case, person and period. `before` is the last id of the previous
 * page (keyset paging: a page deep in a long log costs as little as the first). Reads one line more than the page
 * to tell whether there is a next.
 */
export async function listCaseAccess(db: Queryable, filter: AccessLogFilter, before: number | null = null): Promise<{ entries: CaseAccessEntry[]; more: boolean }> {
  const values: unknown[] = [];
  const add = (value: unknown) => `$${values.push(value)}`;
  const conditions = [
    filter.caseId != null && `l.case_id = ${add(filter.caseId)}`,
    filter.agentId != null && `l.agent_id = ${add(filter.agentId)}`,
    filter.since && `l.at >= ${add(filter.since)}`,
    filter.until && `l.at < ${add(filter.until)}`,
    before !== null && `l.id < ${add(before)}`,
  ].filter(Boolean);
  const result = await db.query<CaseAccessEntry>(
    `SELECT l.id::integer AS id, l.at, a.username, c.reference, l.what, l.action
     FROM case_access_log l JOIN agents a ON a.id = l.agent_id LEFT JOIN cases c ON c.id = l.case_id
     ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY l.id DESC LIMIT ${add(ACCESS_LOG_PAGE_SIZE + 1)}`,
    values,
  );
  return { entries: result.rows.slice(0, ACCESS_LOG_PAGE_SIZE), more: result.rows.length > ACCESS_LOG_PAGE_SIZE };
}

/** Lines written before `before` (the records plan): how many, and the oldest. */
export async function countAccessLinesBefore(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(
    'SELECT count(*)::int AS count, min(at) AS oldest FROM case_access_log WHERE at < $1',
    [before],
  );
  return result.rows[0]!;
}

/** Deletes at most `limit` of them, oldest first; answers how many went. */
export async function deleteAccessLinesBefore(db: Queryable, before: Date, limit: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM case_access_log WHERE id IN (SELECT id FROM case_access_log WHERE at < $1 ORDER BY at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [before, limit],
  );
  return result.rowCount;
}
