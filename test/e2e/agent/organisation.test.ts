import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { placeCall } from '../../../src/cli/phoneCall';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { PUBLIC_URL, startVoiceService, TEST_TOKEN, type VoiceService } from '../../support/voice';

/**
 * What a newcomer does in the browser: an admin sets up two units in a ladder with their managers, a handler in the
 * lower one and a routing rule; a phone call (signed webhooks, as Twilio sends them) becomes a case routed to the
 * lower unit at once; a handler of another unit is refused it with the reason, the manager of the upper unit reads
 * it, and the access log shows who read it. SCREENSHOT_DIR=… keeps a picture of each admin page.
 */
jest.setTimeout(60_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'adam', 'admin');
  // A handler of a unit beside the ladder, who must not read the case.
  await createAccount(t.db, 'lars', 'handler', { unit: 'LSS Boende Ekbacken' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

async function signedInPage(username: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await page.goto(`${service.url}/agent/login`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

async function checked(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Submits a form the page script sends to the API, and waits for the page it leads to. */
async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
}

let admin: Page;
let reference = '';

describe('the organisation, set up by an admin in the browser', () => {
  it('two units in a ladder: a verksamhet and an enhet under it', async () => {
    admin = await signedInPage('adam');
    await admin.getByRole('link', { name: 'Enheter' }).click();
    await admin.waitForURL('**/agent/units');
    await checked(admin, 'units-empty');

    await admin.getByLabel('Namn').fill('Äldreomsorg');
    await admin.getByLabel('Nivå').selectOption('verksamhet');
    await admin.getByLabel('Äldreomsorg', { exact: true }).check();
    await submit(admin, 'Lägg till enheten');
    await admin.getByLabel('Namn').fill('Björkgårdens äldreboende');
    await admin.getByLabel('Ligger under').selectOption({ label: 'Äldreomsorg' });
    await admin.getByLabel('Äldreomsorg', { exact: true }).check();
    await submit(admin, 'Lägg till enheten');

    // The same name again, in other letters, is refused with the reason.
    await admin.getByLabel('Namn').fill('björkgårdens  ÄLDREBOENDE');
    await admin.getByRole('button', { name: 'Lägg till enheten' }).click();
    await admin.getByRole('alert').filter({ hasText: 'Det finns redan en enhet som heter Björkgårdens äldreboende' }).waitFor();

    const ladder = admin.locator('ul.ladder').first();
    expect(await ladder.innerText()).toMatch(/Äldreomsorg \(Verksamhet; Äldreomsorg\)\s+Björkgårdens äldreboende \(Enhet; Äldreomsorg\)/);
  });

  it('a handler in the lower unit, created on the accounts page', async () => {
    await admin.getByRole('link', { name: 'Konton' }).click();
    await admin.waitForURL('**/agent/accounts');
    await admin.getByLabel('Användarnamn').fill('berit');
    await admin.getByLabel('Roll').selectOption('handler');
    await admin.getByLabel('Enhet').selectOption({ label: 'Björkgårdens äldreboende' });
    await admin.getByLabel('Lösenord').fill(AGENT_PASSWORD);
    await submit(admin, 'Skapa kontot');
    expect(await admin.getByRole('row', { name: /berit/ }).innerText()).toContain('Björkgårdens äldreboende');
    // The manager of the verksamhet works in the workspace too.
    await admin.getByLabel('Användarnamn').fill('vera');
    await admin.getByLabel('Roll').selectOption('handler');
    await admin.getByLabel('Enhet').selectOption({ label: 'Äldreomsorg' });
    await admin.getByLabel('Lösenord').fill(AGENT_PASSWORD);
    await submit(admin, 'Skapa kontot');
    await checked(admin, 'accounts');
  });

  it('managers at both rungs, with their e-mail', async () => {
    await admin.goto(`${service.url}/agent/units`);
    await admin.getByRole('link', { name: 'Björkgårdens äldreboende' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Björkgårdens äldreboende' }).waitFor();
    await admin.getByLabel('Titel').selectOption('enhetschef');
    await admin.getByLabel(/^Namn/).fill('Eva Ek');
    await admin.getByLabel('E-post').fill('eva.ek@kommun.se');
    await submit(admin, 'Lägg till chefen');
    expect(await admin.getByRole('table', { name: /Chefer/ }).innerText()).toMatch(/Enhetschef\s+Eva Ek\s+eva\.ek@kommun\.se/);
    expect(await admin.locator('ul.members').innerText()).toContain('berit (Handläggare)');
    // Its service areas, changed later on its page.
    await admin.getByRole('group', { name: 'Verksamheter enheten arbetar med' }).getByLabel('Kommunal hälso- och sjukvård').check();
    await submit(admin, 'Spara namn och verksamheter');
    expect(await admin.locator('dl.facts').innerText()).toMatch(/Verksamheter\s+Äldreomsorg, Kommunal hälso- och sjukvård/);
    await checked(admin, 'unit-enhet');

    await admin.getByRole('link', { name: 'Äldreomsorg' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Äldreomsorg' }).waitFor();
    expect(await admin.getByLabel('Titel').locator('option').allInnerTexts()).toEqual(['Biträdande verksamhetschef', 'Verksamhetschef']);
    await admin.getByLabel('Titel').selectOption('verksamhetschef');
    await admin.getByLabel(/^Namn/).fill('Vera Viklund');
    await admin.getByLabel('E-post').fill('vera.viklund@kommun.se');
    await admin.getByLabel('Konto i Synpunkt').fill('vera');
    await submit(admin, 'Lägg till chefen');
    expect(await admin.getByRole('table', { name: /Chefer/ }).innerText()).toMatch(/Verksamhetschef\s+Vera Viklund\s+vera\.viklund@kommun\.se\s+vera/);
    await checked(admin, 'unit-verksamhet');
  });

  it('a routing rule: elderly care about Björkgården goes to its unit', async () => {
    await admin.goto(`${service.url}/agent/units`);
    await admin.getByRole('combobox', { name: /^Verksamhet/ }).selectOption('aldreomsorg');
    await admin.getByLabel('Ord i beskrivningen').fill('Björkgården');
    await admin.getByLabel('Till enhet').selectOption({ label: 'Björkgårdens äldreboende' });
    await submit(admin, 'Lägg till regeln');
    expect(await admin.getByRole('table', { name: /Regler/ }).innerText()).toMatch(/Äldreomsorg\s+björkgården\s+Björkgårdens äldreboende\s+100/);
    await checked(admin, 'units');
  });
});

describe('a phone case in the right unit, read by those it belongs to', () => {
  it('lands routed in the lower unit as soon as the call registers it', async () => {
    // "min mamma" already says on whose behalf; "#" ends the account after its first part.
    const answers = ['1', '1', '1', 'Personalen glömde ge min mamma hennes medicin i tisdags.', '#', 'På Björkgårdens äldreboende, tisdag kväll.', '#', '2', '1', 'Karin Andersson', '1', '2', '1', '1', '1'];
    const heard: string[] = [];
    const caller = { hear: (s: string) => heard.push(s), note: () => undefined, answer: async () => answers.shift() ?? null };
    const ended = await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: '+46701234567', lang: 'sv', caller });
    expect(ended).toBe('ended by service');
    const readBack = /ärendenummer är\n([\d ,]+)\n/.exec(heard.join('\n'))![1]!;
    reference = readBack.replace(/, /, '-').replace(/ /g, '');
    const stored = await t.db.query<{ status: string; name: string }>('SELECT c.status, u.name FROM cases c JOIN units u ON u.id = c.unit_id WHERE c.reference = $1', [reference]);
    expect(stored.rows).toEqual([{ status: 'routed', name: 'Björkgårdens äldreboende' }]);
  });

  it('is refused to a handler of another unit, with the reason in Swedish, and not found by their search', async () => {
    const lars = await signedInPage('lars');
    const answer = await lars.goto(`${service.url}/agent/cases/${reference}`);
    expect(answer!.status()).toBe(403);
    expect(await lars.getByRole('main').innerText()).toContain(`Ärende ${reference} hör till Björkgårdens äldreboende. Du kan läsa ärenden för dina enheter och enheterna under dem.`);
    expect(await lars.getByText('Personalen glömde').count()).toBe(0);
    await checked(lars, 'refused');
    const search = await lars.goto(`${service.url}/agent/cases?reference=${reference}`);
    expect(search!.status()).toBe(404);
    expect(await lars.getByRole('alert').innerText()).toContain(`Inget ärende har numret ${reference}`);
  });

  it('is read by the handler of the unit and by the manager of the unit above', async () => {
    for (const who of ['berit', 'vera']) {
      const page = await signedInPage(who);
      const answer = await page.goto(`${service.url}/agent/cases/${reference}`);
      expect(answer!.status()).toBe(200);
      expect(await page.getByRole('main').innerText()).toMatch(/Ansvarig enhet\s+Björkgårdens äldreboende/);
      await page.getByText('Personalen glömde ge min mamma hennes medicin i tisdags.').waitFor();
      if (who === 'vera') await checked(page, 'case-read-by-manager');
    }
  });

  it('shows in the access log: who read it, who was refused, when', async () => {
    await admin.goto(`${service.url}/agent/access-log`);
    await admin.getByLabel('Ärendenummer').fill(reference);
    await Promise.all([admin.waitForURL('**/agent/access-log?**'), admin.getByRole('button', { name: 'Visa' }).click()]);
    const rows = await admin.getByRole('table', { name: /Läsningar/ }).locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(1).join(' | '))).toEqual([
      `vera | ${reference} | Läste ärendet`,
      `berit | ${reference} | Läste ärendet`,
      `lars | ${reference} | Nekades läsning`,
    ]);
    await checked(admin, 'access-log');
    await admin.getByLabel('Ärendenummer').fill('');
    await admin.getByLabel('Användarnamn').fill('lars');
    await Promise.all([admin.waitForURL('**/agent/access-log?**'), admin.getByRole('button', { name: 'Visa' }).click()]);
    expect(await admin.getByRole('table', { name: /Läsningar/ }).locator('tbody tr').count()).toBe(1);
  });
});
