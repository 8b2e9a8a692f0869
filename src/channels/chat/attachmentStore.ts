import type { Queryable } from '../../db/database';
import type { AttachmentType } from './attachmentTypes';

/** Chat attachments in PostgreSQL (db/012_chat_attachments.sql): the bytes, and what they are. */
export interface AttachmentInfo {
  id: number;
  name: string;
  contentType: AttachmentType;
  size: number;
  createdAt: Date;
}

export interface NewAttachment {
  name: string;
  contentType: AttachmentType;
  content: Buffer;
}

const INFO = 'id, name, content_type AS "contentType", size, created_at AS "createdAt"';

export async function saveAttachments(db: Queryable, conversationId: string, files: readonly NewAttachment[]): Promise<AttachmentInfo[]> {
  const saved: AttachmentInfo[] = [];
  for (const file of files) {
    const result = await db.query<AttachmentInfo>(
      `INSERT INTO chat_attachments (conversation_id, name, content_type, size, content) VALUES ($1, $2, $3, $4, $5) RETURNING ${INFO}`,
      [conversationId, file.name, file.contentType, file.content.length, file.content],
    );
    saved.push(normalised(result.rows[0]!));
  }
  return saved;
}

/** A conversation's attachments in the order they came, without their bytes. */
export async function listAttachments(db: Queryable, conversationId: string): Promise<AttachmentInfo[]> {
  const result = await db.query<AttachmentInfo>(`SELECT ${INFO} FROM chat_attachments WHERE conversation_id = $1 ORDER BY id`, [conversationId]);
  return result.rows.map(normalised);
}

/** One attachment with its bytes, only if it belongs to that conversation. */
export async function readAttachment(db: Queryable, conversationId: string, id: number): Promise<(AttachmentInfo & { content: Buffer }) | null> {
  const result = await db.query<AttachmentInfo & { content: Uint8Array }>(
    `SELECT ${INFO}, content FROM chat_attachments WHERE conversation_id = $1 AND id = $2`,
    [conversationId, id],
  );
  const row = result.rows[0];
  return row ? { ...normalised(row), content: Buffer.from(row.content) } : null;
}

/** bigserial and timestamps as both drivers give them: a number and a Date. */
function normalised<T extends AttachmentInfo>(row: T): T {
  return { ...row, id: Number(row.id), size: Number(row.size), createdAt: new Date(row.createdAt) };
}
