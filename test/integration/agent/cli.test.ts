import { spawn } from 'node:child_process';
import path from 'node:path';
import { findCredentials } from '../../../src/agent/agentStore';
import { verifyPassword } from '../../../src/agent/passwords';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ROOT = path.resolve(__dirname, '../../..');

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
});
afterAll(() => t.drop());

/** Runs `npm run agents -- …` as an admin would, with the password on standard input. */
function agents(args: string[], stdin = ''): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/agent/cli.ts', ...args], {
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
    const added = await agents(['add', 'Nils', '--role', 'handler', '--unit', 'Hemtjänst Norr', '--phone', '070-111 22 33'], 'ett långt lösenord\n');
    expect(added).toEqual({ code: 0, out: 'Created nils (handler, Hemtjänst Norr).\n' });
    const stored = await findCredentials(t.db, 'nils');
    expect(stored!.agent).toMatchObject({ role: 'handler', unit: 'Hemtjänst Norr', phone: '+46701112233' });
    expect(stored!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored!.passwordHash).not.toContain('lösenord');
    expect(await verifyPassword('ett långt lösenord', stored!.passwordHash)).toBe(true);

    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+active$/m);
    expect(await agents(['disable', 'nils'])).toEqual({ code: 0, out: 'Disabled nils; their sessions are ended.\n' });
    expect((await agents(['list'])).out).toMatch(/^nils\s+handler\s+Hemtjänst Norr\s+disabled$/m);
  }, 60_000);

  it('refuses what it cannot do, with a line that says why', async () => {
    expect(await agents(['add', 'eva', '--role', 'boss'], 'ett långt lösenord\n')).toMatchObject({ code: 1, out: expect.stringContaining('--role must be one of agent, handler, admin') });
    expect(await agents(['add', 'eva', '--role', 'handler'], 'ett långt lösenord\n')).toMatchObject({ code: 1, out: 'A handler needs the unit (enhet) whose cases they work.\n' });
    expect(await agents(['add', 'eva', '--role', 'agent'], 'kort\n')).toMatchObject({ code: 1, out: 'Cannot create eva: the password must be at least 12 characters.\n' });
    expect(await agents(['add', 'eva', '--role', 'agent'], '')).toMatchObject({ code: 1, out: expect.stringContaining('no password was given') });
    expect(await agents(['disable', 'nobody'])).toMatchObject({ code: 1, out: 'There is no account named nobody.\n' });
    expect(await agents(['frobnicate'])).toMatchObject({ code: 1, out: expect.stringContaining('Usage:') });
  }, 60_000);
});
