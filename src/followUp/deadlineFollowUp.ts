import type { Database, Queryable } from '../db/database';
import { statementParams } from '../db/statementParts';
import { CASE_STATUS } from '../domain';
import { managersOfUnit, unitName } from '../organisation/managersToTell';
import { unitsAbove } from '../organisation/unitReach';
import { enqueueEmail } from '../outbox/outboxStore';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from '../register/case';
import { CASE_EVENT, recordCaseEvent } from '../register/caseEvents';
import type { FollowUpSettings } from './followUpSettings';
import { deadlineEscalationEmail, deadlineReminderEmail, type Deadline } from './managerEmails';

export const DEADLINE_STAGE = { reminder: 'reminder', escalation: 'escalation' } as const;
export type DeadlineStage = (typeof DEADLINE_STAGE)[keyof typeof DEADLINE_STAGE];

export interface DeadlinePolicy {
  /** How many days before a deadline the unit's managers are reminded. */
  reminderDays: number;
  /** How many cases one query takes at a time. */
  batchSize?: number;
}

export interface DeadlineRound {
  reminded: number;
  escalated: number;
}

// A promise is kept when it reached the resident (news_given_at, answer_given_at: a message delivered, a letter
// printed, the resident reached by phone); an answer also keeps the news promise. A case nobody can be told about
// (anonymous, or no reply wanted) keeps the news promise once someone starts investigating it, as before.
// OPEN's literals match the partial index on open cases (db/007).
const NEWS_PENDING = [CASE_STATUS.registered, CASE_STATUS.routed, CASE_STATUS.incomplete];
const OPEN = `status NOT IN ('${CASE_STATUS.answered}', '${CASE_STATUS.closed}')`;
const DUE_COLUMN: Record<Deadline, string> = { news: 'news_due', answer: 'answer_due' };

/**
 * Cases of a unit with this deadline at or before `until` (and, for a reminder, not yet passed at `now`), still to
 * be met, with no notice of this stage yet. Walked in the order of the open cases' index by news_due (never later
 * than answer_due, so a bound on answer_due bounds news_due too).
 */
async function casesToNotify(db: Queryable, deadline: Deadline, stage: DeadlineStage, now: Date, until: Date, limit: number): Promise<Case[]> {
  const due = DUE_COLUMN[deadline];
  // Once escalated, a reminder about the same deadline comes too late to send.
  const coveredBy = stage === DEADLINE_STAGE.reminder ? [DEADLINE_STAGE.reminder, DEADLINE_STAGE.escalation] : [DEADLINE_STAGE.escalation];
  const p = statementParams();
  const bound = p.add(until);
  const notYetPassed = stage === DEADLINE_STAGE.reminder ? `AND ${due} > ${p.add(now)}` : '';
  const stillToMeet =
    deadline === 'news'
      ? `AND news_given_at IS NULL AND answer_given_at IS NULL AND (status = ANY(${p.add(NEWS_PENDING)}::text[]) OR (NOT anonymous AND reply_method IS NOT NULL))`
      : 'AND answer_given_at IS NULL';
  const { rows } = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases
     WHERE ${OPEN} AND news_due <= ${bound} AND ${due} <= ${bound} ${notYetPassed} ${stillToMeet} AND unit_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM deadline_notices n WHERE n.case_id = cases.id AND n.deadline = ${p.add(deadline)} AND n.stage = ANY(${p.add(coveredBy)}::text[]))
     ORDER BY news_due, id LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map(caseFromRow);
}

/** Claims the notice for this instance: true only for the one transaction whose insert wrote the row. */
async function claimNotice(tx: Queryable, c: Case, deadline: Deadline, stage: DeadlineStage, unitId: number, at: Date): Promise<boolean> {
  const { rows } = await tx.query(
    `INSERT INTO deadline_notices (case_id, deadline, stage, unit_id, at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (case_id, deadline, stage) DO NOTHING RETURNING case_id`,
    [c.id, deadline, stage, unitId, at],
  );
  return rows.length === 1;
}

async function remind(db: Database, c: Case, deadline: Deadline, now: Date, settings: FollowUpSettings): Promise<boolean> {
  const unitId = c.unitId!;
  return db.transaction(async (tx) => {
    if (!(await claimNotice(tx, c, deadline, DEADLINE_STAGE.reminder, unitId, now))) return false;
    const managers = await managersOfUnit(tx, unitId);
    const unit = managers[0]?.unitName ?? (await unitName(tx, unitId)) ?? '';
    for (const m of managers) {
      await enqueueEmail(tx, { ...deadlineReminderEmail(c, deadline, unit, m.email, settings), caseId: c.id, purpose: `deadline_${deadline}_reminder` });
    }
    await recordCaseEvent(tx, c.id, 'system', CASE_EVENT.deadlineReminded, {
      deadline,
      told: managers.length ? `${managers.map((m) => m.title).join(', ')} för ${unit}` : `ingen chef angiven för ${unit}`,
    });
    return true;
  });
}

