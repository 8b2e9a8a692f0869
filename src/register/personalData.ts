import type { Queryable } from '../db/database';
import { CASE_EVENT, recordCaseEvent, type Actor } from './caseEvents';

/**
 * The register's part of a register extract (GDPR art. 15) and of an erasure: the cases a person's contact data
 * is in, read whole for the extract, and their contact data removed on a decision while the complaint itself
 * stays as the public document it is. src/personalData asks; the SQL on cases stays here.
 */

/** The cases whose contact phone or e-mail is exactly one of these (phones in E.164, e-mails lower-case). */
export async function findCaseIdsByContact(db: Queryable, phones: readonly string[], emails: readonly string[]): Promise<number[]> {
  const result = await db.query<{ id: number }>(
    `SELECT id FROM cases WHERE contact_phone = ANY($1::text[])
     UNION SELECT id FROM cases WHERE lower(contact_email) = ANY($2::text[])
     ORDER BY id`,
    [phones, emails],
  );
  return result.rows.map((r) => r.id);
}

/** A case whose contact name looks like the one searched: the admin confirms it is the person before an extract. */
export interface NameCandidate {
  id: number;
  reference: string;
  contactName: string;
  registeredAt: Date;
  kind: string | null;
}

export const NAME_CANDIDATE_LIMIT = 100;

/** Cases whose contact name holds every word of the name searched, case and accents as written. */
export async function findCasesByContactName(db: Queryable, name: string): Promise<NameCandidate[]> {
  const words = name.trim().split(/\s+/).filter(Boolean).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (words.length === 0) return [];
  const result = await db.query<NameCandidate>(
    `SELECT id, reference, contact_name AS "contactName", registered_at AS "registeredAt", kind FROM cases
     WHERE contact_name ILIKE ALL($1::text[]) ORDER BY id LIMIT $2`,
    [words, NAME_CANDIDATE_LIMIT],
  );
  return result.rows;
}

/** A case as an extract shows it: its substance, the contact data kept, its links to calls and chats, its history. */
export interface ExtractedCase {
  id: number;
  reference: string;
  status: string;
  kind: string | null;
  area: string | null;
  channel: string;
  registeredAt: Date;
  what: string | null;
  whenWhere: string | null;
  consequences: string | null;
  onBehalf: string | null;
  anonymous: boolean;
  replyMethod: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
  callSid: string | null;
  conversationId: string | null;
  recordingUrl: string | null;
  history: { at: Date; actor: string; action: string; details: Record<string, unknown> }[];
}

export async function readCasesForExtract(db: Queryable, ids: readonly number[]): Promise<ExtractedCase[]> {
  if (ids.length === 0) return [];
  const cases = await db.query<Omit<ExtractedCase, 'history'>>(
    `SELECT id, reference, status, kind, area, channel, registered_at AS "registeredAt", what, when_where AS "whenWhere",
            consequences, on_behalf AS "onBehalf", anonymous, reply_method AS "replyMethod", contact_name AS "contactName",
            contact_phone AS "contactPhone", contact_email AS "contactEmail", contact_address AS "contactAddress",
            source_call_sid AS "callSid", source_conversation_id AS "conversationId", source_recording_url AS "recordingUrl"
     FROM cases WHERE id = ANY($1::integer[]) ORDER BY id`,
    [ids],
  );
  const events = await db.query<ExtractedCase['history'][number] & { caseId: number }>(
    'SELECT case_id AS "caseId", at, actor, action, details FROM case_events WHERE case_id = ANY($1::integer[]) ORDER BY id',
    [ids],
  );
  return cases.rows.map((c) => ({ ...c, history: events.rows.filter((e) => e.caseId === c.id).map(({ caseId: _, ...e }) => e) }));
}

/** The call and chat a case came from: other modules' rows about the same contact are found by these. */
export async function sourcesOfCase(db: Queryable, caseId: number): Promise<{ callSid: string | null; conversationId: string | null } | null> {
  const result = await db.query<{ callSid: string | null; conversationId: string | null }>(
    'SELECT source_call_sid AS "callSid", source_conversation_id AS "conversationId" FROM cases WHERE id = $1',
    [caseId],
  );
  return result.rows[0] ?? null;
}

/** The decision an erasure rests on: its reference (diarienummer) and why. */
export interface ErasureDecision {
  reference: string;
  reason: string;
}

/**
 * Removes the case's contact data (name, phone, e-mail, address, reply method) and its link to the voice message
 * at Twilio, and writes 'erased' in its history with the decision, once per decision: a second run changes
 * nothing. The substance (kind, area, what, when/where, consequences, history) stays. Answers whether it changed.
 */
export async function eraseCaseContact(tx: Queryable, caseId: number, decision: ErasureDecision, actor: Actor): Promise<boolean> {
  const cleared = await tx.query(
    `UPDATE cases SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, contact_address = NULL,
            reply_method = NULL, source_recording_url = NULL, updated_at = now()
     WHERE id = $1 AND (contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL
            OR contact_address IS NOT NULL OR reply_method IS NOT NULL OR source_recording_url IS NOT NULL)`,
    [caseId],
  );
  const recorded = await tx.query(
    `SELECT 1 FROM case_events WHERE case_id = $1 AND action = $2 AND details->>'decision' = $3`,
    [caseId, CASE_EVENT.erased, decision.reference],
  );
  if (recorded.rowCount > 0 && cleared.rowCount === 0) return false;
  if (recorded.rowCount === 0) await recordCaseEvent(tx, caseId, actor, CASE_EVENT.erased, { decision: decision.reference, reason: decision.reason });
  return true;
}
