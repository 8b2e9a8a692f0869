import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import { findOutboxMessage, listLettersToPrint, markLetterPrinted } from '../outbox/outboxStore';
import { OUTBOX_KIND, type OutboxMessage } from '../outbox/outboxTypes';
import type { SettledHook } from '../outbox/outboxWorker';
import { CASE_EVENT, recordCaseEvent, type Actor } from '../register/caseEvents';
import { markGivenToResident, RESIDENT_MESSAGE } from '../register/residentContact';

const payloadSchema = z.object({ residentMessage: z.enum([RESIDENT_MESSAGE.news, RESIDENT_MESSAGE.answer]), keepsPromise: z.boolean() });

/** The message to the resident an outbox message is, or null when it is something else (a receipt, a manager's e-mail). */
export function residentMessageOf(message: OutboxMessage): z.output<typeof payloadSchema> | null {
  const parsed = payloadSchema.safeParse(message.payload);
  return parsed.success && message.caseId !== null ? parsed.data : null;
}

/**
 * What a settled delivery means for the case (the outbox worker's hook): sent, the promise it carries is kept then
 * (news_given_at / answer_given_at) and the history says so; given up, the history says that too, so the handler
 * sees it and chooses another way.
 */
export function residentMessageSettled(clock: () => Date): SettledHook {
  return async (tx, message, outcome) => {
  const resident = residentMessageOf(message);
  if (!resident) return;
  const caseId = message.caseId!;
  if (outcome === 'sent') {
    if (resident.keepsPromise) await markGivenToResident(tx, caseId, resident.residentMessage, clock());
    await recordCaseEvent(tx, caseId, 'system', CASE_EVENT.messageSent, { message: resident.residentMessage, via: message.kind, outboxId: message.id });
  } else {
    await recordCaseEvent(tx, caseId, 'system', CASE_EVENT.messageFailed, { message: resident.residentMessage, via: message.kind, outboxId: message.id });
  }
  };
}

/** Letters are printed a batch at a time; more than this waiting is a backlog to clear first. */
export const LETTERS_PER_PAGE = 100;

export function lettersToPrint(db: Queryable): Promise<OutboxMessage[]> {
  return listLettersToPrint(db, LETTERS_PER_PAGE);
}

/** One letter, or null when there is no letter with that id. */
export async function findLetter(db: Queryable, id: number): Promise<OutboxMessage | null> {
  const message = await findOutboxMessage(db, id);
  return message?.kind === OUTBOX_KIND.letter ? message : null;
}

/**
 * A letter printed and put in the post: it counts as sent, keeps its promise, and the history says who printed it.
 * Answers false when it was marked already (by someone else a moment before).
 */
export function recordLetterPrinted(db: Database, id: number, actor: Actor, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const letter = await markLetterPrinted(tx, id);
    if (!letter) return false;
    const resident = residentMessageOf(letter);
    if (resident && letter.caseId !== null) {
      if (resident.keepsPromise) await markGivenToResident(tx, letter.caseId, resident.residentMessage, now);
      await recordCaseEvent(tx, letter.caseId, actor, CASE_EVENT.letterPrinted, { message: resident.residentMessage, via: OUTBOX_KIND.letter, outboxId: letter.id });
    }
    return true;
  });
}
