import type { Browser, Page } from 'playwright-core';
import { countAttempt } from '../../../src/agent/loginThrottle';
import { registerCase } from '../../../src/intake/registration';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser, signedInPage } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { children, newCallSid, pathOf, startVoiceService, twilioPost, twimlOf, type VoiceService } from '../../support/voice';
import { deadlinesNow } from '../../support/calendar';
import { unitNamed } from '../../support/units';

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'anna', 'agent');
  await unitNamed(t.db, 'Hemtjänst Norr');
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

/** A resident calls, chooses feedback, a complaint about elderly care, then presses 0 for customer service. */
async function callAndAskForCustomerService(): Promise<string> {
  const callSid = newCallSid();
  const from = '+46709876543';
  let reply = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: from, CallStatus: 'ringing' });
  for (const digit of ['1', '1', '1', '0']) {
    // Answer where Twilio would: the action URL of the question just asked.
    const gather = children(twimlOf(reply.body), 'Gather')[0];
    if (!gather) throw new Error(`nothing is asked: ${reply.body}`);
    reply = await twilioPost(service, pathOf(gather.getAttribute('action')!), { CallSid: callSid, From: from, Digits: digit });
  }
  const session = await t.db.query<{ transferred: boolean }>('SELECT transferred_at IS NOT NULL AS transferred FROM conversation_sessions WHERE id = $1', [callSid]);
  expect(session.rows[0]).toEqual({ transferred: true });
  return callSid;
}

