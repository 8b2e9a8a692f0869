import type { Queryable } from '../db/database';

/** Conversation sessions' part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedSession {
  id: string;
  channel: string;
  callerPhone: string | null;
  caseId: number | null;
  state: unknown;
  createdAt: Date;
  endedAt: Date | null;
}

export interface SessionKeys {
  /** The caller's number (E.164). */
  phones: readonly string[];
  /** Text that identifies the person inside the engine's state: numbers in their stored forms, e-mails. */
  stateTexts: readonly string[];
  caseIds: readonly number[];
  /** Sessions named by a case as its source (a CallSid, a chat conversation id). */
  ids: readonly string[];
}

/** The text as a whole word of the state's json: "anna@example.se" is not found inside "hanna@example.se". */
const wholeWord = (text: string) => `(^|[^A-Za-z0-9._%+-])${text.replace(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`)}($|[^A-Za-z0-9_.-]|\\.([^A-Za-z0-9]|$))`;

/** Sessions of this caller, of these cases, or whose state holds one of these texts (the person's answers). */
export async function findSessions(db: Queryable, keys: SessionKeys): Promise<ExtractedSession[]> {
  const result = await db.query<ExtractedSession>(
    `SELECT id, channel, caller_phone AS "callerPhone", case_id AS "caseId", state, created_at AS "createdAt", ended_at AS "endedAt"
     FROM conversation_sessions
     WHERE id IN (SELECT id FROM conversation_sessions WHERE caller_phone = ANY($1::text[])
                  UNION SELECT id FROM conversation_sessions WHERE case_id = ANY($2::integer[])
                  UNION SELECT id FROM conversation_sessions WHERE id = ANY($3::text[])
                  UNION SELECT id FROM conversation_sessions WHERE cardinality($4::text[]) > 0 AND state::text ~* ANY($4::text[]))
     ORDER BY created_at`,
    [keys.phones, keys.caseIds, keys.ids, keys.stateTexts.map(wholeWord)],
  );
  return result.rows;
}

/** Deletes the sessions of the case or its call/chat: the engine's state holds the person's answers and number. */
export async function eraseSessionsOfCase(tx: Queryable, caseId: number, ids: readonly string[]): Promise<number> {
  const result = await tx.query('DELETE FROM conversation_sessions WHERE case_id = $1 OR id = ANY($2::text[])', [caseId, ids]);
  return result.rowCount;
}
