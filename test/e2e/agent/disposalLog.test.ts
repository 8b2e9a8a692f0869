import type { Browser, Page } from 'playwright-core';
import { runPurge } from '../../../src/retention/purge';
import { DEFAULT_RECORDS_PLAN } from '../../../src/domain';
import { createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser, signedInPage as signedInAs } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { OPEN, startVoiceService, type VoiceService } from '../../support/voice';

/** The disposal log as an admin reads it in the browser after a dry run and a purge; other roles are refused it. */
jest.setTimeout(60_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'adam', 'admin');
  await createAccount(t.db, 'kim', 'agent');
  await t.db.query(
    `INSERT INTO conversation_sessions (id, channel, state, caller_phone, ended_at) SELECT 'CA' || md5(i::text), 'phone', '{}', '+46700000404', $1
     FROM generate_series(1, 4) i`,
    [new Date('2026-09-01T10:00:00Z')],
  );
  const plan = { ...DEFAULT_RECORDS_PLAN, sessions: { keepDays: 30, decision: 'KS 2026/77 § 3' } };
  for (const dryRun of [true, false]) await runPurge({ db: t.db, plan, clock: () => OPEN, recordingsApi: null }, { dryRun });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

const signedInPage = (username: string): Promise<Page> => signedInAs(browser, service.url, username);

describe('the disposal log (Gallringsloggen)', () => {
  it('shows an admin each class\'s count, the day before which records went and the decision, newest first', async () => {
    const page = await signedInPage('adam');
    // Reached from the menu by keyboard.
    await page.getByRole('link', { name: 'Gallringsloggen' }).focus();
    await Promise.all([page.waitForURL('**/agent/disposal-log'), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Gallringsloggen');
    const rows = page.getByRole('row').filter({ hasText: 'Samtals- och chattillstånd' });
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/Samtals- och chattillstånd\s+Raderade\s+4\s+2026-10-26\s+KS 2026\/77 § 3/);
    expect(await rows.nth(1).innerText()).toMatch(/Provkörning: skulle raderas \(äldsta 2026-09-01\)\s+4\s+2026-10-26\s+KS 2026\/77 § 3/);
    expect(await page.content()).not.toContain('700000404');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is for admins only', async () => {
    const page = await signedInPage('kim');
    expect(await page.getByRole('link', { name: 'Gallringsloggen' }).count()).toBe(0);
    const response = await page.goto(`${service.url}/agent/disposal-log`);
    expect(response!.status()).toBe(403);
  });
});
