import type { Queryable } from '../db/database';
import { managersOfUnit, unitName, type ManagerToTell } from '../organisation/managersToTell';
import { routeDescribedCase, type Routing } from '../organisation/routingRules';
import { enqueueEmail } from '../outbox/outboxStore';
import type { Case } from '../register/case';
import { CASE_EVENT, recordCaseEvent } from '../register/caseEvents';
import type { FollowUpSettings } from './followUpSettings';
import { seriousCaseEmail } from './managerEmails';

/** The outbox purpose of these e-mails: one per case and recipient, however often the case is flagged. */
export const SERIOUS_NOTICE = 'serious';

interface Recipients {
  unit: string | null;
  emails: string[];
  /** Whom, for the history: titles and unit, never addresses. */
  told: string;
}

/**
 * Who hears of a serious case: the managers of its unit; with no unit yet, those of the unit the routing rules give
 * it; with no managers there either, the address the admins configured (SERIOUS_CASES_EMAIL).
 */
async function recipientsOf(tx: Queryable, c: Case, settings: FollowUpSettings, rules: Routing | null | undefined): Promise<Recipients> {
  const unitId = c.unitId ?? (rules === undefined ? await routeDescribedCase(tx, c) : rules)?.unit.id ?? null;
  const managers: ManagerToTell[] = unitId === null ? [] : await managersOfUnit(tx, unitId);
  // The e-mail names the case's own unit; the rules' unit is only who to tell until the case is routed.
  const unit = c.unitId === null ? null : (managers[0]?.unitName ?? (await unitName(tx, c.unitId)));
  if (managers.length > 0) {
    return { unit, emails: managers.map((m) => m.email), told: `${managers.map((m) => m.title).join(', ')} för ${managers[0]!.unitName}` };
  }
  if (settings.seriousCasesEmail) return { unit, emails: [settings.seriousCasesEmail], told: 'den adress som administratörerna angett' };
  return { unit, emails: [], told: '' };
}

/**
 * Tells the managers about a case flagged serious, by e-mail through the outbox, in the caller's transaction (the
 * one that flags it): the flag and the notice are written together or not at all. A manager already told about
 * this case is not told again. The history says who was told, or that nobody could be. `rules` is what the routing
 * rules gave the case when the caller has just asked them (registration), so they are not asked twice.
 */
export async function notifySeriousCase(tx: Queryable, c: Case, settings: FollowUpSettings, rules?: Routing | null): Promise<number> {
  if (!c.serious) return 0;
  const recipients = await recipientsOf(tx, c, settings, rules);
  let queued = 0;
  for (const to of recipients.emails) {
    if (await enqueueEmail(tx, { ...seriousCaseEmail(c, recipients.unit, to, settings), caseId: c.id, purpose: SERIOUS_NOTICE })) queued++;
  }
  if (recipients.emails.length === 0) {
    await recordCaseEvent(tx, c.id, 'system', CASE_EVENT.seriousNotified, { recipients: 0, told: 'Ingen chef eller adress att meddela: ärendet syns i listan över allvarliga ärenden.' });
  } else if (queued > 0) {
    await recordCaseEvent(tx, c.id, 'system', CASE_EVENT.seriousNotified, { recipients: queued, told: recipients.told });
  }
  return queued;
}
