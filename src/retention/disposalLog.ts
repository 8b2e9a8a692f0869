import type { Queryable } from '../db/database';
import type { DisposalAction, RecordClass } from '../domain';

/**
 * The disposal log (table disposal_log, db/029): per purge and class, how many records went (or would go, in a
 * dry run), under which decision. Counts and dates only, never what the records held.
 */
export interface DisposalEntry {
  id: number;
  ranAt: Date;
  recordClass: RecordClass;
  action: DisposalAction;
  cutoff: Date;
  count: number;
  oldest: Date | null;
  decision: string;
  dryRun: boolean;
}

export type NewDisposalEntry = Omit<DisposalEntry, 'id'>;

/** Writes one line and answers its id (a run adds to its count batch by batch). */
export async function writeDisposalEntry(db: Queryable, e: NewDisposalEntry): Promise<number> {
  const result = await db.query<{ id: number | string }>(
    `INSERT INTO disposal_log (ran_at, record_class, action, cutoff, count, oldest, decision, dry_run)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [e.ranAt, e.recordClass, e.action, e.cutoff, e.count, e.oldest, e.decision, e.dryRun],
  );
  return Number(result.rows[0]!.id);
}

/** Adds a batch's records to a line, in the batch's own transaction: the log never counts what did not go. */
export async function addToDisposalEntry(tx: Queryable, id: number, count: number): Promise<void> {
  await tx.query('UPDATE disposal_log SET count = count + $2 WHERE id = $1', [id, count]);
}

/** Newest first, `limit` lines from before the id `before` (null: from the newest); `more` when older lines exist. */
export async function listDisposalLog(db: Queryable, before: number | null, limit: number): Promise<{ entries: DisposalEntry[]; more: boolean }> {
  const result = await db.query<DisposalEntry & { id: number | string }>(
    `SELECT id, ran_at AS "ranAt", record_class AS "recordClass", action, cutoff, count, oldest, decision, dry_run AS "dryRun"
     FROM disposal_log WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2`,
    [before, limit + 1],
  );
  const entries = result.rows.slice(0, limit).map((r) => ({ ...r, id: Number(r.id) }));
  return { entries, more: result.rows.length > limit };
}
