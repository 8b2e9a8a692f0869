import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ROOT = path.resolve(__dirname, '../../..');
// Each run starts tsx; the embedded database's first creation takes long on a loaded machine.
jest.setTimeout(240_000);

/** Runs `npm run purge -- …` as an operator would. */
function purgeCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/retention/purgeCli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'error', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

const PLAN = JSON.stringify({ sessions: { days: 7, decision: 'KS 2026/99 § 1' } });

describe('npm run purge on DATABASE_URL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.query(
      `INSERT INTO conversation_sessions (id, channel, state, caller_phone, ended_at, created_at)
       SELECT 'CA' || md5(i::text), 'phone', '{}', '+46700000303', now() - make_interval(days => 10 + i), now() - make_interval(days => 10 + i) FROM generate_series(1, 3) i`,
    );
    await t.db.query(`INSERT INTO conversation_sessions (id, channel, state, ended_at) VALUES ('recent', 'chat', '{}', now() - interval '1 day')`);
  });
  afterAll(() => t.drop());

  it('lists in a dry run what would go per class, with the oldest day and the decision, and removes nothing', async () => {
    const run = await purgeCommand(['--dry-run'], { DATABASE_URL: t.url, RECORDS_PLAN: PLAN });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^Dry run: nothing removed\./);
    const oldest = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
    expect(run.out).toMatch(new RegExp(`^sessions\\s+delete\\s+7 days\\s+3\\s+${oldest}\\s+KS 2026/99 § 1$`, 'm'));
    expect(run.out).toMatch(/^closedCases\s+kept\s+forever\s+0\s+-\s+Synpunkts standard/m);
    expect((await t.db.query('SELECT 1 FROM conversation_sessions')).rowCount).toBe(4);
  });

  it('removes it when run for real, and a second run finds nothing', async () => {
    const run = await purgeCommand([], { DATABASE_URL: t.url, RECORDS_PLAN: PLAN });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(/^sessions\s+delete\s+7 days\s+3\s+KS 2026\/99 § 1$/m);
    expect((await t.db.query('SELECT id FROM conversation_sessions')).rows).toEqual([{ id: 'recent' }]);
    expect((await purgeCommand([], { DATABASE_URL: t.url, RECORDS_PLAN: PLAN })).out).toMatch(/^sessions\s+delete\s+7 days\s+0\s+/m);
  });

  it('says when another purge holds the lease, and removes nothing', async () => {
    await t.db.query(`UPDATE purge_lease SET holder = 'other', held_until = now() + interval '5 minutes'`);
    try {
      const run = await purgeCommand([], { DATABASE_URL: t.url, RECORDS_PLAN: PLAN });
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/^Another purge is running now \(its lease runs until \d{4}-/);
    } finally {
      await t.db.query('UPDATE purge_lease SET holder = NULL, held_until = NULL');
    }
  });

  it('refuses a bad records plan, naming the class, before touching the database', async () => {
    const run = await purgeCommand(['--dry-run'], { DATABASE_URL: t.url, RECORDS_PLAN: '{"sesions": {"days": 1, "decision": "x"}}' });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^RECORDS_PLAN names "sesions", which is not a record class/);
  });
});

describe('npm run purge on the embedded database (DATA_DIR)', () => {
  it('runs a dry run and a purge there too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-purge-'));
    try {
      const dry = await purgeCommand(['--dry-run'], { DATA_DIR: dir, RECORDS_PLAN: PLAN });
      expect(dry).toMatchObject({ code: 0, err: '' });
      expect(dry.out).toMatch(/^sessions\s+delete\s+7 days\s+0\s+-\s+KS 2026\/99 § 1$/m);
      expect(await purgeCommand([], { DATA_DIR: dir, RECORDS_PLAN: PLAN })).toMatchObject({ code: 0, err: '' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
