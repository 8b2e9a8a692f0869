import type { Queryable } from './database';

/** A conversation's stored state: one row per call (CallSid) or chat (conversation id). */
export interface SessionRecord<S, R> {
  id: string;
  state: S;
  turn: number;
  lastRequestKey: string | null;
  lastResponse: R | null;
  caseId: number | null;
}

export interface SessionWrite<S, R> {
  id: string;
  channel: 'phone' | 'chat';
  state: S;
  /** The turn this write makes; the row must still be at turn - 1, or nothing is written. */
  turn: number;
  requestKey: string;
  response: R;
  callerPhone: string | null;
  caseId: number | null;
  transferred: boolean;
  ended: boolean;
}

export async function loadSession<S, R>(db: Queryable, id: string): Promise<SessionRecord<S, R> | null> {
  const result = await db.query<SessionRecord<S, R>>(
    `SELECT id, state, turn, last_request_key AS "lastRequestKey", last_response AS "lastResponse", case_id AS "caseId"
     FROM conversation_sessions WHERE id = $1`,
    [id],
  );
  return result.rows[0] ?? null;
}

/**
 * Saves a turn in one statement: inserts the first, updates later ones only if no other delivery got there first.
 * Returns false when another instance already saved this turn (the caller then answers from what was stored).
 */
export async function saveSession<S, R>(db: Queryable, w: SessionWrite<S, R>): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO conversation_sessions AS s
       (id, channel, state, turn, last_request_key, last_response, caller_phone, case_id, transferred_at, ended_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9 THEN now() END, CASE WHEN $10 THEN now() END)
     ON CONFLICT (id) DO UPDATE SET
       state = EXCLUDED.state, turn = EXCLUDED.turn, last_request_key = EXCLUDED.last_request_key,
       last_response = EXCLUDED.last_response, case_id = COALESCE(EXCLUDED.case_id, s.case_id),
       transferred_at = COALESCE(s.transferred_at, EXCLUDED.transferred_at),
       ended_at = COALESCE(s.ended_at, EXCLUDED.ended_at), updated_at = now()
     WHERE s.turn = EXCLUDED.turn - 1`,
    [
      w.id,
      w.channel,
      JSON.stringify(w.state),
      w.turn,
      w.requestKey,
      JSON.stringify(w.response),
      w.callerPhone,
      w.caseId,
      w.transferred,
      w.ended,
    ],
  );
  return result.rowCount === 1;
}
