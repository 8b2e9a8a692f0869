import type { Queryable } from '../db/database';
import { statementParams, type StatementParams } from '../db/statementParts';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { readScopeCondition, type ReadScope } from './readScope';
import { descriptionQuery, likeEscaped, MIN_WORD_LETTERS, searchTermsOf, type SearchKind, type SearchTerms } from './searchTerms';

/** Search lists candidates to open, not the register: at most this many, the best (or newest) first. */
export const SEARCH_LIMIT = 20;

export interface SearchHit {
  case: Case;
  /** What the typed text was found in. */
  matched: SearchKind | 'name' | 'description';
}

export interface SearchResult {
  /** How the text was understood; null when there was too little to search for. */
  kind: SearchKind | null;
  hits: SearchHit[];
}

/** The description as db/019's full-text index has it: the query must use the very same expression. */
const DESCRIPTION = `to_tsvector('swedish', coalesce(what, '') || ' ' || coalesce(when_where, '') || ' ' || coalesce(consequences, ''))`;
/** A case number without its leading zeros ("2026-42"), as db/019's index has it. */
const SHORT_REFERENCE = `(split_part(reference, '-', 1) || '-' || ltrim(split_part(reference, '-', 2), '0'))`;

/** One branch of a search: a condition on cases, the order that reads its index, and what it matched. */
interface Branch {
  condition: string;
  order: string;
  matched: SearchHit['matched'];
  /**
   * For words, whose indexes have no order: how many of the newest cases in scope to look through first. A common
   * word or name fills the page from them; only a rarer one goes to the index (see searchCases).
   */
  newest?: number;
}

/**
 * Each branch is read in the order of the index that finds it, so a search stops after SEARCH_LIMIT rows however
 * many match: ordered by id instead, the planner walks the primary key backwards through the whole register when it
 * misjudges how many match (a million rows for one e-mail address). ~<~ and ~>~ are text_pattern_ops' order.
 */
function branchesOf(terms: SearchTerms, params: StatementParams): Branch[] {
  switch (terms.kind) {
    case 'reference': {
      // The newest numbers of the year first.
      if (!terms.digits) return [{ condition: `reference LIKE ${params.add(`${terms.year}-%`)}`, order: 'reference USING ~>~', matched: 'reference' }];
      // Typed with its zeros ("2026-0004"): by the written number; otherwise by the number as said ("2026 42"), the
      // number itself first (2026-42, then 2026-420…).
      if (terms.digits.startsWith('0')) {
        return [{ condition: `reference LIKE ${params.add(`${terms.year}-${terms.digits}%`)}`, order: 'reference USING ~<~', matched: 'reference' }];
      }
      return [{ condition: `${SHORT_REFERENCE} LIKE ${params.add(`${terms.year}-${terms.digits}%`)}`, order: `${SHORT_REFERENCE} USING ~<~`, matched: 'reference' }];
    }
    case 'phone':
      return [{ condition: `contact_phone IS NOT NULL AND contact_phone LIKE ${params.add(`${likeEscaped(terms.e164Prefix)}%`)}`, order: 'contact_phone USING ~<~', matched: 'phone' }];
    case 'email':
      return [
        {
          condition: `contact_email IS NOT NULL AND lower(contact_email) LIKE ${params.add(`${likeEscaped(terms.prefix)}%`)}`,
          order: 'lower(contact_email) USING ~<~',
          matched: 'email',
        },
      ];
    case 'words': {
      // Neither index has an order: the newest matches first, looked for among the newest cases in scope before the
      // index: 2,000 for a name (a LIKE is cheap), 400 for a description (its words cost some 10–20 µs a case).
      const branches: Branch[] = [
        { condition: `${DESCRIPTION} @@ to_tsquery('swedish', ${params.add(descriptionQuery(terms.words))})`, order: 'id DESC', matched: 'description', newest: 400 },
      ];
      // A trigram index needs three letters: shorter words narrow what the longer ones found.
      if (terms.words.some((w) => w.length >= MIN_WORD_LETTERS)) {
        const parts = terms.words.map((w) => `lower(contact_name) LIKE ${params.add(`%${likeEscaped(w)}%`)}`);
        branches.unshift({ condition: `contact_name IS NOT NULL AND ${parts.join(' AND ')}`, order: 'id DESC', matched: 'name', newest: 2000 });
      }
      return branches;
    }
  }
}

