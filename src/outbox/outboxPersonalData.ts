import type { Queryable } from '../db/database';

/** The outbox's part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedMessage {
  id: number;
  kind: string;
  caseId: number | null;
  recipient: string;
  subject: string | null;
  body: string | null;
  payload: unknown;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** Messages to one of these numbers or e-mail addresses (exact, e-mails lower-case), or about one of these cases. */
export async function findMessages(db: Queryable, recipients: readonly string[], caseIds: readonly number[]): Promise<ExtractedMessage[]> {
  const result = await db.query<ExtractedMessage>(
    `SELECT id, kind, case_id AS "caseId", recipient, subject, body, payload, status, created_at AS "createdAt", sent_at AS "sentAt"
     FROM outbox_messages
     WHERE id IN (SELECT id FROM outbox_messages WHERE lower(recipient) = ANY($1::text[])
                  UNION SELECT id FROM outbox_messages WHERE case_id = ANY($2::integer[]))
     ORDER BY id`,
    [recipients, caseIds],
  );
  return result.rows;
}

/**
 * Deletes the messages about the case: their recipient, body and payload are the person's data, and a row cannot
 * be kept without a recipient. The history keeps that a message was queued and sent. Answers how many went.
 */
export async function eraseMessagesOfCase(tx: Queryable, caseId: number): Promise<number> {
  const result = await tx.query('DELETE FROM outbox_messages WHERE case_id = $1', [caseId]);
  return result.rowCount;
}
