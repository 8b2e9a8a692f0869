import type { Queryable } from '../db/database';

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
 * Saves turns of several conversations in one statement: each row is inserted when new, or updated only if no
 * other delivery got there first (its stored turn is still one behind). Returns the ids that were saved.
 */
export async function saveSessions<S, R>(db: Queryable, writes: readonly SessionWrite<S, R>[]): Promise<Set<string>> {
  const rows = writes.map((w) => ({
    id: w.id,
    channel: w.channel,
    state: w.state,
    turn: w.turn,
    request_key: w.requestKey,
    response: w.response,
    caller_phone: w.callerPhone,
    case_id: w.caseId,
    transferred: w.transferred,
    ended: w.ended,
  }));
  const result = await db.query<{ id: string }>(
    `INSERT INTO conversation_sessions AS s
       (id, channel, state, turn, last_request_key, last_response, caller_phone, case_id, transferred_at, ended_at)
     SELECT id, channel, state, turn, request_key, response, caller_phone, case_id,
            CASE WHEN transferred THEN now() END, CASE WHEN ended THEN now() END
     FROM jsonb_to_recordset($1::jsonb) AS w(id text, channel text, state jsonb, turn integer, request_key text,
       response jsonb, caller_phone text, case_id integer, transferred boolean, ended boolean)
     ON CONFLICT (id) DO UPDATE SET
       state = EXCLUDED.state, turn = EXCLUDED.turn, last_request_key = EXCLUDED.last_request_key,
       last_response = EXCLUDED.last_response, case_id = COALESCE(EXCLUDED.case_id, s.case_id),
       transferred_at = COALESCE(s.transferred_at, EXCLUDED.transferred_at),
       ended_at = COALESCE(s.ended_at, EXCLUDED.ended_at), updated_at = now()
     WHERE s.turn = EXCLUDED.turn - 1
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  return new Set(result.rows.map((r) => r.id));
}

/** One conversation's turn; false when another delivery or instance already saved this turn. */
export async function saveSession<S, R>(db: Queryable, write: SessionWrite<S, R>): Promise<boolean> {
  return (await saveSessions(db, [write])).has(write.id);
}

/**
 * Conversations nobody ended (a lost hang-up callback, a chat tab left open) with no turn for a while. Found
 * through the open ones' index on created_at (db/008): a conversation idle that long began at least that long
 * ago, and no index may cover updated_at, which every turn changes.
 */
export async function listAbandonedSessions(
  db: Queryable,
  idleMinutes: number,
  limit: number,
): Promise<{ id: string; channel: 'phone' | 'chat' }[]> {
  const result = await db.query<{ id: string; channel: 'phone' | 'chat' }>(
    `SELECT id, channel FROM conversation_sessions
     WHERE ended_at IS NULL AND created_at < now() - make_interval(mins => $1)
       AND updated_at < now() - make_interval(mins => $1)
     ORDER BY created_at LIMIT $2`,
    [idleMinutes, limit],
  );
  return result.rows;
}

/** Sessions of calls and chats that ended before `before` (the records plan): how many, and the oldest end. */
export async function countEndedSessions(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(
    'SELECT count(*)::int AS count, min(ended_at) AS oldest FROM conversation_sessions WHERE ended_at < $1',
    [before],
  );
  return result.rows[0]!;
}

/** Deletes at most `limit` sessions that ended before `before`, state and numbers with them; answers how many went. */
export async function deleteEndedSessions(db: Queryable, before: Date, limit: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM conversation_sessions WHERE id IN (
       SELECT id FROM conversation_sessions WHERE ended_at < $1 ORDER BY ended_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [before, limit],
  );
  return result.rowCount;
}
