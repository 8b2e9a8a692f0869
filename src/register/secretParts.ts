import type { Queryable } from '../db/database';
import { CASE_EVENT, recordCaseEvent, type Actor, type CaseEvent } from './caseEvents';

/**
 * The parts of a case that can be marked secret (sekretess, OSL) before it is released as a public document
 * (table case_secret_parts, db/030): the free texts, the handling (notes, measures, answers) and the contact data.
 * Kind, area, dates and the reference are never masked: they say that a case exists, not what is in it.
 */
export const SECRET_PART = {
  what: 'what',
  whenWhere: 'when_where',
  consequences: 'consequences',
  /** Notes, measures and answers in the history. */
  handling: 'handling',
  contact: 'contact',
} as const;
export type SecretPart = (typeof SECRET_PART)[keyof typeof SECRET_PART];
export const SECRET_PARTS = Object.values(SECRET_PART) as SecretPart[];

/** What a copy for release shows in place of a masked part. */
export const MASKED = '[sekretess]';

export interface SecretMarks {
  parts: SecretPart[];
  markedBy: string;
  markedAt: Date;
}

export async function readSecretMarks(db: Queryable, caseId: number): Promise<SecretMarks | null> {
  const result = await db.query<SecretMarks>(
    'SELECT parts, marked_by AS "markedBy", marked_at AS "markedAt" FROM case_secret_parts WHERE case_id = $1',
    [caseId],
  );
  return result.rows[0] ?? null;
}

/** Marks these parts secret (replacing earlier marks) and writes it in the history; the same marks again change nothing. */
export async function markSecretParts(tx: Queryable, caseId: number, parts: readonly SecretPart[], actor: Actor): Promise<boolean> {
  const ordered = SECRET_PARTS.filter((p) => parts.includes(p));
  const current = await tx.query<{ parts: string[] }>('SELECT parts FROM case_secret_parts WHERE case_id = $1 FOR UPDATE', [caseId]);
  if (current.rows[0] && current.rows[0].parts.join() === ordered.join()) return false;
  await tx.query(
    `INSERT INTO case_secret_parts (case_id, parts, marked_by) VALUES ($1, $2::text[], $3)
     ON CONFLICT (case_id) DO UPDATE SET parts = excluded.parts, marked_by = excluded.marked_by, marked_at = now()`,
    [caseId, ordered, actor],
  );
  await recordCaseEvent(tx, caseId, actor, CASE_EVENT.partsMarkedSecret, { parts: ordered });
  return true;
}

/** The parts a copy masks: every part of a confidential case, else those marked. Contact data is always masked. */
export function maskedParts(confidential: boolean, marks: SecretMarks | null): SecretPart[] {
  if (confidential) return SECRET_PARTS;
  const marked = new Set<SecretPart>(marks?.parts ?? []);
  marked.add(SECRET_PART.contact);
  return SECRET_PARTS.filter((p) => marked.has(p));
}

/** A released copy in the history: who released it and which parts it masked. */
export async function recordCopyReleased(db: Queryable, caseId: number, masked: readonly SecretPart[], actor: Actor): Promise<void> {
  await recordCaseEvent(db, caseId, actor, CASE_EVENT.copyReleased, { parts: masked });
}

/** The history's texts that are handling (notes, measures, answers, reasons): masked with the 'handling' part. */
export const HANDLING_DETAILS = ['note', 'measures', 'answer', 'reason'] as const;

/** The history as a copy shows it: handling texts replaced by [sekretess] when masked. */
export function maskedHistory(events: readonly CaseEvent[], masked: readonly SecretPart[]): CaseEvent[] {
  if (!masked.includes(SECRET_PART.handling)) return [...events];
  return events.map((e) => {
    const details = { ...e.details };
    for (const key of HANDLING_DETAILS) if (typeof details[key] === 'string' && details[key] !== '') details[key] = MASKED;
    return { ...e, details };
  });
}