/**
 * Finds cases by what an agent typed (see searchTerms.ts), only among the cases the scope lets them read: a case
 * outside it is not found at all. Each branch reads its own index and stops at the limit; a name match comes
 * before a match in the description.
 */
export async function searchCases(db: Queryable, scope: ReadScope, text: string): Promise<SearchResult> {
  const terms = searchTermsOf(text);
  if (!terms) return { kind: null, hits: [] };
  const branches = branchesOf(terms, statementParams());
  const first = await readBranches(db, scope, terms, () => true, (b, cond, scopeCondition, limit) =>
    b.newest === undefined
      ? `SELECT ${CASE_COLUMNS} FROM cases WHERE ${cond} AND ${scopeCondition} ORDER BY ${b.order} LIMIT ${limit}`
      : `SELECT ${CASE_COLUMNS} FROM (SELECT * FROM cases WHERE ${scopeCondition} ORDER BY id DESC LIMIT ${b.newest}) newest
         WHERE ${cond} ORDER BY id DESC LIMIT ${limit}`,
  );
  // A word branch that did not fill the page among the newest cases reads all its matches through its index, which
  // costs what the matches number. (Left to itself, the planner sometimes walked the primary key backwards through
  // the whole register for a word it took to be common and no case had: seconds at a million cases.)
  const short = (b: Branch, i: number) => b.newest !== undefined && first.filter((r) => r.branch === i).length < SEARCH_LIMIT;
  const rest = branches.some(short)
    ? await readBranches(db, scope, terms, short, (_b, cond, scopeCondition, limit) =>
        `WITH matching AS MATERIALIZED (SELECT id FROM cases WHERE ${cond} AND ${scopeCondition})
         SELECT ${CASE_COLUMNS} FROM cases JOIN (SELECT id FROM matching ORDER BY id DESC LIMIT ${limit}) newest USING (id)`,
      )
    : [];
  const rows = [...first.filter((r) => !short(branches[r.branch]!, r.branch)), ...rest];
  const seen = new Set<number>();
  const hits: SearchHit[] = [];
  // By branch (a name before a description); a word branch newest first, the others in their index's order.
  const position = new Map(rows.map((r, n) => [r, branches[r.branch]!.newest === undefined ? n : -r.id]));
  for (const row of rows.sort((a, b) => a.branch - b.branch || position.get(a)! - position.get(b)!)) {
    const found = caseFromRow(row);
    if (seen.has(found.id)) continue;
    seen.add(found.id);
    hits.push({ case: found, matched: branches[row.branch]!.matched });
  }
  return { kind: terms.kind, hits: hits.slice(0, SEARCH_LIMIT) };
}

type BranchSql = (branch: Branch, condition: string, scopeCondition: string, limit: string) => string;

/** One statement of the chosen branches (each in parentheses, UNION ALL), its values bound afresh for just those. */
async function readBranches(db: Queryable, scope: ReadScope, terms: SearchTerms, chosen: (b: Branch, i: number) => boolean, sql: BranchSql) {
  const params = statementParams();
  const scopeCondition = readScopeCondition(scope, params);
  const limit = params.add(SEARCH_LIMIT);
  // A branch not chosen stays, as false (planned away, never run), so every bound value is still used and typed.
  const selects = branchesOf(terms, params).map((b, i) =>
    chosen(b, i)
      ? `(SELECT *, ${i} AS branch FROM (${sql(b, b.condition, scopeCondition, limit)}) found)`
      : `(SELECT ${CASE_COLUMNS}, ${i} AS branch FROM cases WHERE false AND ${b.condition} AND ${scopeCondition} LIMIT ${limit})`,
  );
  const result = await db.query<CaseRow & { branch: number; id: number }>(selects.join(' UNION ALL '), params.values);
  return result.rows;
}
