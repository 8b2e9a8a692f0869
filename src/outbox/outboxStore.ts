import type { Queryable } from '../db/database';
import type { Language } from '../domain';
import {
  CLICK_TO_CALL_GIVE_UP_SECONDS,
  CLICK_TO_CALL_TOO_LATE,
  MAX_RETRY_SECONDS,
  NO_CREDENTIALS_ERROR,
  OUTBOX_KIND,
  OUTBOX_STATUS,
  type OutboxKind,
  type OutgoingEmail,
  type OutboxMessage,
  type OutboxPolicy,
} from './outboxTypes';

const COLUMNS = `id, kind, case_id AS "caseId", recipient, body, subject, language, purpose, payload, status, attempts, next_attempt_at AS "nextAttemptAt",
  last_error AS "lastError", provider_id AS "providerId", created_at AS "createdAt", sent_at AS "sentAt"`;

/**
 * While one instance sends a message, others must not: claiming pushes next_attempt_at this far ahead.
 * Longer than Twilio's request timeout (30 s), so a message is only taken again if its sender died.
 */
export const DELIVERY_LEASE_SECONDS = 120;

export interface NewOutboxMessage {
  kind: OutboxKind;
  caseId: number | null;
  recipient: string;
  body?: string | null;
  /** An e-mail's subject line. */
  subject?: string | null;
  /** The language the text is written in. */
  language?: Language | null;
  payload?: Record<string, unknown>;
}

