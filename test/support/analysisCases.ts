import type { Queryable } from '../../src/db/database';

/** A case as the analysis tests need one: when it came, what it is, and when news and the answer reached the resident. */
export interface AnalysedCase {
  registeredAt: string;
  kind?: string | null;
  area?: string;
  channel?: 'phone' | 'chat' | 'agent';
  status?: string;
  onBehalf?: string | null;
  serious?: boolean;
  confidential?: boolean;
  unitId?: number | null;
  categories?: string[];
  /** Days after registration; null when not given. */
  newsAfterDays?: number | null;
  answerAfterDays?: number | null;
  what?: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

let counter = 0;

/**
 * Inserts cases directly (the other helpers' writers set news_given_at and answer_given_at as messages are
 * delivered; here they are set as the test needs). Returns their ids.
 */
export async function insertAnalysedCases(db: Queryable, cases: readonly AnalysedCase[]): Promise<number[]> {
  const ids: number[] = [];
  for (const c of cases) {
    counter += 1;
    const kind = c.kind === undefined ? 'klagomal' : c.kind;
    const result = await db.query<{ id: number }>(
      `INSERT INTO cases (reference, status, kind, area, channel, what, on_behalf, anonymous, contact_name, contact_phone, reply_method,
         language, serious, confidential, unit_id, categories, registered_at, news_due, answer_due, news_given_at, answer_given_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'sv', $12, $13, $14, $15, $16::timestamptz,
         $16::timestamptz + interval '14 days', $16::timestamptz + interval '28 days',
         $16::timestamptz + make_interval(days => $17), $16::timestamptz + make_interval(days => $18))
       RETURNING id`,
      [
        `${c.registeredAt.slice(0, 4)}-${String(90000 + counter).padStart(5, '0')}`,
        c.status ?? (kind === null ? 'incomplete' : 'answered'),
        kind,
        kind === null ? null : (c.area ?? 'aldreomsorg'),
        c.channel ?? 'phone',
        kind === null ? null : (c.what ?? 'Hemtjänsten kom inte.'),
        c.onBehalf === undefined ? 'self' : c.onBehalf,
        !c.contactName,
        c.contactName ?? null,
        c.contactPhone ?? null,
        c.contactName ? 'phone' : null,
        c.serious ?? false,
        c.confidential ?? false,
        c.unitId ?? null,
        c.categories ?? [],
        c.registeredAt,
        c.newsAfterDays ?? null,
        c.answerAfterDays ?? null,
      ],
    );
    ids.push(result.rows[0]!.id);
  }
  return ids;
}

/** A call or chat that ended at a step, for the report's "gave up during intake". */
export async function insertEndedConversation(db: Queryable, c: { channel: 'phone' | 'chat'; step: string; endedAt: string; transferred?: boolean }): Promise<void> {
  counter += 1;
  await db.query(
    `INSERT INTO conversation_sessions (id, channel, state, turn, ended_at, transferred_at, created_at, updated_at)
     VALUES ($1, $2, jsonb_build_object('step', $3::text, 'done', true), 3, $4, CASE WHEN $5 THEN $4::timestamptz END, $4, $4)`,
    [`analysis-${counter}-${Date.now()}`, c.channel, c.step, c.endedAt, c.transferred ?? false],
  );
}
