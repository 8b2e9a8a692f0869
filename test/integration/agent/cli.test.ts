import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { findCredentials } from '../../../src/agent/agentStore';
import { countAttempt } from '../../../src/agent/loginThrottle';
import { verifyPassword } from '../../../src/agent/passwords';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ROOT = path.resolve(__dirname, '../../..');

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
});
afterAll(() => t.drop());

/** Runs `npm run agents -- …` as an admin would, with the password on standard input. */
function agents(args: string[], stdin = '', script = 'src/agent/cli.ts'): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: t.url, LOG_LEVEL: 'error' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end(stdin);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run agents', () => {
  it('adds an account with a scrypt-hashed password read from standard input, lists and disables it', async () => {
    expect(await agents(['add', 'Hemtjänst Norr'], '', 'src/organisation/cli.ts')).toMatchObject({ code: 0 });
    // The unit is found however it is spelt in case and spacing.
    const added = await agents(['add', 'Nils', '--role', 'handler', '--unit', 'hemtjänst  norr', '--phone', '070-111 22 33'], 'ett långt lösenord\n');
    expect(added).toEqual({ code: 0, out: 'Created nils (handler, Hemtjänst Norr).\n' });
    const stored = await findCredentials(t.db, 'nils');
    expect(stored!.agent).toMatchObject({ role: 'handler', phone: '+46701112233' });
    const member = await t.db.query('SELECT u.name FROM agent_units m JOIN units u ON u.id = m.unit_id WHERE m.agent_id = $1', [stored!.agent.id]);
    expect(member.rows).toEqual([{ name: 'Hemtjänst Norr' }]);
    expect(stored!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored!.passwordHash).not.toContain('lösenord');
    expect(await verifyPassword('ett långt lösenord', stored!.passwordHash)).toBe(true);

    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+active$/m);
    expect(await agents(['disable', 'nils'])).toEqual({ code: 0, out: 'Disabled nils; their sessions are ended.\n' });
    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+disabled$/m);
  }, 60_000);

  it('enables, unlocks and gives a new password, recording each with the system user who did it', async () => {
    expect(await agents(['enable', 'nils'])).toEqual({ code: 0, out: 'Enabled nils; they can log in again.\n' });
    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+active$/m);
    expect((await findCredentials(t.db, 'nils'))!.agent.disabled).toBe(false);

    for (let i = 0; i < 6; i++) await countAttempt(t.db, { address: '198.51.100.9', username: 'nils' });
    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+active \(locked from 1 address\(es\) after 6 failed logins\)$/m);
    expect(await agents(['unlock', 'nils'])).toEqual({ code: 0, out: 'Unlocked nils: their failed logins are forgotten.\n' });
    expect((await countAttempt(t.db, { address: '198.51.100.9', username: 'nils' })).locked).toBe(false);

    await t.db.query(`INSERT INTO agent_sessions (token_hash, agent_id, csrf_token, expires_at)
      SELECT repeat('a', 64), id, repeat('c', 32), now() + interval '1 hour' FROM agents WHERE username = 'nils'`);
    expect(await agents(['reset-password', 'nils'], 'kort\n')).toMatchObject({ code: 1, out: 'Cannot set the password of nils: the password must be at least 12 characters.\n' });
    expect(await agents(['reset-password', 'nils'], 'ett nytt långt lösenord\n')).toEqual({ code: 0, out: 'New password set for nils; their sessions are ended.\n' });
    const stored = await findCredentials(t.db, 'nils');
    expect(stored!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('ett nytt långt lösenord', stored!.passwordHash)).toBe(true);
    expect((await t.db.query('SELECT 1 FROM agent_sessions WHERE agent_id = $1', [stored!.agent.id])).rows).toEqual([]);

    const history = await t.db.query<{ action: string; actor: string }>(
      'SELECT action, actor FROM agent_account_events WHERE agent_id = $1 ORDER BY id',
      [stored!.agent.id],
    );
    const actor = `terminal:${os.userInfo().username}`;
    expect(history.rows).toEqual(['created', 'disabled', 'enabled', 'unlocked', 'password_reset'].map((action) => ({ action, actor })));
  }, 60_000);

  it('refuses what it cannot do, with a line that says why', async () => {
    expect(await agents(['add', 'eva', '--role', 'boss'], 'ett långt lösenord\n')).toMatchObject({ code: 1, out: expect.stringContaining('--role must be one of agent, handler, admin') });
    expect(await agents(['add', 'eva', '--role', 'handler'], 'ett långt lösenord\n')).toMatchObject({ code: 1, out: 'A handler needs the unit (enhet) whose cases they work.\n' });
    expect(await agents(['add', 'eva', '--role', 'handler', '--unit', 'Hemtjänst Väst'], 'ett långt lösenord\n')).toMatchObject({
      code: 1,
      out: 'There is no unit named "Hemtjänst Väst": add it first (npm run units -- add "Hemtjänst Väst").\n',
    });
    expect(await agents(['add', 'eva', '--role', 'agent'], 'kort\n')).toMatchObject({ code: 1, out: 'Cannot create eva: the password must be at least 12 characters.\n' });
    expect(await agents(['add', 'eva', '--role', 'agent'], '')).toMatchObject({ code: 1, out: expect.stringContaining('no password was given') });
    for (const command of ['disable', 'enable', 'unlock']) {
      expect(await agents([command, 'nobody'])).toMatchObject({ code: 1, out: 'There is no account named nobody.\n' });
    }
    expect(await agents(['frobnicate'])).toMatchObject({ code: 1, out: expect.stringContaining('Usage:') });
  }, 60_000);
});
