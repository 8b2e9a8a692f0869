import type { Database, Queryable } from '../../db/database';

/**
 * Direct Line transcripts in PostgreSQL (db/005_chat.sql): each conversation's activities in order, numbered
 * by seq, which is also the watermark. Any instance can answer the next poll. Every query is parameterised.
 */
export interface StoredConversation {
  id: string;
  lastSeq: number;
  shownTurn: number;
}

/** An activity as served: it carries its own server id, timestamp and conversation. */
export type ServedActivity = Record<string, unknown> & { id: string };

/** What a draft activity becomes once it has a place in the transcript. */
export type Stamp = (draft: Record<string, unknown>, id: string, timestamp: string) => ServedActivity;

export interface TurnToAppend {
  /** The resident's activity, echoed with a server id; absent when the service opens the conversation. */
  user?: { draft: Record<string, unknown>; clientActivityId: string | null };
  bot: Record<string, unknown>[];
  /** The conversation turn the bot activities answer; they are appended only if this turn is not shown yet. */
  turn: number | null;
}

export const activityId = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;

export async function openConversation(db: Queryable, id: string): Promise<void> {
  await db.query('INSERT INTO chat_conversations (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
}

export async function findConversation(db: Queryable, id: string): Promise<StoredConversation | null> {
  const result = await db.query<StoredConversation>(
    'SELECT id, last_seq AS "lastSeq", shown_turn AS "shownTurn" FROM chat_conversations WHERE id = $1',
    [id],
  );
  return result.rows[0] ?? null;
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
 * Appends the resident's activity and the replies in one transaction, numbering them after the last one.
 * Returns the user activity's server id (or null when there was none). Throws the unique violation of
 * chat_activities_one_per_client_id when a concurrent delivery of the same activity got there first.
 */
export async function appendTurn(db: Database, conversationId: string, turn: TurnToAppend, stamp: Stamp): Promise<string | null> {
  return db.transaction(async (tx) => {
    const locked = await tx.query<{ lastSeq: number; shownTurn: number }>(
      'SELECT last_seq AS "lastSeq", shown_turn AS "shownTurn" FROM chat_conversations WHERE id = $1 FOR UPDATE',
      [conversationId],
    );
    const current = locked.rows[0];
    if (!current) throw new Error('appendTurn: the conversation is not open');
    const showReplies = turn.turn === null || turn.turn > current.shownTurn;
    const rows: { seq: number; role: 'user' | 'bot'; clientId: string | null; activity: ServedActivity }[] = [];
    let seq = Number(current.lastSeq);
    const timestamp = new Date().toISOString();
    const add = (role: 'user' | 'bot', draft: Record<string, unknown>, clientId: string | null) => {
      seq += 1;
      rows.push({ seq, role, clientId, activity: stamp(draft, activityId(conversationId, seq), timestamp) });
    };
    if (turn.user) add('user', turn.user.draft, turn.user.clientActivityId);
    const userId = turn.user ? rows[0]!.activity.id : null;
    if (showReplies) for (const draft of turn.bot) add('bot', userId ? { ...draft, replyToId: userId } : draft, null);
    if (rows.length === 0) return userId;
    await tx.query(
      `INSERT INTO chat_activities (conversation_id, seq, from_role, client_activity_id, activity)
       SELECT $1, r.seq, r.role, r.client_id, r.activity::jsonb
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS r (seq, role, client_id, activity)`,
      [
        conversationId,
        rows.map((r) => r.seq),
        rows.map((r) => r.role),
        rows.map((r) => r.clientId),
        rows.map((r) => JSON.stringify(r.activity)),
      ],
    );
    await tx.query(
      `UPDATE chat_conversations SET last_seq = $2, shown_turn = GREATEST(shown_turn, $3), updated_at = now() WHERE id = $1`,
      [conversationId, seq, showReplies && turn.turn !== null ? turn.turn : 0],
    );
    return userId;
  });
}

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
  const e = err as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === 'chat_activities_one_per_client_id';
}
