import { requestOrJoinCallback, type CallbackRequest } from '../callbacks/callbackRequests';
import type { Database, Queryable } from '../db/database';
import { CASE_COLUMNS, caseFromRow, type Case, type CaseRow } from './case';
import { CASE_EVENT, type Actor } from './caseEvents';
import type { CaseDeadlines } from '../domain/calendar';
import { CASE_STATUS, SWEDISH_TIME_ZONE } from '../domain';
import { InvalidCaseError } from './errors';
import { OUTBOX_KIND } from '../outbox/outboxTypes';
import { smsReceiptText } from './receipts';
import { newCaseSchema, type NewCase, type NewCaseInput } from './newCase';

export interface RegisteredCase {
  case: Case;
  callback: CallbackRequest | null;
}

/** A case that passed validation and holds its reference number, ready to be written in a transaction. */
export interface PreparedCase {
  data: NewCase;
  reference: string;
}

/**
 * Registers a case, with its callback request and SMS receipt, in one transaction: all of it is written or none of it.
 * Invalid input is refused with an InvalidCaseError before anything touches the database. The deadlines are the
 * working calendar's (caseDeadlines), from the caller's clock.
 */
export async function registerCase(db: Database, input: NewCaseInput, actor: Actor, deadlines: CaseDeadlines): Promise<RegisteredCase> {
  const prepared = await prepareCase(db, input);
  return db.transaction((tx) => insertPreparedCase(tx, prepared, actor, deadlines));
}

/** Validates and writes a case inside a transaction the caller holds (the number is taken in it too). */
export async function insertCase(tx: Queryable, input: NewCaseInput, actor: Actor, deadlines: CaseDeadlines): Promise<RegisteredCase> {
  return insertPreparedCase(tx, await prepareCase(tx, input), actor, deadlines);
}

/**
 * Validates a new case and reserves its number. The number is taken in a statement of its own, so that the
 * year's counter is locked for a moment, not for a whole registration; a registration that then fails leaves
 * a gap in the sequence, and a number is never given twice.
 */
export async function prepareCase(db: Queryable, input: NewCaseInput): Promise<PreparedCase> {
  const parsed = newCaseSchema.safeParse(input);
  if (!parsed.success) throw InvalidCaseError.fromZod(parsed.error);
  const result = await db.query<{ reference: string }>(
    `INSERT INTO case_number_counters AS counter (year, last_number)
     VALUES (extract(year FROM now() AT TIME ZONE '${SWEDISH_TIME_ZONE}')::integer, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = counter.last_number + 1
     -- At least five digits (2026-00042), and every digit past that (2026-100000): lpad alone would cut them.
     RETURNING year || '-' || lpad(last_number::text, greatest(5, length(last_number::text)), '0') AS reference`,
  );
  return { data: parsed.data, reference: result.rows[0]!.reference };
}

/** Writes a prepared case inside a transaction the caller holds (the conversation saves its state beside it). */
export async function insertPreparedCase(tx: Queryable, prepared: PreparedCase, actor: Actor, deadlines: CaseDeadlines): Promise<RegisteredCase> {
  const registered = caseFromRow(await insertCaseRow(tx, prepared, actor, deadlines));
  const { data } = prepared;
  // A resident already waiting for a call (same case, or the same number today) is called once, about everything.
  const callback: CallbackRequest | null = data.callback
    ? (await requestOrJoinCallback(tx, registered.id, data.callback, actor)).callback
    : null;
  return { case: registered, callback };
}

/**
 * Inserts the case, its SMS receipt in the outbox when a number was given, and their entries in the case's
 * history, in one statement: one round trip, not three, on the turn a caller waits for their case number.
 */
async function insertCaseRow(tx: Queryable, { data: c, reference }: PreparedCase, actor: Actor, deadlines: CaseDeadlines): Promise<CaseRow> {
  const action = c.status === CASE_STATUS.incomplete ? CASE_EVENT.keptIncomplete : CASE_EVENT.registered;
  const details = { kind: c.kind, area: c.area, channel: c.channel, serious: c.serious };
  const receipt = c.receiptPhone ? smsReceiptText(c.language, reference) : null;
  const result = await tx.query<CaseRow>(
    `WITH registered AS (
     INSERT INTO cases (reference, status, kind, area, channel, what, when_where, consequences, on_behalf, anonymous,
       reply_method, contact_name, contact_phone, contact_email, language, serious, confidential, unit,
       source_call_sid, source_conversation_id, source_recording_url, source_agent, news_due, answer_due)
     VALUES ($22, $1, $2, $3, $4, $5, $6, $7, $8, $9,
       $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $31, $32)
     RETURNING ${CASE_COLUMNS}
     ), queued AS (
       -- At most one receipt per case: a repeated registration webhook cannot text the resident twice.
       INSERT INTO outbox_messages (kind, case_id, recipient, body)
       SELECT $26, id, $27, $28 FROM registered WHERE $27::text IS NOT NULL
       ON CONFLICT (case_id) WHERE kind = '${OUTBOX_KIND.smsReceipt}' DO NOTHING
       RETURNING case_id
     ), history AS (
       -- One insert, ordered, so the history reads in the order things happened.
       INSERT INTO case_events (case_id, actor, action, details)
       SELECT case_id, $23, action, details FROM (
         SELECT id AS case_id, $24 AS action, $25::jsonb AS details, 1 AS position FROM registered
         UNION ALL SELECT case_id, $29, $30::jsonb, 2 FROM queued
       ) entries ORDER BY position
     )
     SELECT * FROM registered`,
    [
      c.status,
      c.kind,
      c.area,
      c.channel,
      c.what,
      c.whenWhere,
      c.consequences,
      c.onBehalf,
      c.anonymous,
      c.replyMethod,
      c.contact.name,
      c.contact.phone,
      c.contact.email,
      c.language,
      c.serious,
      c.confidential,
      c.unit,
      c.source.callSid,
      c.source.conversationId,
      c.source.recordingUrl,
      c.source.agent,
      reference,
      actor,
      action,
      JSON.stringify(details),
      OUTBOX_KIND.smsReceipt,
      c.receiptPhone,
      receipt,
      CASE_EVENT.receiptQueued,
      JSON.stringify({ channel: 'sms' }),
      deadlines.newsDue,
      deadlines.answerDue,
    ],
  );
  return result.rows[0]!;
}
