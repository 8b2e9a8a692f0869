import { z } from 'zod';
import type { Queryable } from '../db/database';
import { storableText } from '../db/storableText';
import { CASE_STATUS } from '../domain';
import type { Case } from './case';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';
import { CaseStateError } from './caseStateError';
import { InvalidCaseError } from './errors';

/** Lex Sarah (socialtjänst and LSS) or Lex Maria (hälso- och sjukvård); db/017 mirrors the codes. */
export const LEX_LAWS = ['lex_sarah', 'lex_maria'] as const;
export type LexLaw = (typeof LEX_LAWS)[number];

/** What the assessment found: nothing amiss, a missförhållande dealt with in the unit, or one reported to IVO. */
export const ASSESSMENT_DECISIONS = ['inget_missforhallande', 'missforhallande', 'anmalt_till_ivo'] as const;
export type AssessmentDecision = (typeof ASSESSMENT_DECISIONS)[number];

export const assessmentSchema = z
  .object({
    law: z.enum(LEX_LAWS, 'choose Lex Sarah or Lex Maria'),
    decision: z.enum(ASSESSMENT_DECISIONS, 'choose what the assessment found'),
    reference: storableText().trim().min(1).max(100).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.decision === 'anmalt_till_ivo' && !a.reference) {
      ctx.addIssue({ code: 'custom', path: ['reference'], message: 'a report to IVO needs its reference (diarienummer)', params: { code: 'ivo-diarienummer' } });
    }
  });
export type AssessmentInput = z.input<typeof assessmentSchema>;

export interface CaseAssessment {
  caseId: number;
  law: LexLaw;
  decision: AssessmentDecision;
  reference: string | null;
  assessedBy: string;
  assessedAt: Date;
}

const COLUMNS = `case_id AS "caseId", law, decision, reference, assessed_by AS "assessedBy", assessed_at AS "assessedAt"`;

/** A serious case closed before its Lex Sarah / Lex Maria assessment is recorded: refused, nothing written. */
export class AssessmentMissingError extends CaseStateError {
  constructor(reference: string) {
    super(reference, `Ärende ${reference} är markerat som allvarligt: bedömningen enligt Lex Sarah / Lex Maria måste registreras innan ärendet avslutas.`);
  }
}

export async function findAssessment(db: Queryable, caseId: number): Promise<CaseAssessment | null> {
  const { rows } = await db.query<CaseAssessment>(`SELECT ${COLUMNS} FROM case_assessments WHERE case_id = $1`, [caseId]);
  return rows[0] ?? null;
}

/** Refuses to close a serious case that has no assessment; call with the case locked. */
export async function checkMayClose(tx: Queryable, current: Case): Promise<void> {
  if (current.serious && !(await findAssessment(tx, current.id))) throw new AssessmentMissingError(current.reference);
}

/**
 * Records the assessment on a case locked by the caller (it replaces an earlier one; the history keeps both).
 * Only a case flagged serious is assessed, and a closed case's assessment is final.
 */
export async function recordAssessment(tx: Queryable, current: Case, input: AssessmentInput, assessedBy: string, at: Date): Promise<CaseAssessment> {
  if (!current.serious) throw new CaseStateError(current.reference, `Ärende ${current.reference} är inte markerat som allvarligt; markera det först om det kan vara ett missförhållande.`);
  if (current.status === CASE_STATUS.closed) throw new CaseStateError(current.reference, `Ärende ${current.reference} är avslutat; bedömningen kan inte längre ändras.`);
  const parsed = assessmentSchema.safeParse(input);
  if (!parsed.success) throw InvalidCaseError.fromZod(parsed.error);
  const a = parsed.data;
  const { rows } = await tx.query<CaseAssessment>(
    `INSERT INTO case_assessments (case_id, law, decision, reference, assessed_by, assessed_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id) DO UPDATE SET law = EXCLUDED.law, decision = EXCLUDED.decision, reference = EXCLUDED.reference,
       assessed_by = EXCLUDED.assessed_by, assessed_at = EXCLUDED.assessed_at
     RETURNING ${COLUMNS}`,
    [current.id, a.law, a.decision, a.reference, assessedBy, at],
  );
  const actor: Actor = `agent:${assessedBy}`;
  await recordCaseEvent(tx, current.id, actor, CASE_EVENT.assessed, { law: a.law, decision: a.decision, ...(a.reference ? { assessmentReference: a.reference } : {}) });
  return rows[0]!;
}

/** Flags a case locked by the caller as a possible missförhållande; false when it already was (nothing written). */
export async function flagSerious(tx: Queryable, current: Case, actor: Actor, reason: string | null): Promise<boolean> {
  if (current.serious) return false;
  if (current.status === CASE_STATUS.closed) throw new CaseStateError(current.reference, `Ärende ${current.reference} är avslutat och kan inte längre markeras.`);
  await tx.query('UPDATE cases SET serious = true, updated_at = now() WHERE id = $1', [current.id]);
  await recordCaseEvent(tx, current.id, actor, CASE_EVENT.flaggedSerious, reason ? { reason } : {});
  return true;
}
