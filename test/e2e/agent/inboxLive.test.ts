import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../../src/db/database';
import { registerCase } from '../../../src/intake/registration';
import type { NewCaseInput } from '../../../src/register/newCase';
import type { RunningService } from '../../../src/service';
import { AGENT_PASSWORD, createAccount, startAgentService } from '../../support/agentClient';
import { axeViolations, launchBrowser } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { startInProcessService } from '../../support/inProcessService';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Setup {
  service: RunningService;
  db: Database;
  unitId: number;
  close(): Promise<void>;
}

async function prepare(service: RunningService, db: Database, close: () => Promise<void>): Promise<Setup> {
  // Hanna belongs to the unit (createAccount adds it to the organisation and makes the membership).
  await createAccount(db, 'hanna', 'handler', { unit: 'Hemtjänst Norr' });
  const unitId = await unitNamed(db, 'Hemtjänst Norr');
  await createAccount(db, 'anna', 'agent');
  return { service, db, unitId, close };
}

/** A case arrives as the intake registers it, routed to Hanna's unit in the same transaction (a unit chosen in the form). */
async function caseArrives(s: Setup, overrides: Partial<NewCaseInput> = {}): Promise<string> {
  const c = (await registerCase(s.db, phoneComplaint({ callback: null, replyMethod: 'letter', unitId: s.unitId, ...overrides }), 'resident:phone', deadlinesNow())).case;
  expect(c).toMatchObject({ status: 'routed', unitId: s.unitId });
  return c.reference;
}

async function logIn(context: BrowserContext, url: string, username: string, lands: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/agent/login`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`**${lands}`);
  return page;
}

/** Marks the page, so a test can tell that it was updated in place rather than loaded again. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
}
const stillMarked = (page: Page) => page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);

const databases: [string, () => Promise<Setup>][] = [
  [
    'PostgreSQL',
    async () => {
      const t: TestDatabase = await createTestDatabase();
      const service = await startAgentService(t);
      return prepare(service, t.db, async () => {
        await service.close();
        await t.drop();
      });
    },
  ],
  [
    'PGlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'synpunkt-inbox-'));
      const service = await startInProcessService({ DATA_DIR: dir }, new Date());
      return prepare(service, service.db, async () => {
        await service.close();
        rmSync(dir, { recursive: true, force: true });
      });
    },
  ],
];

describe.each(databases)('the inbox on %s', (_name, start) => {
  let s: Setup;
  let context: BrowserContext;
  beforeAll(async () => {
    s = await start();
    context = await browser.newContext({ locale: 'sv-SE' });
  });
  afterAll(async () => {
    await context?.close();
    await s?.close();
  });

  it('is the handler’s start page, and updates by itself when a case arrives, keeping a filter being chosen', async () => {
    const first = await caseArrives(s, { serious: true });
    const page = await logIn(context, s.service.url, 'hanna', '/agent/inbox');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Inkorg');
    expect(await page.getByRole('link', { name: first }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The agent has started choosing filters but not sent them.
    await page.getByLabel('Typ').selectOption('synpunkt');
    await markPage(page);
    const arriving = await caseArrives(s, { kind: 'klagomal', what: 'Ingen kom på fredagen.' });
    await page.getByRole('link', { name: arriving }).waitFor();
    expect(await stillMarked(page)).toBe(true);
    expect(await page.getByLabel('Typ').inputValue()).toBe('synpunkt');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).textContent()).toContain('Inkorg');
    // Said to screen readers a moment after the list is in place.
    await page.locator('#live-status').filter({ hasText: 'Listan har uppdaterats.' }).waitFor();
  });
});

describe('search and the callback queue in the browser (PostgreSQL)', () => {
  let s: Setup;
  let context: BrowserContext;
  beforeAll(async () => {
    s = await databases[0]![1]();
    context = await browser.newContext({ locale: 'sv-SE' });
  });
  afterAll(async () => {
    await context?.close();
    await s?.close();
  });

  it('lists results as the agent types, without sending the form', async () => {
    const lindqvist = await caseArrives(s, { contact: { name: 'Karin Lindqvist', phone: '+46701112233', email: null } });
    const page = await logIn(context, s.service.url, 'hanna', '/agent/inbox');
    await page.getByRole('link', { name: 'Sök ärende' }).click();
    await page.waitForURL('**/agent/cases');
    await markPage(page);
    await page.getByLabel('Sök').pressSequentially('lindq', { delay: 30 });
    await page.getByRole('link', { name: lindqvist }).waitFor();
    expect(await stillMarked(page)).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=lindq');
    expect(await page.locator('#search-results').textContent()).toContain('Karin Lindqvist, 070-111 22 33');
    expect(await axeViolations(page)).toEqual([]);

    // By a number as typed so far.
    const [year, number] = lindqvist.split('-') as [string, string];
    await page.getByLabel('Sök').fill('');
    await page.getByLabel('Sök').pressSequentially(`${year} ${Number(number)}`, { delay: 30 });
    await page.locator('#search-results').getByText('träff på ärendenummer').first().waitFor();
    expect(await page.getByRole('link', { name: lindqvist }).count()).toBe(1);
    // Sending a whole number opens the case.
    await page.getByLabel('Sök').press('Enter');
    await page.waitForURL(`**/agent/cases/${lindqvist}`);
  });

  it('updates the callback queue by itself when a resident asks to be called', async () => {
    const page = await logIn(await browser.newContext({ locale: 'sv-SE' }), s.service.url, 'anna', '/agent/calls');
    await page.goto(`${s.service.url}/agent/callbacks`);
    await markPage(page);
    const withCallback = (await registerCase(s.db, phoneComplaint(), 'resident:phone', deadlinesNow())).case.reference;
    await page.locator('#callback-queue').getByRole('link', { name: withCallback }).waitFor();
    expect(await stillMarked(page)).toBe(true);
  });
});
