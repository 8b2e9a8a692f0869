import { migrate, pendingMigrations, readMigrations } from '../../../src/db/migrations';
import { openPostgres } from '../../../src/db/postgres';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
});
afterAll(() => t.drop());

describe('migrations', () => {
  it('reports every migration pending on an empty database', async () => {
    expect(await pendingMigrations(t.db)).toEqual(readMigrations().map((m) => m.id));
  });

  it('applies each migration once when two instances start at the same moment', async () => {
    const other = openPostgres(t.url);
    try {
      const [a, b] = await Promise.all([migrate(t.db), migrate(other)]);
      expect([...a, ...b].sort()).toEqual(readMigrations().map((m) => m.id).sort());
    } finally {
      await other.close();
    }
    expect(await pendingMigrations(t.db)).toEqual([]);
  });

  it('is idempotent: running again applies nothing and changes nothing', async () => {
    const before = await t.db.query('SELECT id, applied_at FROM schema_migrations ORDER BY id');
    expect(await migrate(t.db)).toEqual([]);
    const after = await t.db.query('SELECT id, applied_at FROM schema_migrations ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });

  it('rolls back a failing migration whole and names it', async () => {
    const broken = [{ id: '999_broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
    await expect(migrate(t.db, broken)).rejects.toThrow(/Migration 999_broken failed, nothing of it was applied/);
    const table = await t.db.query<{ present: boolean }>("SELECT to_regclass('half_done') IS NOT NULL AS present");
    expect(table.rows[0]!.present).toBe(false);
    expect(await pendingMigrations(t.db, broken)).toEqual(['999_broken']);
  });
});
