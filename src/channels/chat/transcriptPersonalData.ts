import type { Queryable } from '../../db/database';

/** The chat transcripts' part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedTranscript {
  conversationId: string;
  createdAt: Date;
  /** What was shown, in order: who wrote it and the text (the activity's own text, or its json when it has none). */
  lines: { seq: number; from: string; at: Date; text: string }[];
  /** Files the resident sent: name and type (the content is handed out on request, not in the extract). */
  attachments: { name: string; contentType: string; size: number; at: Date }[];
}

export async function findTranscripts(db: Queryable, conversationIds: readonly string[]): Promise<ExtractedTranscript[]> {
  if (conversationIds.length === 0) return [];
  const conversations = await db.query<{ conversationId: string; createdAt: Date }>(
    'SELECT id AS "conversationId", created_at AS "createdAt" FROM chat_conversations WHERE id = ANY($1::text[]) ORDER BY created_at',
    [conversationIds],
  );
  const lines = await db.query<ExtractedTranscript['lines'][number] & { conversationId: string }>(
    `SELECT conversation_id AS "conversationId", seq, from_role AS "from", created_at AS at, coalesce(activity->>'text', activity::text) AS text
     FROM chat_activities WHERE conversation_id = ANY($1::text[]) ORDER BY conversation_id, seq`,
    [conversationIds],
  );
  const files = await db.query<ExtractedTranscript['attachments'][number] & { conversationId: string }>(
    `SELECT conversation_id AS "conversationId", name, content_type AS "contentType", size, created_at AS at
     FROM chat_attachments WHERE conversation_id = ANY($1::text[]) ORDER BY id`,
    [conversationIds],
  );
  return conversations.rows.map((c) => ({
    ...c,
    lines: lines.rows.filter((l) => l.conversationId === c.conversationId).map(({ conversationId: _, ...l }) => l),
    attachments: files.rows.filter((f) => f.conversationId === c.conversationId).map(({ conversationId: _, ...f }) => f),
  }));
}

/** Deletes a conversation's transcript and the files sent in it (they go with it: ON DELETE CASCADE). */
export async function eraseTranscript(tx: Queryable, conversationId: string): Promise<number> {
  const result = await tx.query('DELETE FROM chat_conversations WHERE id = $1', [conversationId]);
  return result.rowCount;
}
