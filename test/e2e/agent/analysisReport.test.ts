import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { listCaseAccess } from '../../../src/accessLog/caseAccessLog';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { insertAnalysedCases, insertEndedConversation } from '../../support/analysisCases';
import { axeViolations, launchBrowser } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';
import { startVoiceService, type VoiceService } from '../../support/voice';

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let page: Page;
let analystId = 0;
const folder = mkdtempSync(path.join(tmpdir(), 'synpunkt-analysis-'));

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  // The service's clock stands in November 2026: the default report is January–June 2026.
  service = await startVoiceService(t.url);
  analystId = (await createAccount(t.db, 'greta', 'analyst')).id;
  await createAccount(t.db, 'hanna', 'handler', { unit: 'Hemtjänst norr' });
  const verksamhet = await unitNamed(t.db, 'Hemtjänst', { level: 'verksamhet' });
  const norr = await unitNamed(t.db, 'Hemtjänst norr');
  await t.db.query('UPDATE units SET parent_id = $1 WHERE id = $2', [verksamhet, norr]);
  await insertAnalysedCases(t.db, [
    { registeredAt: '2026-02-03T09:00:00Z', unitId: norr, newsAfterDays: 6, answerAfterDays: 21, contactName: 'Karin Andersson', contactPhone: '+46701234567', what: 'Mamma 19450312-1234 fick ingen mat.' },
    { registeredAt: '2026-03-04T09:00:00Z', unitId: norr, newsAfterDays: 12, answerAfterDays: 25 },
    { registeredAt: '2026-04-05T09:00:00Z', kind: 'berom', channel: 'chat', newsAfterDays: 2, answerAfterDays: 3 },
    { registeredAt: '2025-03-04T09:00:00Z', unitId: norr, newsAfterDays: 20, answerAfterDays: 40 },
  ]);
  await insertEndedConversation(t.db, { channel: 'phone', step: 'what', endedAt: '2026-05-01T10:00:00Z' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
  rmSync(folder, { recursive: true, force: true });
});

async function logIn(username: string): Promise<Page> {
  const p = await (await browser.newContext({ locale: 'sv-SE', acceptDownloads: true })).newPage();
  await p.goto(`${service.url}/agent/login`);
  await p.getByLabel('Användarnamn').fill(username);
  await p.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await p.keyboard.press('Enter');
  return p;
}

const rows = (file: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1), { delimiter: ';' }) as string[][];
};