async function escalate(db: Database, c: Case, deadline: Deadline, now: Date, settings: FollowUpSettings): Promise<boolean> {
  const unitId = c.unitId!;
  return db.transaction(async (tx) => {
    // One rung up; at the top of the ladder there is no one above, and the unit's own managers are told instead.
    const above = (await unitsAbove(tx, unitId))[0] ?? unitId;
    if (!(await claimNotice(tx, c, deadline, DEADLINE_STAGE.escalation, above, now))) return false;
    const unit = (await unitName(tx, unitId)) ?? '';
    const managers = await managersOfUnit(tx, above);
    const aboveName = managers[0]?.unitName ?? (await unitName(tx, above)) ?? '';
    for (const m of managers) {
      await enqueueEmail(tx, { ...deadlineEscalationEmail(c, deadline, unit, aboveName, m.email, settings), caseId: c.id, purpose: `deadline_${deadline}_escalation` });
    }
    await recordCaseEvent(tx, c.id, 'system', CASE_EVENT.deadlineEscalated, {
      deadline,
      unit: aboveName,
      told: managers.length ? `${managers.map((m) => m.title).join(', ')} för ${aboveName}` : `ingen chef angiven för ${aboveName}`,
    });
    return true;
  });
}

/**
 * One round of the deadline follow-up at `now`: reminders to the unit's managers for deadlines within
 * reminderDays, and escalation one rung up the ladder for deadlines passed. Each notice is written once, with its
 * e-mails and history entry in one transaction, whichever instance gets there first.
 */
export async function runDeadlineFollowUp(db: Database, now: Date, policy: DeadlinePolicy, settings: FollowUpSettings): Promise<DeadlineRound> {
  const batch = policy.batchSize ?? 100;
  const until = new Date(now.getTime() + policy.reminderDays * 24 * 3600 * 1000);
  const round: DeadlineRound = { reminded: 0, escalated: 0 };
  for (const deadline of ['news', 'answer'] as const) {
    for (const [stage, upTo, act] of [
      [DEADLINE_STAGE.escalation, now, escalate],
      [DEADLINE_STAGE.reminder, until, remind],
    ] as const) {
      for (;;) {
        const cases = await casesToNotify(db, deadline, stage, now, upTo, batch);
        for (const c of cases) {
          if (await act(db, c, deadline, now, settings)) round[stage === DEADLINE_STAGE.reminder ? 'reminded' : 'escalated']++;
        }
        if (cases.length < batch) break;
      }
    }
  }
  return round;
}

/** The open cases escalated to these units because a deadline passed below them: the inbox one level up shows them. */
export async function listCasesEscalatedTo(db: Queryable, unitIds: readonly number[], limit: number): Promise<{ case: Case; deadline: Deadline }[]> {
  if (unitIds.length === 0) return [];
  const { rows } = await db.query<CaseRow & { escalatedDeadline: Deadline }>(
    `WITH escalated AS (
       -- A case past both deadlines is shown once, for the answer (the later promise).
       SELECT DISTINCT ON (case_id) case_id, deadline FROM deadline_notices
       WHERE stage = '${DEADLINE_STAGE.escalation}' AND unit_id = ANY($1::integer[]) ORDER BY case_id, deadline
     )
     SELECT ${CASE_COLUMNS}, (SELECT deadline FROM escalated WHERE case_id = cases.id) AS "escalatedDeadline"
     FROM cases WHERE id IN (SELECT case_id FROM escalated) AND ${OPEN}
     ORDER BY news_due, id LIMIT $2`,
    [unitIds, limit],
  );
  return rows.map((row) => ({ case: caseFromRow(row), deadline: row.escalatedDeadline }));
}

/**
 * A reopened case owes a new answer: the answer's reminder and escalation are forgotten, so they go out again before
 * and after its new deadline. Run in the transaction that reopens the case.
 */
export async function forgetAnswerNotices(tx: Queryable, caseId: number): Promise<void> {
  await tx.query(`DELETE FROM deadline_notices WHERE case_id = $1 AND deadline = 'answer'`, [caseId]);
}
