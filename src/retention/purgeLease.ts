import type { Queryable } from '../db/database';

/**
 * One purge at a time across instances (table purge_lease, db/029): a run takes the lease for a while and renews it
 * between batches; a run that died leaves it to expire. A lease row rather than pg_advisory_lock: the lock would
 * need one pooled connection held for the whole run, which the database port does not offer.
 */
export const LEASE_MINUTES = 15;

const until = (now: Date) => new Date(now.getTime() + LEASE_MINUTES * 60_000);

/** Takes the lease if it is free (or expired): true when this holder has it now. */
export async function takePurgeLease(db: Queryable, holder: string, now: Date): Promise<boolean> {
  const result = await db.query(
    'UPDATE purge_lease SET holder = $1, held_until = $2 WHERE held_until IS NULL OR held_until < $3',
    [holder, until(now), now],
  );
  return result.rowCount === 1;
}

/** Keeps the lease a while longer; false when it was lost (it expired and another run took it). */
export async function renewPurgeLease(db: Queryable, holder: string, now: Date): Promise<boolean> {
  const result = await db.query('UPDATE purge_lease SET held_until = $2 WHERE holder = $1', [holder, until(now)]);
  return result.rowCount === 1;
}

/** Gives the lease back; `finishedAt` when the run went through to the end (the next daily run counts from it). */
export async function releasePurgeLease(db: Queryable, holder: string, finishedAt: Date | null): Promise<void> {
  await db.query(
    'UPDATE purge_lease SET holder = NULL, held_until = NULL, last_finished_at = coalesce($2, last_finished_at) WHERE holder = $1',
    [holder, finishedAt],
  );
}

/** When the last whole run ended, and until when a run under way holds the lease. */
export async function purgeLeaseState(db: Queryable): Promise<{ lastFinishedAt: Date | null; heldUntil: Date | null }> {
  const result = await db.query<{ lastFinishedAt: Date | null; heldUntil: Date | null }>(
    'SELECT last_finished_at AS "lastFinishedAt", held_until AS "heldUntil" FROM purge_lease',
  );
  return result.rows[0] ?? { lastFinishedAt: null, heldUntil: null };
}
