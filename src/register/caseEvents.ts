import type { Queryable } from '../db/database';
import type { ConversationChannel } from '../domain';

export const CASE_EVENT = {
  registered: 'registered',
  keptIncomplete: 'kept_incomplete',
  completed: 'completed',
  statusChanged: 'status_changed',
  /** Moved to another unit, with the reason. */
  rerouted: 'rerouted',
  updated: 'updated',
  noteAdded: 'note_added',
  callbackRequested: 'callback_requested',
  callbackJoined: 'callback_joined',
  callbackClaimed: 'callback_claimed',
  callbackReleased: 'callback_released',
  callbackAttempted: 'callback_attempted',
  callbackDone: 'callback_done',
  callbackFailed: 'callback_failed',
  callbackCancelled: 'callback_cancelled',
  receiptQueued: 'receipt_queued',
  flaggedSerious: 'flagged_serious',
  seriousNotified: 'serious_notified',
  assessed: 'assessed',
  deadlineReminded: 'deadline_reminded',
  deadlineEscalated: 'deadline_escalated',
  /** News of what happens, or the answer, written to the outbox for the resident (the channel in details). */
  newsQueued: 'news_queued',
  answerQueued: 'answer_queued',
  /** A message to the resident delivered, or given up after its attempts (delivery state kept apart, in the outbox). */
  messageSent: 'message_sent',
  messageFailed: 'message_failed',
  letterPrinted: 'letter_printed',
  /** The resident asked how the case goes and was told its status (never its content). */
  statusTold: 'status_told',
  /** The resident is not satisfied with the answer: the case reopens and moves one level up the ladder. */
  notSatisfied: 'not_satisfied',
  escalated: 'escalated',
  reopened: 'reopened',
  /** A decision to erase a person's data (who, when, why), and contact data anonymised by the records plan. */
  erased: 'erased',
  contactAnonymised: 'contact_anonymised',
  /** Parts of the case marked secret (OSL), and a masked copy released on a public-records request. */
  partsMarkedSecret: 'parts_marked_secret',
  copyReleased: 'copy_released',
} as const;
export type CaseEventAction = (typeof CASE_EVENT)[keyof typeof CASE_EVENT];

/**
 * Who made a change: the resident through a channel (or through a signed link sent to them, 'resident:link'), an
 * agent by username, or the system itself.
 */
export type Actor = `resident:${ConversationChannel}` | 'resident:link' | `agent:${string}` | 'system';

export interface CaseEvent {
  at: Date;
  actor: string;
  action: CaseEventAction;
  details: Record<string, unknown>;
}

/** Writes one entry in the case's history. Details hold what changed, never contact data. */
export async function recordCaseEvent(
  db: Queryable,
  caseId: number,
  actor: Actor,
  action: CaseEventAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.query('INSERT INTO case_events (case_id, actor, action, details) VALUES ($1, $2, $3, $4)', [
    caseId,
    actor,
    action,
    JSON.stringify(details),
  ]);
}

export async function listCaseEvents(db: Queryable, caseId: number): Promise<CaseEvent[]> {
  const result = await db.query<CaseEvent>(
    'SELECT at, actor, action, details FROM case_events WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return result.rows;
}

/**
 * Writes entries in cases' history from rows another owner's statement selects (case id, actor, action, details),
 * in their order: callbacks write the history of what they do in the same statement as the callback itself.
 */
export function caseEventsFrom(rows: string): string {
  return `INSERT INTO case_events (case_id, actor, action, details) ${rows}`;
}
