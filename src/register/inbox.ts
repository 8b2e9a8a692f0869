import type { Queryable } from '../db/database';
import { statementParams } from '../db/statementParts';
import { CASE_STATUS, type CaseKind, type Channel, type ServiceArea } from '../domain';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { readScopeCondition, type ReadScope } from './readScope';

/** The cases still to be worked: new, routed to a unit, under investigation. */
export const INBOX_STATUSES = [CASE_STATUS.registered, CASE_STATUS.routed, CASE_STATUS.investigating] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** A page of the inbox holds this many: enough to work from, few enough to read at a million cases. */
export const INBOX_PAGE_SIZE = 50;

/**
 * urgent: serious first, then by the first deadline (news_due; the answer is due a fixed time after it, so the
 * order is the same), as the inbox index reads; newest/oldest: by registration.
 */
export const INBOX_SORTS = ['urgent', 'newest', 'oldest'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export interface InboxQuery {
  status?: InboxStatus | undefined;
  kind?: CaseKind | undefined;
  area?: ServiceArea | undefined;
  channel?: Channel | undefined;
  serious?: boolean | undefined;
  category?: string | undefined;
  /** Registered on or after / before these instants (the page turns days into them). */
  registeredFrom?: Date | undefined;
  registeredBefore?: Date | undefined;
  sort?: InboxSort | undefined;
  /** 1 is the first page. */
  page?: number | undefined;
}

/** Counting stops here: a count of every open case in the municipality would cost more than the page it heads. */
export const INBOX_COUNT_CAP = 1000;

export interface InboxPage {
  cases: Case[];
  /** How many cases match in all (the number of pages follows from it), at most INBOX_COUNT_CAP. */
  total: number;
  /** More than INBOX_COUNT_CAP match: total is the cap, and the pages go on. */
  moreThanTotal: boolean;
  page: number;
}

const ORDER: Readonly<Record<InboxSort, string>> = {
  urgent: 'serious DESC, news_due, id',
  newest: 'registered_at DESC, id DESC',
  oldest: 'registered_at, id',
};

// The literal must match the partial indexes of db/019 for the planner to use them.
const OPEN = `status IN ('${INBOX_STATUSES.join("', '")}')`;

/** One page of the inbox: the open cases within the scope that match the filters, in the chosen order. */
export async function readInbox(db: Queryable, scope: ReadScope, query: InboxQuery = {}): Promise<InboxPage> {
  const params = statementParams();
  const where = [OPEN, readScopeCondition(scope, params)];
  if (query.status) where.push(`status = ${params.add(query.status)}`);
  if (query.kind) where.push(`kind = ${params.add(query.kind)}`);
  if (query.area) where.push(`area = ${params.add(query.area)}`);
  if (query.channel) where.push(`channel = ${params.add(query.channel)}`);
  if (query.serious !== undefined) where.push(`serious = ${params.add(query.serious)}`);
  if (query.category) where.push(`categories @> ARRAY[${params.add(query.category)}::text]`);
  if (query.registeredFrom) where.push(`registered_at >= ${params.add(query.registeredFrom)}`);
  if (query.registeredBefore) where.push(`registered_at < ${params.add(query.registeredBefore)}`);
  const condition = where.join(' AND ');
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const countValues = [...params.values];
  const limit = params.add(INBOX_PAGE_SIZE);
  const offset = params.add((page - 1) * INBOX_PAGE_SIZE);
  const [rows, count] = await Promise.all([
    db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE ${condition} ORDER BY ${ORDER[query.sort ?? 'urgent']} LIMIT ${limit} OFFSET ${offset}`, params.values),
    db.query<{ n: number | string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM cases WHERE ${condition} LIMIT ${INBOX_COUNT_CAP + 1}) matching`, countValues),
  ]);
  const n = Number(count.rows[0]!.n);
  return { cases: rows.rows.map(caseFromRow), total: Math.min(n, INBOX_COUNT_CAP), moreThanTotal: n > INBOX_COUNT_CAP, page };
}

/**
 * The counts the menu shows: the open cases within the scope, and how many of them are serious, each counted up to
 * INBOX_COUNT_CAP + 1 (the menu says "1000+"). Serious cases come first in the index, so they are all counted.
 */
export async function countInbox(db: Queryable, scope: ReadScope): Promise<{ open: number; serious: number }> {
  const params = statementParams();
  const result = await db.query<{ open: number | string; serious: number | string }>(
    `SELECT count(*) AS open, count(*) FILTER (WHERE serious) AS serious
     FROM (SELECT serious FROM cases WHERE ${OPEN} AND ${readScopeCondition(scope, params)} ORDER BY serious DESC LIMIT ${INBOX_COUNT_CAP + 1}) counted`,
    params.values,
  );
  return { open: Number(result.rows[0]!.open), serious: Number(result.rows[0]!.serious) };
}
