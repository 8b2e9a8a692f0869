import type { Database, Queryable } from '../db/database';
import { caseDeadlines, type WorkingCalendar } from '../domain/calendar';
import type { FollowUpSettings } from '../followUp/followUpSettings';
import { forgetAnswerNotices } from '../followUp/deadlineFollowUp';
import { dayOfDeadline, facts } from '../followUp/managerEmails';
import { managersOfUnit, unitName } from '../organisation/managersToTell';
import { unitsAbove } from '../organisation/unitReach';
import { enqueueEmail } from '../outbox/outboxStore';
import type { Case } from '../register/case';
import { lockCase } from '../register/caseCompletion';
import type { Actor } from '../register/caseEvents';
import type { UnitRef } from '../register/caseHandling';
import { hasBeenAnswered, reopenNotSatisfied, residentDatesOf, timesNotSatisfied } from '../register/caseReopening';
import { whereNextFor, type WhereNext } from './statusFacts';

export type NotSatisfiedOutcome =
  /** Reopened and moved one rung up (atTop: there was none above, it stays with its unit). */
  | { kind: 'escalated'; unitName: string | null; atTop: boolean; whereNext: WhereNext }
  /** Said before, through this link or since the last answer: nothing more is done. */
  | { kind: 'alreadyDone'; whereNext: WhereNext }
  /** No answer to take further yet. */
  | { kind: 'notAnswered'; answerDue: Date; whereNext: WhereNext };

async function unitRef(tx: Queryable, id: number | null): Promise<UnitRef | null> {
  if (id === null) return null;
  const name = await unitName(tx, id);
  return name === null ? null : { id, name };
}

/** The e-mail to the managers who now have the case: the facts, never the resident's words or name. */
function notSatisfiedEmail(c: Case, from: UnitRef | null, to: UnitRef | null, recipient: string, settings: FollowUpSettings) {
  const where = to ? `Ärendet har öppnats igen och ligger nu hos ${to.name}${from ? ` (flyttat från ${from.name})` : ''}.` : `Ärendet har öppnats igen och ligger kvar hos ${from?.name ?? 'kommunen'}, högst upp i organisationen.`;
  return {
    to: recipient,
    language: 'sv' as const,
    subject: `Invånaren är inte nöjd med svaret i ärende ${c.reference}`,
    text: [`Invånaren har sagt att hen inte är nöjd med svaret i ärende ${c.reference}.`, where, `Invånaren har utlovats ett nytt svar; svarsfristen är nu ${dayOfDeadline(c.answerDue)}.`, '', ...facts(c, to?.name ?? from?.name ?? null, settings)].join('\n'),
  };
}

/**
 * The resident is not satisfied with the answer: in one transaction the case reopens and moves one rung up the
 * ladder (at the top it stays, and says so), the managers who now have it are e-mailed through the outbox, and the
 * history says so. `linkHash`: the signed link used, remembered so a second use changes nothing.
 */
export async function takeFurther(
  db: Database,
  caseId: number,
  actor: Actor,
  settings: FollowUpSettings,
  linkHash: string | null,
  now: Date,
  calendar: WorkingCalendar,
): Promise<NotSatisfiedOutcome> {
  return db.transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    const whereNext = whereNextFor(current.area);
    if (linkHash !== null) {
      const used = await tx.query('INSERT INTO not_satisfied_links (token_hash, case_id, used_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING RETURNING case_id', [linkHash, caseId, now]);
      if (used.rows.length === 0) return { kind: 'alreadyDone', whereNext };
    }
    const dates = await residentDatesOf(tx, caseId);
    const times = await timesNotSatisfied(tx, caseId);
    if (!hasBeenAnswered(current, dates)) {
      // Said once already and reopened since: the same wish again is not a new one.
      if (times > 0) return { kind: 'alreadyDone', whereNext };
      return { kind: 'notAnswered', answerDue: current.answerDue, whereNext };
    }
    const from = await unitRef(tx, current.unitId);
    const above = current.unitId === null ? null : ((await unitsAbove(tx, current.unitId))[0] ?? null);
    const to = await unitRef(tx, above);
    const tell = to ?? from;
    const managers = tell ? await managersOfUnit(tx, tell.id) : [];
    const told = managers.length ? `${managers.map((m) => m.title).join(', ')} för ${tell!.name}` : `ingen chef angiven${tell ? ` för ${tell.name}` : ''}`;
    const moved = await reopenNotSatisfied(tx, current, { from, to, told }, actor, caseDeadlines(calendar, now).answerDue);
    await forgetAnswerNotices(tx, caseId);
    for (const m of managers) {
      await enqueueEmail(tx, { ...notSatisfiedEmail(moved, from, to, m.email, settings), caseId, purpose: `not_satisfied_${times + 1}` });
    }
    return { kind: 'escalated', unitName: tell?.name ?? null, atTop: to === null, whereNext };
  });
}
