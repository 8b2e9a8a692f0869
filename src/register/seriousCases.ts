import type { Queryable } from '../db/database';
import { statementParams } from '../db/statementParts';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import type { AssessmentDecision, LexLaw } from './caseAssessment';
import { readScopeCondition, type ReadScope } from './readScope';

/** A serious case as the serious list shows it: the case, and its assessment once recorded. */
export interface SeriousCase {
  case: Case;
  assessment: { law: LexLaw; decision: AssessmentDecision; assessedAt: Date } | null;
}

export interface SeriousListQuery {
  /** Only those still waiting for their Lex Sarah / Lex Maria assessment. */
  unassessedOnly: boolean;
  limit: number;
  offset: number;
}

/**
 * The cases flagged as a possible missförhållande that the reader may read, newest first, a page at a time (the
 * partial indexes of db/017 keep it a walk of the page, whatever the register's size).
 */
export async function listSeriousCases(db: Queryable, scope: ReadScope, query: SeriousListQuery): Promise<SeriousCase[]> {
  const p = statementParams();
  const within = readScopeCondition(scope, p);
  const unassessed = query.unassessedOnly ? 'AND NOT EXISTS (SELECT 1 FROM case_assessments a WHERE a.case_id = cases.id)' : '';
  const { rows } = await db.query<CaseRow & { law: LexLaw | null; decision: AssessmentDecision | null; assessedAt: Date | null }>(
    `WITH listed AS (
       SELECT ${CASE_COLUMNS} FROM cases WHERE serious AND ${within} ${unassessed}
       ORDER BY registered_at DESC, id DESC LIMIT ${p.add(query.limit)} OFFSET ${p.add(query.offset)}
     )
     SELECT listed.*, a.law, a.decision, a.assessed_at AS "assessedAt"
     FROM listed LEFT JOIN case_assessments a ON a.case_id = listed.id
     ORDER BY listed.registered_at DESC, listed.id DESC`,
    p.values,
  );
  return rows.map((row) => ({
    case: caseFromRow(row),
    assessment: row.law && row.decision && row.assessedAt ? { law: row.law, decision: row.decision, assessedAt: row.assessedAt } : null,
  }));
}