describe('a quality analyst', () => {
  it('logs in to the report of the last half-year, with a year earlier beside it', async () => {
    page = await logIn('greta');
    await page.waitForURL('**/agent/analysis');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Analys av synpunkter och klagomål');
    expect(await page.getByLabel('Från och med dag').inputValue()).toBe('2026-01-01');
    expect(await page.getByRole('table', { name: 'Ärenden under perioden' }).textContent()).toMatch(/Registrerade\s*3\s*1/);
    // Only the report in the menu: an analyst reads no case.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents()).toEqual(['Analys']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('chooses another period by keyboard alone, and reads charts with their figures as tables', async () => {
    // The skip link first, then the form: the date as the field takes it, and Enter.
    await page.keyboard.press('Tab');
    const focused = (el: unknown) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
    expect(await page.getByRole('link', { name: 'Hoppa till innehållet' }).evaluate(focused)).toBe(true);
    await page.getByLabel('Från och med dag').fill('2026-03-01');
    // Enter in a field sends the form (Tab in a date field moves between its year, month and day).
    await page.getByLabel('Till och med dag').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/agent/analysis?from=2026-03-01&to=2026-06-30');
    expect(await page.getByRole('table', { name: 'Ärenden under perioden' }).textContent()).toMatch(/Registrerade\s*2\s*1/);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByRole('img', { name: /Ärenden per slag/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Ärenden per slag' }).textContent()).toMatch(/Beröm\s*1\s*0\s*Klagomål\s*1\s*1/);
    expect(await page.getByRole('table', { name: /per ansvarig enhet/ }).textContent()).toMatch(/Hemtjänst \(Verksamhet\)\s*1\s*1\s*Hemtjänst norr \(Enhet\)\s*1\s*1/);
    expect(await page.getByRole('table', { name: 'Telefon (menyn)', exact: true }).textContent()).toMatch(/vid Vad hände\s*1\s*0/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints it for the nämnd: figures and charts, no menus or forms', async () => {
    const pdf = path.join(folder, 'rapport.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Analys av synpunkter och klagomål');
    expect(text).toContain('Period 2026-03-01–2026-06-30');
    expect(text).toMatch(/Klagomål\s+1\s+1/);
    expect(text).toContain('Tid till besked');
    expect(text).not.toContain('Logga ut');
    expect(text).not.toContain('Visa rapporten');
    expect(text).not.toContain('Ladda ned');
  });

  it('downloads the figures and the pseudonymised cases as CSV, each download in the access log', async () => {
    const [figures] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ned siffrorna (CSV)' }).click()]);
    expect(figures.suggestedFilename()).toBe('synpunkter-2026-03-01-2026-06-30-siffror.csv');
    const figureRows = rows(await figures.path());
    expect(figureRows[0]).toEqual(['Avsnitt', 'Vad', '2026-03-01–2026-06-30', '2025-03-01–2025-06-30']);
    expect(figureRows).toContainEqual(['Slag', 'Klagomål', '1', '1']);
    expect(figureRows).toContainEqual(['Tid till besked', 'Andel inom 14 dagar', '100,0', '0,0']);

    const [cases] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Ladda ned ärendena/ }).click()]);
    const caseRows = rows(await cases.path());
    expect(caseRows).toHaveLength(3);
    expect(caseRows[0]).not.toContain('Vad hände');
    expect(JSON.stringify(caseRows)).not.toMatch(/Karin|\+4670|19450312|2026-9/);

    const log = await listCaseAccess(t.db, { agentId: analystId });
    expect(log.entries.map((e) => [e.action, e.what])).toEqual([
      ['export', null],
      ['export', null],
      ['export', 'Analysrapportens ärenden 2026-03-01–2026-06-30'],
      ['export', 'Analysrapportens siffror 2026-03-01–2026-06-30'],
    ]);
  });
});

it('is given to a new analyst an admin creates on the accounts page; the admin reads the exports in the access log', async () => {
  await createAccount(t.db, 'adam', 'admin');
  const admin = await logIn('adam');
  await admin.waitForURL('**/agent/calls');
  await admin.goto(`${service.url}/agent/accounts`);
  await admin.getByLabel('Användarnamn').fill('olle');
  await admin.getByLabel('Roll').selectOption({ label: 'Analytiker' });
  await admin.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await admin.getByRole('button', { name: 'Skapa kontot' }).click();
  await admin.getByRole('row', { name: /olle\s+Analytiker/ }).waitFor();
  await admin.goto(`${service.url}/agent/access-log?username=greta`);
  await admin.getByRole('cell', { name: 'Analysrapportens siffror 2026-03-01–2026-06-30' }).waitFor();
  expect(await axeViolations(admin)).toEqual([]);

  const analyst = await logIn('olle');
  await analyst.waitForURL('**/agent/analysis');
});

it('is refused to a handler, in Swedish', async () => {
  const handler = await logIn('hanna');
  await handler.waitForURL('**/agent/inbox');
  const answer = await handler.goto(`${service.url}/agent/analysis`);
  expect(answer?.status()).toBe(403);
  expect(await handler.getByRole('heading', { level: 1 }).textContent()).toBe('Inte tillåtet');
  expect(await handler.locator('main').textContent()).toContain('Rapporten och dess export är till för analytiker och administratörer.');
  const csv = await handler.goto(`${service.url}/agent/analysis/figures.csv`);
  expect(csv?.status()).toBe(403);
});