export async function enqueueOutboxMessage(db: Queryable, message: NewOutboxMessage): Promise<OutboxMessage> {
  const result = await db.query<OutboxMessage>(
    `INSERT INTO outbox_messages (kind, case_id, recipient, body, subject, language, payload) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [message.kind, message.caseId, message.recipient, message.body ?? null, message.subject ?? null, message.language ?? null, JSON.stringify(message.payload ?? {})],
  );
  return result.rows[0]!;
}

/**
 * Claims up to `limit` due messages for this instance. FOR UPDATE SKIP LOCKED lets several instances claim at
 * once without waiting for or doubling each other; the attempt is counted now, so a crash mid-send still counts.
 */
export async function claimDueMessages(db: Queryable, limit: number, kinds: readonly OutboxKind[]): Promise<OutboxMessage[]> {
  const result = await db.query<OutboxMessage>(
    `UPDATE outbox_messages SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
     WHERE id IN (
       SELECT id FROM outbox_messages WHERE status = $3 AND next_attempt_at <= now() AND kind = ANY($4::text[])
       ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     RETURNING ${COLUMNS}`,
    [limit, DELIVERY_LEASE_SECONDS, OUTBOX_STATUS.pending, kinds],
  );
  return result.rows;
}

export async function markSent(db: Queryable, id: number, providerId: string | null): Promise<void> {
  await db.query(
    `UPDATE outbox_messages SET status = $2, sent_at = now(), provider_id = $3, last_error = NULL, updated_at = now() WHERE id = $1`,
    [id, OUTBOX_STATUS.sent, providerId],
  );
}

/**
 * Keeps the error and schedules the next try with exponential backoff; after the last attempt, or on an error
 * that no retry can cure (a number Twilio refuses), the message is failed for good. A click-to-call is also
 * given up when its next try would come more than CLICK_TO_CALL_GIVE_UP_SECONDS after the agent asked.
 */
export async function markAttemptFailed(
  db: Queryable,
  id: number,
  error: string,
  options: OutboxPolicy & { permanent: boolean },
): Promise<OutboxMessage> {
  const result = await db.query<OutboxMessage>(
    `WITH next AS (
       SELECT id AS next_id, now() + make_interval(secs => least($6, $5 * power(2, greatest(attempts - 1, 0)))) AS next_at, kind, created_at AS asked_at
       FROM outbox_messages WHERE id = $1
     ), judged AS (
       SELECT next_id, next_at, kind = $7 AND next_at > asked_at + make_interval(secs => $8) AS too_late FROM next
     )
     UPDATE outbox_messages SET
       status = CASE WHEN $3 OR attempts >= $4 OR too_late THEN '${OUTBOX_STATUS.failed}' ELSE '${OUTBOX_STATUS.pending}' END,
       next_attempt_at = next_at,
       last_error = CASE WHEN too_late AND NOT $3 AND attempts < $4 THEN $9::text || ' (last error: ' || $2::text || ')' ELSE $2::text END,
       updated_at = now()
     FROM judged WHERE id = next_id RETURNING ${COLUMNS}`,
    [id, error.slice(0, 1000), options.permanent, options.maxAttempts, options.retryBaseSeconds, MAX_RETRY_SECONDS, OUTBOX_KIND.clickToCall, CLICK_TO_CALL_GIVE_UP_SECONDS, CLICK_TO_CALL_TOO_LATE],
  );
  return result.rows[0]!;
}

/** Fails a message for good without trying it (again), with the reason. */
export async function markFailed(db: Queryable, id: number, error: string): Promise<void> {
  await db.query(`UPDATE outbox_messages SET status = $2, last_error = $3, updated_at = now() WHERE id = $1`, [id, OUTBOX_STATUS.failed, error]);
}

/**
 * Gives up the click-to-calls that waited too long (no credentials, no worker running, a long outage): they are
 * never placed. Returns how many.
 */
export async function failLateClickToCalls(db: Queryable): Promise<number> {
  const result = await db.query(
    `UPDATE outbox_messages SET status = $2, updated_at = now(),
       last_error = $4::text || coalesce(' (last error: ' || last_error || ')', '')
     WHERE kind = $1 AND status = $3 AND created_at <= now() - make_interval(secs => $5)`,
    [OUTBOX_KIND.clickToCall, OUTBOX_STATUS.failed, OUTBOX_STATUS.pending, CLICK_TO_CALL_TOO_LATE, CLICK_TO_CALL_GIVE_UP_SECONDS],
  );
  return result.rowCount;
}

/**
 * Without a way out (no Twilio credentials, no SMTP server) nothing of those kinds is sent; pending messages say so
 * (once), and stay pending for when it comes.
 */
export async function markWaitingForCredentials(db: Queryable, kinds: readonly OutboxKind[], reason: string = NO_CREDENTIALS_ERROR): Promise<number> {
  const result = await db.query(
    `UPDATE outbox_messages SET last_error = $1, updated_at = now()
     WHERE status = $2 AND kind = ANY($3::text[]) AND last_error IS DISTINCT FROM $1`,
    [reason, OUTBOX_STATUS.pending, kinds],
  );
  return result.rowCount;
}

/**
 * Queues an e-mail about a case. With a purpose, the same notice reaches each recipient once per case: a second
 * request (another instance, the flag set again) writes nothing and answers null.
 */
export async function enqueueEmail(db: Queryable, email: OutgoingEmail & { caseId: number | null; purpose?: string | null }): Promise<OutboxMessage | null> {
  const result = await db.query<OutboxMessage>(
    `INSERT INTO outbox_messages (kind, case_id, recipient, subject, body, language, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (case_id, purpose, recipient) WHERE purpose IS NOT NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [OUTBOX_KIND.email, email.caseId, email.to, email.subject, email.text, email.language, email.purpose ?? null],
  );
  return result.rows[0] ?? null;
}

export async function listOutboxForCase(db: Queryable, caseId: number): Promise<OutboxMessage[]> {
  const result = await db.query<OutboxMessage>(`SELECT ${COLUMNS} FROM outbox_messages WHERE case_id = $1 ORDER BY id`, [caseId]);
  return result.rows;
}

/** Letters waiting to be printed, oldest first (they are "sent" when staff mark them printed). */
export async function listLettersToPrint(db: Queryable, limit: number): Promise<OutboxMessage[]> {
  const result = await db.query<OutboxMessage>(
    `SELECT ${COLUMNS} FROM outbox_messages WHERE kind = $1 AND status = $2 ORDER BY id LIMIT $3`,
    [OUTBOX_KIND.letter, OUTBOX_STATUS.pending, limit],
  );
  return result.rows;
}

export async function findOutboxMessage(db: Queryable, id: number): Promise<OutboxMessage | null> {
  const result = await db.query<OutboxMessage>(`SELECT ${COLUMNS} FROM outbox_messages WHERE id = $1`, [id]);
  return result.rows[0] ?? null;
}

/** Marks a letter printed (its "sent"); null when it is no letter or was marked already (two people at once). */
export async function markLetterPrinted(db: Queryable, id: number): Promise<OutboxMessage | null> {
  const result = await db.query<OutboxMessage>(
    `UPDATE outbox_messages SET status = $3, sent_at = now(), attempts = attempts + 1, updated_at = now()
     WHERE id = $1 AND kind = $2 AND status = $4 RETURNING ${COLUMNS}`,
    [id, OUTBOX_KIND.letter, OUTBOX_STATUS.sent, OUTBOX_STATUS.pending],
  );
  return result.rows[0] ?? null;
}