async function expectAccessible(): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('an agent in the browser', () => {
  let reference = '';
  const note = '<script>window.hacked = true</script>Ringde, <b>pratade</b> med dottern.';

  it('logs in', async () => {
    await page.goto(`${service.url}/agent`);
    expect(new URL(page.url()).pathname).toBe('/agent/login');
    await expectAccessible();
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill(AGENT_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL('**/agent/calls');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Avsluta samtal');
    await expectAccessible();
  });

  it('finishes a call handed over from the phone menu, with the menu’s answers filled in', async () => {
    const callSid = await callAndAskForCustomerService();
    await page.reload();
    await page.getByRole('link', { name: /Avsluta samtalet/ }).first().click();
    await page.waitForURL(`**/agent/calls/${callSid}`);
    await expectAccessible();
    expect(await page.getByLabel('Vad gäller det?').inputValue()).toBe('klagomal');
    expect(await page.getByLabel('Verksamhet').inputValue()).toBe('aldreomsorg');
    expect(await page.getByLabel('Telefonnummer').inputValue()).toBe('+46709876543');

    await page.getByLabel('Vad hände?').fill('Hemtjänsten kom inte i tisdags och min mamma fick ingen middag.');
    await page.getByLabel('Ansvarig enhet').selectOption({ label: 'Hemtjänst Norr' });
    await page.getByLabel('Namn').fill('Karin Andersson');
    await page.getByLabel('När nästa vardag').selectOption('morning');
    await page.getByRole('button', { name: 'Registrera ärendet' }).click();
    await page.waitForURL(/\/agent\/cases\/\d{4}-\d{5}$/);
    reference = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Ärende ${reference}`);
    await expect(page.getByText('Hemtjänsten kom inte i tisdags').isVisible()).resolves.toBe(true);
    await expectAccessible();
  });

  it('shows what is wrong when the form is refused', async () => {
    await page.goto(`${service.url}/agent/new-case`);
    await page.getByLabel('Vad gäller det?').selectOption('berom');
    await page.getByLabel('Verksamhet').selectOption('annat');
    await page.getByLabel('Vad hände?').fill('Bra bemötande.');
    await page.getByLabel('Anonym').check();
    await page.getByLabel('Namn').fill('Eva');
    await page.getByRole('button', { name: 'Registrera ärendet' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ett anonymt ärende kan inte ha kontaktuppgifter');
    await expectAccessible();
  });

  it('works the callback to "reached"', async () => {
    await page.goto(`${service.url}/agent/callbacks`);
    await expectAccessible();
    await page.getByRole('row', { name: new RegExp(reference) }).getByRole('link', { name: /Öppna/ }).click();
    await page.getByRole('button', { name: 'Ta återuppringningen' }).click();
    await page.getByRole('heading', { name: 'Resultat' }).waitFor();
    // Who and what the call is about, then Ring before the outcome.
    expect(await page.locator('.facts').getByText('Karin Andersson').count()).toBe(1);
    expect(await page.getByRole('link', { name: '070-987 65 43' }).first().isVisible()).toBe(true);
    expect(await page.getByText('Hemtjänsten kom inte i tisdags').isVisible()).toBe(true);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('Ring')).toBeLessThan(headings.indexOf('Resultat'));
    await expectAccessible();
    await page.getByLabel('Nådde invånaren').check();
    await page.getByLabel('Anteckning').fill(note);
    await page.getByRole('button', { name: 'Spara resultatet' }).click();
    await page.waitForURL(/\/agent\/callbacks(\?|$)/);
    // Saved, and said so where the focus lands: a status the screen reader reads.
    // (The page's other status region, for its live list, stays quiet.)
    const confirmation = page.getByRole('status').filter({ hasText: 'Resultatet av återuppringningen är sparat.' });
    await confirmation.waitFor();
    expect(await confirmation.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    expect(await page.getByRole('row', { name: new RegExp(reference) }).count()).toBe(0);
  });

  it('finds the case by its number as the resident says it, with the callback and the note shown as text', async () => {
    await page.goto(`${service.url}/agent/cases`);
    await expectAccessible();
    const [year, number] = reference.split('-');
    await page.getByLabel('Sök', { exact: true }).fill(`${year}-${Number(number)}`);
    await page.getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL(`**/agent/cases/${reference}`);
    expect(await page.locator('.attempts .note').textContent()).toBe(note);
    expect(await page.evaluate(() => (globalThis as { hacked?: boolean }).hacked)).toBeUndefined();
    expect(await page.getByText('Återuppringning klar').count()).toBe(1);
    await expectAccessible();
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL('**/agent/login');
    await page.goto(`${service.url}/agent/callbacks`);
    expect(new URL(page.url()).pathname).toBe('/agent/login');
  });
});

/** A new browser context signed in as the admin adam. */
function adminPage(): Promise<Page> {
  return signedInPage(browser, service.url, 'adam');
}

describe('every other page of the workspace', () => {
  it('passes the accessibility check, as an admin sees it', async () => {
    await createAccount(t.db, 'adam', 'admin');
    await registerCase(t.db, { status: 'incomplete', channel: 'phone', what: 'Lade på mitt i.' }, 'resident:phone', deadlinesNow());
    const admin = await adminPage();
    for (const path of ['/agent/incomplete', '/agent/overdue', '/agent/accounts', '/agent/new-case', '/agent/callbacks/999999', '/agent/analysis']) {
      await admin.goto(service.url + path);
      expect(await axeViolations(admin)).toEqual([]);
    }
    await admin.goto(`${service.url}/agent/incomplete`);
    await admin.getByRole('link', { name: /\d{4}-\d{5}/ }).first().click();
    await admin.getByRole('heading', { name: 'Komplettera ärendet' }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
    // Six pages, the analysis report's charts and tables among them: two minutes on a loaded machine.
  }, 120_000);
});

describe('an admin managing an account in the browser', () => {
  it('sees it locked, unlocks it, gives it a new password, disables and enables it, all recorded on its page', async () => {
    await createAccount(t.db, 'greta', 'agent');
    for (let i = 0; i < 6; i++) await countAttempt(t.db, { address: '198.51.100.30', username: 'greta' });
    const admin = await adminPage();
    await admin.goto(`${service.url}/agent/accounts`);
    await admin.getByRole('cell', { name: /^Spärrat från en adress till \d\d:\d\d efter 6 misslyckade inloggningar$/ }).waitFor();
    await admin.getByRole('link', { name: 'greta' }).click();
    await admin.getByRole('heading', { name: 'Konto greta' }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);

    await admin.getByRole('button', { name: 'Lås upp greta' }).click();
    await admin.getByText('adam låste upp kontot').waitFor();
    expect(await admin.getByRole('button', { name: 'Lås upp greta' }).count()).toBe(0);

    await admin.getByLabel('Nytt lösenord').fill('kort');
    await admin.getByRole('button', { name: 'Spara nytt lösenord' }).click();
    await admin.getByRole('alert').filter({ hasText: 'Lösenordet ska ha minst 12 tecken.' }).waitFor();
    await admin.getByLabel('Nytt lösenord').fill('gretas nya långa lösenord');
    await admin.getByRole('button', { name: 'Spara nytt lösenord' }).click();
    await admin.getByText('adam gav kontot ett nytt lösenord').waitFor();

    await admin.getByRole('button', { name: 'Stäng av greta' }).click();
    await admin.getByText('adam stängde av kontot').waitFor();
    await admin.getByRole('button', { name: 'Aktivera greta' }).click();
    await admin.getByText('adam aktiverade kontot igen').waitFor();
    expect(await axeViolations(admin)).toEqual([]);
  });
});
