import type { Queryable } from '../db/database';
import { CASE_EVENT, type Actor } from './caseEvents';
import type { Language } from './caseTypes';

const RECEIPT_TEXT: Record<Language, (reference: string) => string> = {
  sv: (ref) =>
    `Tack för att du hörde av dig till kommunen. Ditt ärendenummer är ${ref}. Du får veta vad som händer inom 14 dagar och svar inom fyra veckor.`,
  en: (ref) =>
    `Thank you for contacting the municipality. Your case number is ${ref}. You will hear what happens within 14 days and get an answer within four weeks.`,
};

/**
 * Queues an SMS receipt with the case number in the outbox (delivered later by the outbox worker).
 * At most one per case: a repeated registration webhook cannot text the resident twice.
 */
export async function queueSmsReceipt(
  tx: Queryable,
  receipt: { caseId: number; reference: string; phone: string; language: Language },
  actor: Actor,
): Promise<void> {
  // The receipt and its entry in the case's history, in one statement; neither when the receipt exists already.
  await tx.query(
    `WITH queued AS (
       INSERT INTO outbox_messages (kind, case_id, recipient, body) VALUES ('sms_receipt', $1, $2, $3)
       ON CONFLICT (case_id) WHERE kind = 'sms_receipt' DO NOTHING
       RETURNING case_id
     )
     INSERT INTO case_events (case_id, actor, action, details) SELECT case_id, $4, $5, $6::jsonb FROM queued`,
    [receipt.caseId, receipt.phone, RECEIPT_TEXT[receipt.language](receipt.reference), actor, CASE_EVENT.receiptQueued, JSON.stringify({ channel: 'sms' })],
  );
}
