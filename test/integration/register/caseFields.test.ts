import { PLACED_CASE_FIELDS } from '../../../src/register/caseFields';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("a case's declared fields", () => {
  it('name every column of cases once, and no column the migrations do not make', async () => {
    const result = await t.db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'cases'`,
    );
    const declared = PLACED_CASE_FIELDS.map((p) => p.field.column);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual(result.rows.map((r) => r.column_name).sort());
  });

  it('keep personal data out of the export', () => {
    expect(PLACED_CASE_FIELDS.filter((p) => p.field.personal && p.field.exported).map((p) => p.name)).toEqual([]);
  });
});
