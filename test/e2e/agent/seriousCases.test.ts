import type { Browser, Page } from 'playwright-core';
import { registerCase } from '../../../src/intake/registration';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';
import { PUBLIC_URL, startVoiceService, type VoiceService } from '../../support/voice';

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

let t: TestDatabase;
let smtp: TestSmtpServer;
let service: VoiceService;
let browser: Browser;
let page: Page;
let reference = '';

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  smtp = await startSmtpServer();
  service = await startVoiceService(t.url, undefined, { SMTP_URL: smtp.url, MAIL_FROM: 'Synpunkt <synpunkt@kommun.example>', OUTBOX_INTERVAL_SECONDS: '1' });
  // The organisation as the admin pages would set it up: Hemtjänst Norr under Äldreomsorg, each with its manager.
  const { rows: [aldre] } = await t.db.query<{ id: number }>(`INSERT INTO units (name, level) VALUES ('Äldreomsorg', 'verksamhet') RETURNING id`);
  const { rows: [norr] } = await t.db.query<{ id: number }>(`INSERT INTO units (name, level, parent_id) VALUES ('Hemtjänst Norr', 'enhet', $1) RETURNING id`, [aldre!.id]);
  await t.db.query(`INSERT INTO unit_managers (unit_id, title, name, email) VALUES ($1, 'enhetschef', 'Eva Enhetschef', 'eva.chef@kommun.example')`, [norr!.id]);
  await createAccount(t.db, 'adam', 'admin');
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow());
  await t.db.query('UPDATE cases SET unit_id = $2 WHERE id = $1', [c.id, norr!.id]);
  reference = c.reference;
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await page.goto(`${service.url}/agent/login`);
  await page.getByLabel('Användarnamn').fill('adam');
  await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL('**/agent/calls');
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await smtp?.close();
  await t?.drop();
});

describe('a serious case in the browser', () => {
  it('is flagged on its page, and the unit’s manager receives an e-mail at once', async () => {
    await page.goto(`${service.url}/agent/cases/${reference}`);
    await page.getByLabel('Varför (valfritt)').fill('Invånaren berättar om en fallolycka som ingen rapporterade.');
    await page.getByRole('button', { name: 'Markera som allvarligt' }).click();
    await page.getByRole('heading', { name: 'Bedömning enligt Lex Sarah / Lex Maria' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['eva.chef@kommun.example']);
    expect(mail!.mail.subject).toBe(`Allvarligt ärende ${reference}: möjligt missförhållande`);
    expect(mail!.mail.text).toContain(`${PUBLIC_URL}/agent/cases/${reference}`);
    expect(mail!.mail.text).toContain('Ansvarig enhet: Hemtjänst Norr');
  });

  it('shows in the serious list until assessed', async () => {
    await page.getByRole('link', { name: 'Allvarliga ärenden' }).click();
    await page.waitForURL('**/agent/serious');
    const row = page.getByRole('row', { name: new RegExp(reference) });
    expect(await row.getByText('Ej bedömt').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('cannot be closed before the assessment; once recorded, it can', async () => {
    await page.getByRole('link', { name: reference }).click();
    await page.waitForURL(`**/agent/cases/${reference}`);
    const statusForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Spara status' }) });
    await statusForm.getByLabel('Ny status').selectOption('closed');
    await statusForm.getByRole('button', { name: 'Spara status' }).click();
    await statusForm.getByRole('alert').filter({ hasText: 'måste registreras innan ärendet avslutas' }).waitFor();

    await page.getByLabel('Bedöms enligt').selectOption('lex_sarah');
    await page.getByRole('combobox', { name: /^Beslut/ }).selectOption('anmalt_till_ivo');
    await page.getByRole('button', { name: 'Registrera bedömningen' }).click();
    await page.getByRole('alert').filter({ hasText: 'diarienummer' }).waitFor();
    await page.getByLabel('Diarienummer').fill('SN 2026/118');
    await page.getByRole('button', { name: 'Registrera bedömningen' }).click();
    await page.getByRole('button', { name: 'Ändra bedömningen' }).waitFor();
    expect(await page.getByText('Allvarligt missförhållande, anmält till IVO').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const closeForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Spara status' }) });
    await closeForm.getByLabel('Ny status').selectOption('closed');
    await closeForm.getByLabel('Åtgärder').fill('Anmält till IVO; rutinen för fall ses över.');
    await closeForm.getByRole('button', { name: 'Spara status' }).click();
    await page.locator('.facts dd').filter({ hasText: /^Avslutat$/ }).waitFor();

    await page.goto(`${service.url}/agent/serious`);
    expect(await page.getByRole('row', { name: new RegExp(reference) }).count()).toBe(0);
    await page.getByRole('link', { name: 'Visa alla, även bedömda' }).click();
    await page.getByRole('row', { name: new RegExp(reference) }).getByText('Lex Sarah: Allvarligt missförhållande, anmält till IVO').waitFor();
  });
});
