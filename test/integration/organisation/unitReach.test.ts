import { unitsAbove, unitsWithinReach } from '../../../src/organisation/unitReach';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function unit(name: string, level: string, parentId: number | null): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>('INSERT INTO units (name, level, parent_id) VALUES ($1, $2, $3) RETURNING id', [name, level, parentId]);
  return rows[0]!.id;
}

async function member(username: string, unitIds: number[]): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(
    `INSERT INTO agents (username, role, password_hash) VALUES ($1, 'handler', 'scrypt$x') RETURNING id`,
    [username],
  );
  for (const u of unitIds) await t.db.query('INSERT INTO agent_units (agent_id, unit_id) VALUES ($1, $2)', [rows[0]!.id, u]);
  return rows[0]!.id;
}

describe('the ladder of units', () => {
  it('lets a member reach their units and every unit below them, and nothing beside or above', async () => {
    const sektor = await unit('Sektor vård och omsorg', 'sektor', null);
    const aldre = await unit('Äldreomsorg', 'verksamhet', sektor);
    const norr = await unit('Hemtjänst Norr', 'enhet', aldre);
    const syd = await unit('Hemtjänst Syd', 'enhet', aldre);
    const lss = await unit('LSS Boende', 'enhet', sektor);

    expect(await unitsWithinReach(t.db, await member('chef.norr', [norr]))).toEqual([norr]);
    expect(await unitsWithinReach(t.db, await member('vc.aldre', [aldre]))).toEqual([aldre, norr, syd].sort((a, b) => a - b));
    expect(await unitsWithinReach(t.db, await member('sektorschef', [sektor]))).toEqual([sektor, aldre, norr, syd, lss].sort((a, b) => a - b));
    expect(await unitsWithinReach(t.db, await member('two.units', [syd, lss]))).toEqual([syd, lss].sort((a, b) => a - b));
    expect(await unitsWithinReach(t.db, await member('nobody', []))).toEqual([]);

    expect(await unitsAbove(t.db, norr)).toEqual([aldre, sektor]);
    expect(await unitsAbove(t.db, sektor)).toEqual([]);
  });

  it('refuses two units whose names differ only by case or spacing', async () => {
    await unit('Daglig verksamhet', 'enhet', null);
    await expect(unit(' daglig  Verksamhet', 'enhet', null)).rejects.toThrow(/units_one_per_name/);
  });
});
