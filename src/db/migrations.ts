import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database';

/** The db/ folder of numbered, forward-only plain SQL files. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../db');

// Any fixed number, shared by every instance: two instances starting at once apply each migration once.
const MIGRATION_LOCK_KEY = 4_711_2026;

export interface Migration {
  id: string;
  sql: string;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const m = /^(\d{3})_[a-z0-9_]+\.sql$/.exec(file);
    if (!m) throw new MigrationError(`Migration file ${file} must be named like 001_what_it_does.sql`);
    if (seen.has(m[1]!)) throw new MigrationError(`Two migrations share the number ${m[1]}`);
    seen.add(m[1]!);
    return { id: file.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

/** Applies what is not applied yet, each migration in its own transaction. Returns the ids applied now. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  // One read when all are applied, as at nearly every start, instead of a locked transaction per migration.
  const pending = new Set(await pendingMigrations(db, migrations));
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => pending.has(m.id))) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (done.rowCount > 0) return false;
      try {
        await tx.exec(migration.sql);
      } catch (err) {
        throw new MigrationError(`Migration ${migration.id} failed, nothing of it was applied: ${(err as Error).message}`);
      }
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}

/** The migrations in db/ that the database has not applied (an empty list when it is up to date). */
export async function pendingMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  const table = await db.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!table.rows[0]?.present) return migrations.map((m) => m.id);
  const done = await db.query<{ id: string }>('SELECT id FROM schema_migrations');
  const ids = new Set(done.rows.map((r) => r.id));
  return migrations.filter((m) => !ids.has(m.id)).map((m) => m.id);
}
