import type { Queryable } from '../db/database';
import { OUTBOX_KIND, OUTBOX_STATUS, type OutboxKind } from './outboxTypes';

/** Messages per kind still to deliver (pending) and given up on (failed). */
export type OutboxBacklog = Record<OutboxKind, { pending: number; failed: number }>;

/**
 * The outbox's backlog, for the metrics on each scrape. Both counts read partial indexes that hold only those rows
 * (outbox_due, db/002; outbox_failed_by_kind, db/033), never the messages already sent.
 */
export async function outboxBacklog(db: Queryable): Promise<OutboxBacklog> {
  const { rows } = await db.query<{ kind: string; status: string; n: string | number }>(
    // Two lookups, each matching its partial index (statuses written in: a generic plan could not with parameters).
    `SELECT kind, status, count(*) AS n FROM outbox_messages WHERE status = '${OUTBOX_STATUS.pending}' GROUP BY kind, status
     UNION ALL
     SELECT kind, status, count(*) AS n FROM outbox_messages WHERE status = '${OUTBOX_STATUS.failed}' GROUP BY kind, status`,
  );
  const backlog = Object.fromEntries(Object.values(OUTBOX_KIND).map((kind) => [kind, { pending: 0, failed: 0 }])) as OutboxBacklog;
  for (const row of rows) {
    const counts = backlog[row.kind as OutboxKind];
    if (!counts) continue;
    if (row.status === OUTBOX_STATUS.pending) counts.pending = Number(row.n);
    else counts.failed = Number(row.n);
  }
  return backlog;
}
