import { spawn } from 'node:child_process';
import path from 'node:path';
import { createAccount } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ROOT = path.resolve(__dirname, '../../..');

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Runs `npm run units -- …` as an admin would at the server's terminal. */
function units(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/organisation/cli.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: t.url, LOG_LEVEL: 'error' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

it('builds the ladder with its managers, members and rules, and lists it', async () => {
  await createAccount(t.db, 'nils', 'agent');
  expect(await units('add', 'Vård och omsorg', '--level', 'sektor')).toMatchObject({ code: 0, out: expect.stringMatching(/^Added Vård och omsorg \(sektor, id \d+\)\.\n$/) });
  expect((await units('add', 'Äldreomsorg', '--level', 'verksamhet', '--parent', 'vård OCH omsorg', '--areas', 'aldreomsorg')).code).toBe(0);
  expect((await units('add', 'Hemtjänst Norr', '--areas', 'aldreomsorg')).code).toBe(0);
  expect(await units('set-parent', 'Hemtjänst Norr', 'Äldreomsorg')).toEqual({ code: 0, out: 'Hemtjänst Norr is now under Äldreomsorg.\n' });
  expect(await units('set-areas', 'Hemtjänst Norr', 'aldreomsorg,halso_och_sjukvard')).toEqual({ code: 0, out: 'Hemtjänst Norr: aldreomsorg, halso_och_sjukvard.\n' });
  expect(await units('add-manager', 'Hemtjänst Norr', '--title', 'enhetschef', '--name', 'Eva Ek', '--email', 'eva.ek@kommun.se')).toEqual({ code: 0, out: 'Eva Ek (enhetschef) manages Hemtjänst Norr.\n' });
  expect(await units('add-member', 'Hemtjänst Norr', 'nils')).toEqual({ code: 0, out: 'nils works in Hemtjänst Norr.\n' });
  expect(await units('add-rule', '--area', 'aldreomsorg', '--unit', 'Hemtjänst Norr', '--words', 'norr')).toMatchObject({ code: 0, out: expect.stringContaining('new aldreomsorg cases with "norr" go to Hemtjänst Norr') });
  const list = await units('list');
  expect(list.out).toMatch(/^Vård och omsorg \(sektor, id \d+\)\n {2}Äldreomsorg \(verksamhet, id \d+\) \[aldreomsorg\]\n {4}Hemtjänst Norr \(enhet, id \d+\) \[aldreomsorg, halso_och_sjukvard\]\nrule \d+: aldreomsorg with "norr" → Hemtjänst Norr \(priority 100\)\n$/);
  expect(await units('merged')).toEqual({ code: 0, out: 'The migration met no free-text units.\n' });
}, 120_000);

it('refuses what it cannot do, with a line that says why', async () => {
  expect(await units('add', 'hemtjänst norr')).toMatchObject({ code: 1, out: expect.stringContaining('Det finns redan en enhet som heter Hemtjänst Norr') });
  expect(await units('add-manager', 'Hemtjänst Norr', '--title', 'sektorschef', '--name', 'X', '--email', 'x@kommun.se')).toMatchObject({ code: 1, out: expect.stringContaining('kan inte ha titeln sektorschef') });
  expect(await units('add-manager', 'Hemtjänst Norr', '--title', 'enhetschef', '--name', 'X', '--email', 'inte-en-adress')).toMatchObject({ code: 1, out: expect.stringContaining('email') });
  expect(await units('set-parent', 'Vård och omsorg', 'Hemtjänst Norr')).toMatchObject({ code: 1, out: expect.stringContaining('en nivå högre') });
  expect(await units('add-member', 'Ingen sådan', 'nils')).toMatchObject({ code: 1, out: expect.stringContaining('Det finns ingen enhet som heter "Ingen sådan"') });
  expect(await units('frobnicate')).toMatchObject({ code: 1, out: expect.stringContaining('Usage:') });
}, 120_000);
