import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser, signedInPage } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { KARIN, KARIN_TOO, seedResident, type Resident } from '../../support/residents';
import { startVoiceService, type VoiceService } from '../../support/voice';

/**
 * An admin in the browser: takes a register extract for a phone number, exports it as printable HTML and as JSON
 * (both in the access log), finds a person by name and confirms the case, prints a copy for release with the
 * secret parts masked (recorded in the history), and erases the person's data on a decision.
 * SCREENSHOT_DIR=… keeps a picture of each page.
 */
jest.setTimeout(90_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let admin: Page;
let adminId: number;
let karin: Resident;
let other: Resident;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  adminId = (await createAccount(t.db, 'adam', 'admin')).id;
  karin = await seedResident(t.db, KARIN);
  other = await seedResident(t.db, KARIN_TOO);
  browser = await launchBrowser();
  admin = await signedInPage(browser, service.url, 'adam');
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

async function checked(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: button }).click()]);
}

async function accessActions(caseId: number): Promise<string[]> {
  const rows = await t.db.query<{ action: string }>('SELECT action FROM case_access_log WHERE agent_id = $1 AND case_id = $2 ORDER BY id', [adminId, caseId]);
  return rows.rows.map((r) => r.action);
}

describe('a register extract in the browser', () => {
  it('finds a person by their number as typed, grouped by where the data is kept', async () => {
    await admin.getByRole('link', { name: 'Registerutdrag' }).click();
    await admin.waitForURL('**/agent/register-extract');
    await checked(admin, 'register-extract-empty');
    await admin.getByLabel('Telefonnummer').fill('070-123 45 67');
    await submit(admin, 'Sök');
    const main = await admin.locator('main').innerText();
    for (const heading of ['Ärenden (1)', 'Återuppringningar (1)', 'Samtal och chattar (samtalets arbetsdata) (1)', 'Utskick (2)', 'Telefonkön (1)', 'Röstmeddelanden (1)']) expect(main).toContain(heading);
    expect(main).toContain(KARIN.address);
    for (const trace of [KARIN_TOO.phone, KARIN_TOO.address, KARIN_TOO.secretWords]) expect(main).not.toContain(trace);
    await checked(admin, 'register-extract-found');
    expect(await accessActions(karin.phoneCaseId)).toEqual(['search']);
  });

  it('exports it as HTML that prints and as JSON, each in the access log', async () => {
    const htmlHref = await admin.getByRole('link', { name: 'Utdraget för utskrift (HTML)' }).getAttribute('href');
    const jsonHref = await admin.getByRole('link', { name: 'Utdraget som JSON-fil' }).getAttribute('href');
    const document = await admin.context().newPage();
    await document.goto(`${service.url}${htmlHref}`);
    expect(await document.locator('h1').innerText()).toBe('Registerutdrag');
    expect(await document.locator('main').innerText()).toContain(KARIN.secretWords);
    await checked(document, 'register-extract-document');
    await document.emulateMedia({ media: 'print' });
    expect((await document.pdf()).subarray(0, 4).toString()).toBe('%PDF');
    await document.close();

    const json = await admin.request.get(`${service.url}${jsonHref}`);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-disposition']).toMatch(/^attachment; filename="?registerutdrag-\d{4}-\d{2}-\d{2}\.json"?$/);
    const extract = (await json.json()) as { cases: { reference: string }[] };
    expect(extract.cases.map((c) => c.reference)).toEqual([karin.phoneCaseReference]);
    expect(await accessActions(karin.phoneCaseId)).toEqual(['search', 'export', 'export']);
    expect(await accessActions(other.phoneCaseId)).toEqual([]);
  });

  it('by name shows candidates, and the extract holds only the case the admin confirmed', async () => {
    await admin.goto(`${service.url}/agent/register-extract`);
    await admin.getByLabel('Namn').fill('karin andersson');
    await submit(admin, 'Sök');
    await checked(admin, 'register-extract-candidates');
    await admin.getByLabel(`Karin Andersson: ärende ${other.phoneCaseReference}`, { exact: false }).check();
    await submit(admin, 'Ta utdrag för de valda ärendena');
    const main = await admin.locator('main').innerText();
    expect(main).toContain(KARIN_TOO.secretWords);
    for (const trace of [KARIN.phone, KARIN.secretWords, karin.phoneCaseReference]) expect(main).not.toContain(trace);
  });

  it('refuses a number that is none, saying what to write', async () => {
    await admin.goto(`${service.url}/agent/register-extract?telefon=070-12`);
    expect(await admin.getByRole('alert').innerText()).toContain('070-12 är inget telefonnummer');
  });
});

