import { migrate, readMigrations } from '../../../src/db/migrations';
import { listMergeReport } from '../../../src/organisation/mergeReport';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * db/013 turns the free-text units of cases and accounts into rows, merging spellings that differ only by case
 * and spacing; db/014 then drops the text. Run on a register as it was before them (db/012).
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  await migrate(t.db, readMigrations().filter((m) => m.id < '013'));
});
afterAll(() => t.drop());

let number = 0;
async function oldCase(unit: string | null): Promise<number> {
  number += 1;
  const { rows } = await t.db.query<{ id: number }>(
    `INSERT INTO cases (reference, status, kind, area, channel, what, language, unit, news_due, answer_due)
     VALUES ($1, 'routed', 'klagomal', 'aldreomsorg', 'phone', 'x', 'sv', $2, now() + interval '14 days', now() + interval '28 days') RETURNING id`,
    [`2026-${String(number).padStart(5, '0')}`, unit],
  );
  return rows[0]!.id;
}
async function oldHandler(username: string, unit: string): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(`INSERT INTO agents (username, role, unit, password_hash) VALUES ($1, 'handler', $2, 'scrypt$x') RETURNING id`, [username, unit]);
  return rows[0]!.id;
}

it('merges the spellings of a unit into one row named by the most used, reports them, and moves cases and handlers to it', async () => {
  const norr = [await oldCase('Hemtjänst Norr'), await oldCase('Hemtjänst Norr'), await oldCase('Hemtjänst norr'), await oldCase(' Hemtjänst  Norr ')];
  const lss = await oldCase('LSS Boende');
  const none = await oldCase(null);
  const nils = await oldHandler('nils', 'hemtjänst norr');
  const sara = await oldHandler('sara', 'Daglig verksamhet');

  expect(await migrate(t.db)).toEqual(readMigrations().filter((m) => m.id >= '013').map((m) => m.id));

  const units = await t.db.query<{ id: number; name: string; level: string }>('SELECT id, name, level FROM units ORDER BY name');
  expect(units.rows.map((u) => [u.name, u.level])).toEqual([
    ['Daglig verksamhet', 'enhet'],
    ['Hemtjänst Norr', 'enhet'],
    ['LSS Boende', 'enhet'],
  ]);
  const id = (name: string) => units.rows.find((u) => u.name === name)!.id;

  const report = (await listMergeReport(t.db)).map((m) => [m.variant, m.unitName, m.cases, m.agents]);
  expect(report.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'en'))).toEqual([
    [' Hemtjänst  Norr ', 'Hemtjänst Norr', 1, 0],
    ['Daglig verksamhet', 'Daglig verksamhet', 0, 1],
    ['hemtjänst norr', 'Hemtjänst Norr', 0, 1],
    ['Hemtjänst norr', 'Hemtjänst Norr', 1, 0],
    ['Hemtjänst Norr', 'Hemtjänst Norr', 2, 0],
    ['LSS Boende', 'LSS Boende', 1, 0],
  ]);

  const cases = await t.db.query<{ id: number; unit_id: number | null }>('SELECT id, unit_id FROM cases ORDER BY id');
  const unitOf = new Map(cases.rows.map((c) => [c.id, c.unit_id]));
  for (const c of norr) expect(unitOf.get(c)).toBe(id('Hemtjänst Norr'));
  expect(unitOf.get(lss)).toBe(id('LSS Boende'));
  expect(unitOf.get(none)).toBeNull();

  const members = await t.db.query<{ agent_id: number; unit_id: number }>('SELECT agent_id, unit_id FROM agent_units ORDER BY agent_id');
  expect(members.rows).toEqual([
    { agent_id: nils, unit_id: id('Hemtjänst Norr') },
    { agent_id: sara, unit_id: id('Daglig verksamhet') },
  ]);

  // The text is gone: a spelling can no longer decide whose a case is.
  const columns = await t.db.query("SELECT table_name FROM information_schema.columns WHERE column_name = 'unit' AND table_name IN ('cases', 'agents')");
  expect(columns.rows).toEqual([]);
});
