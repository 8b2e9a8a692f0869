import type { Queryable } from '../../db/database';
import { isUniqueViolation } from '../../db/databaseErrors';

/**
 * Direct Line transcripts in PostgreSQL (db/005_chat.sql): each conversation's activities in order, numbered
 * by seq, which is also the watermark. Any instance can answer the next poll. Every query is parameterised.
 */
/** An activity as served: it carries its own server id, timestamp and conversation. */
export type ServedActivity = Record<string, unknown> & { id: string };

export interface TurnToAppend {
  /** The resident's activity, to be echoed with a server id; absent when the service opens the conversation. */
  user?: { draft: Record<string, unknown>; clientActivityId: string | null };
  bot: Record<string, unknown>[];
  /** The conversation turn the bot activities answer; they are appended only if this turn is not shown yet. */
  turn: number | null;
}

export const activityId = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;

export async function openConversation(db: Queryable, id: string): Promise<void> {
  await db.query('INSERT INTO chat_conversations (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
}

/** The server id of an activity the client already posted, if it did. */
export async function findPosted(db: Queryable, conversationId: string, clientActivityId: string): Promise<string | null> {
  const result = await db.query<{ seq: number }>(
    'SELECT seq FROM chat_activities WHERE conversation_id = $1 AND client_activity_id = $2',
    [conversationId, clientActivityId],
  );
  const row = result.rows[0];
  return row ? activityId(conversationId, Number(row.seq)) : null;
}

/**
 * SQL that appends one turn in one statement (one round trip, atomic): locks the conversation's row, numbers
 * the rows after last_seq, writes each activity with its server id (and the replies' replyToId), and moves
 * last_seq and shown_turn on. Replies are left out when their turn is already shown.
 * $1 conversation, $2 roles, $3 client ids, $4 activities (JSON text), $5 the replies' turn (null: always show).
 */
const APPEND_TURN = `
WITH prev AS (
  SELECT last_seq, shown_turn FROM chat_conversations WHERE id = $1 FOR UPDATE
), wanted AS (
  SELECT r.ord, r.role, r.client_id, r.activity::jsonb AS activity
  FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS r (role, client_id, activity, ord)
  WHERE r.role = 'user' OR $5::int IS NULL OR $5::int > (SELECT shown_turn FROM prev)
), numbered AS (
  SELECT (SELECT last_seq FROM prev) + row_number() OVER (ORDER BY ord) AS seq, role, client_id, activity FROM wanted
), stamped AS (
  SELECT n.seq, n.role, n.client_id,
    n.activity || jsonb_build_object('id', $1 || '|' || lpad(n.seq::text, 7, '0'))
      || CASE WHEN n.role = 'bot' AND u.seq IS NOT NULL THEN jsonb_build_object('replyToId', $1 || '|' || lpad(u.seq::text, 7, '0')) ELSE '{}'::jsonb END
      AS activity
  FROM numbered n LEFT JOIN numbered u ON u.role = 'user'
), added AS (
  INSERT INTO chat_activities (conversation_id, seq, from_role, client_activity_id, activity)
  SELECT $1, seq, role, client_id, activity FROM stamped
  RETURNING seq, from_role
), moved AS (
  UPDATE chat_conversations SET
    last_seq = last_seq + (SELECT count(*) FROM numbered),
    shown_turn = CASE WHEN $5::int IS NOT NULL AND $5::int > shown_turn THEN $5::int ELSE shown_turn END,
    updated_at = now()
  WHERE id = $1
)
SELECT seq FROM added WHERE from_role = 'user'`;

/**
 * Appends the resident's activity and the replies at once, numbering them after the last one. Returns the user
 * activity's server id (null when there was none). Throws the unique violation of chat_activities_one_per_client_id
 * when a concurrent delivery of the same activity got there first.
 */
export async function appendTurn(db: Queryable, conversationId: string, turn: TurnToAppend): Promise<string | null> {
  const rows = [
    ...(turn.user ? [{ role: 'user', clientId: turn.user.clientActivityId, activity: turn.user.draft }] : []),
    ...turn.bot.map((activity) => ({ role: 'bot', clientId: null, activity })),
  ];
  if (rows.length === 0) return null;
  const params = [conversationId, rows.map((r) => r.role), rows.map((r) => r.clientId), rows.map((r) => JSON.stringify(r.activity)), turn.turn];
  let result;
  try {
    result = await db.query<{ seq: number }>(APPEND_TURN, params);
  } catch (err) {
    // No such conversation (a client that posts before starting it): seq came out null. Open it and go on.
    if ((err as { code?: string }).code !== NOT_NULL_VIOLATION) throw err;
    await openConversation(db, conversationId);
    result = await db.query<{ seq: number }>(APPEND_TURN, params);
  }
  const user = result.rows[0];
  return user ? activityId(conversationId, Number(user.seq)) : null;
}

const NOT_NULL_VIOLATION = '23502';

/** Activities after the watermark, in order, at most `limit`; the new watermark is the last one's seq. */
export async function activitiesAfter(
  db: Queryable,
  conversationId: string,
  watermark: number,
  limit: number,
): Promise<{ activities: ServedActivity[]; watermark: number }> {
  const result = await db.query<{ seq: number; activity: ServedActivity }>(
    'SELECT seq, activity FROM chat_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [conversationId, watermark, limit],
  );
  const last = result.rows[result.rows.length - 1];
  return { activities: result.rows.map((r) => r.activity), watermark: last ? Number(last.seq) : watermark };
}

export function isDuplicatePost(err: unknown): boolean {
  return isUniqueViolation(err, ['chat_activities_one_per_client_id']);
}

/** A chat untouched since before `before`: the records plan's transcripts class. */
const IDLE_SINCE = 'c.created_at < $1 AND c.updated_at < $1';

/** Messages of chats idle since before `before`: how many, and when the oldest such chat began. */
export async function countIdleTranscripts(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(
    `SELECT count(*)::int AS count, min(c.created_at) AS oldest
     FROM chat_conversations c JOIN chat_activities a ON a.conversation_id = c.id WHERE ${IDLE_SINCE}`,
    [before],
  );
  return result.rows[0]!;
}

/** Messages a chat holds, about: a batch of chats is sized so a statement removes about `limit` messages. */
const MESSAGES_PER_CHAT = 10;

/**
 * Deletes the messages of a batch of chats idle since before `before` (about `limit` messages), oldest chats first,
 * in one statement; answers how many messages went (0: none are left). The chats go with them, unless a file was
 * sent in one: files stay with the case the chat became, in a chat with no messages left.
 */
export async function deleteIdleTranscripts(db: Queryable, before: Date, limit: number): Promise<number> {
  const result = await db.query<{ messages: number }>(
    `WITH picked AS (
       SELECT c.id FROM chat_conversations c
       WHERE ${IDLE_SINCE} AND (EXISTS (SELECT 1 FROM chat_activities a WHERE a.conversation_id = c.id)
                                OR NOT EXISTS (SELECT 1 FROM chat_attachments f WHERE f.conversation_id = c.id))
       ORDER BY c.created_at LIMIT $2 FOR UPDATE SKIP LOCKED),
     messages AS (DELETE FROM chat_activities a USING picked WHERE a.conversation_id = picked.id RETURNING 1),
     chats AS (DELETE FROM chat_conversations c USING picked WHERE c.id = picked.id
               AND NOT EXISTS (SELECT 1 FROM chat_attachments f WHERE f.conversation_id = c.id) RETURNING 1)
     SELECT (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM chats)::int AS chats`,
    [before, Math.max(1, Math.ceil(limit / MESSAGES_PER_CHAT))],
  );
  return result.rows[0]!.messages;
}