describe('a copy for release', () => {
  it('masks the parts marked secret and the contact data, and records the release in the history', async () => {
    await admin.goto(`${service.url}/agent/cases/${other.phoneCaseReference}`);
    await admin.getByRole('link', { name: 'Kopia för utlämnande' }).click();
    await admin.waitForURL('**/kopia');
    await checked(admin, 'release-copy-marks');
    await admin.getByLabel('Vad hände?').check();
    await submit(admin, 'Spara markeringen');
    await submit(admin, 'Lämna ut kopian');
    await admin.getByRole('status').filter({ hasText: 'Utlämnandet är antecknat' }).waitFor();
    await checked(admin, 'release-copy-released');
    const copy = await admin.locator('article.release-copy').innerText();
    expect(copy).toContain('[sekretess]');
    for (const trace of [KARIN_TOO.secretWords, 'Hemtjänsten kom inte', KARIN_TOO.name, KARIN_TOO.phone]) expect(copy).not.toContain(trace);
    expect(copy).toContain('Tisdag förmiddag'); // when/where was not marked
    await admin.emulateMedia({ media: 'print' });
    expect(await admin.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(false);
    await admin.emulateMedia({ media: 'screen' });

    const events = await t.db.query<{ action: string; actor: string; details: unknown }>(
      `SELECT action, actor, details FROM case_events WHERE case_id = $1 AND action IN ('parts_marked_secret', 'copy_released') ORDER BY id`,
      [other.phoneCaseId],
    );
    expect(events.rows).toEqual([
      { action: 'parts_marked_secret', actor: 'agent:adam', details: { parts: ['what'] } },
      { action: 'copy_released', actor: 'agent:adam', details: { parts: ['what', 'contact'] } },
    ]);
  });
});

describe('an erasure on a decision', () => {
  it('removes the person’s contact data for the chosen cases and says so', async () => {
    await admin.goto(`${service.url}/agent/register-extract`);
    await admin.getByLabel('Telefonnummer').fill('+46 70 123 45 67');
    await submit(admin, 'Sök');
    await admin.getByLabel(`Ärende ${karin.phoneCaseReference}`).check();
    await admin.getByLabel('Beslutets diarienummer').fill('KS 2026/77');
    await admin.getByLabel('Skäl').fill('Den registrerade begärde radering.');
    await submit(admin, 'Radera enligt beslutet');
    expect(await admin.getByRole('status').filter({ hasText: 'Beslutet är genomfört' }).innerText()).toContain('i 1 ärenden');
    await checked(admin, 'register-extract-erased');
    const row = await t.db.query('SELECT contact_name, contact_phone, contact_email, contact_address FROM cases WHERE id = $1', [karin.phoneCaseId]);
    expect(row.rows[0]).toEqual({ contact_name: null, contact_phone: null, contact_email: null, contact_address: null });
  });

  it('answers a decision without its reason with 400 and changes nothing', async () => {
    const csrf = await admin.locator('meta[name="csrf-token"]').getAttribute('content');
    const response = await admin.request.post(`${service.url}/agent/register-extract/erasure`, {
      form: { _csrf: csrf!, arende: String(other.phoneCaseId), beslut: 'KS 2026/78', skal: '' },
    });
    expect(response.status()).toBe(400);
    const row = await t.db.query<{ contact_phone: string }>('SELECT contact_phone FROM cases WHERE id = $1', [other.phoneCaseId]);
    expect(row.rows[0]!.contact_phone).toBe(KARIN_TOO.phone);
  });
});
