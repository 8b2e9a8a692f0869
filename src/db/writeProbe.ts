import type { Queryable } from './database';

/** A real write (db/008's one-row table): it fails when the database is read-only, full or away. */
export async function probeWrite(db: Queryable): Promise<void> {
  await db.query('INSERT INTO write_probe (id, written_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET written_at = now()');
}
