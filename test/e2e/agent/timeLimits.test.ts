/**
 * Time limits (WCAG 2.2.1) in Chromium: before a callback claim lapses (15 minutes) and before the login ends
 * (10 hours) the page warns in an alert dialog with "Förläng", which extends them (checked in the database), and
 * what was typed in a form posted after the session ended is there again after logging in. The database's clock
 * decides both limits: the tests move the claim's and the session's times in it instead of waiting.
 */
import type { Browser, Page } from 'playwright-core';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { registerCaseWithCallback } from '../../support/agentCases';
import { axeViolations, launchBrowser } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startVoiceService, type VoiceService } from '../../support/voice';

// A browser on two cores is slow; each step is given two minutes.
jest.setTimeout(120_000);

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let page: Page;
let callbackId = 0;
let reference = '';

type Doc = { document: { activeElement: { textContent: string | null } | null } };
const focusedText = (p: Page) => p.evaluate(() => (globalThis as unknown as Doc).document.activeElement?.textContent?.trim() ?? '');

async function logIn(p: Page, username: string): Promise<void> {
  await p.getByLabel('Användarnamn').fill(username);
  await p.getByLabel('Lösenord').fill(AGENT_PASSWORD);
  await p.getByRole('button', { name: 'Logga in' }).click();
}

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'kim', 'agent', { phone: '+46701112233' });
  await createAccount(t.db, 'lo', 'agent');
  const registered = await registerCaseWithCallback(t.db);
  callbackId = registered.callback!.id;
  reference = registered.case.reference;
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await page.goto(`${service.url}/agent/login`);
  await logIn(page, 'kim');
  await page.waitForURL('**/agent/calls');
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

const sessionEnds = async (username: string) =>
  (await t.db.query<{ left: number }>(
    `SELECT extract(epoch FROM s.expires_at - now())::integer AS left FROM agent_sessions s JOIN agents a ON a.id = s.agent_id WHERE a.username = $1`,
    [username],
  )).rows.map((r) => r.left);

describe('before the login ends', () => {
  it('warns five minutes before, in an alert dialog with the focus on Förläng, which gives ten hours more', async () => {
    await t.db.query(`UPDATE agent_sessions SET expires_at = now() + interval '4 minutes'`);
    await page.goto(`${service.url}/agent/callbacks`);
    const dialog = page.getByRole('alertdialog', { name: 'Du loggas snart ut' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Om 4 minuter loggas du ut');
    expect(await focusedText(page)).toBe('Förläng');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Du är inloggad 10 timmar till.' }).waitFor();
    const [left] = await sessionEnds('kim');
    expect(left).toBeGreaterThan(10 * 3600 - 120);
    expect(left).toBeLessThanOrEqual(10 * 3600);
  });

  it('says nothing while the login has hours left', async () => {
    await page.goto(`${service.url}/agent/callbacks`);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
  });
});

describe('before a claimed callback goes back to the queue', () => {
  it('warns two minutes before, and Förläng claims it for fifteen minutes more', async () => {
    await page.goto(`${service.url}/agent/callbacks/${callbackId}`);
    await page.getByRole('button', { name: 'Ta återuppringningen' }).click();
    await page.getByRole('heading', { name: 'Resultat' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    await t.db.query(`UPDATE callback_requests SET claimed_at = now() - interval '13 minutes 30 seconds' WHERE id = $1`, [callbackId]);
    await page.reload();
    const dialog = page.getByRole('alertdialog', { name: 'Återuppringningen går snart tillbaka till kön' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Om 2 minuter går återuppringning ${callbackId} tillbaka till kön`);
    expect(await focusedText(page)).toBe('Förläng');
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Förläng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: `Återuppringning ${callbackId} är din i 15 minuter till.` }).waitFor();
    const claim = await t.db.query<{ claimedBy: string; age: number }>(
      `SELECT claimed_by AS "claimedBy", extract(epoch FROM now() - claimed_at)::integer AS age FROM callback_requests WHERE id = $1`,
      [callbackId],
    );
    expect(claim.rows[0]!.claimedBy).toBe('kim');
    expect(claim.rows[0]!.age).toBeLessThan(60);
  });
});

describe('a form sent after the login ended', () => {
  const note = 'Ringde 10.15, ingen svarade. Försöker igen i eftermiddag – dottern har nyckel.';

  it('keeps what was typed through the login page, in no URL and no log line', async () => {
    await page.goto(`${service.url}/agent/callbacks/${callbackId}`);
    await page.getByLabel('Inget svar').check();
    await page.getByLabel('Anteckning').fill(note);
    // The session ends while the agent writes (another tab logged out, or the ten hours passed).
    await t.db.query(`DELETE FROM agent_sessions`);
    await page.getByRole('button', { name: 'Spara resultatet' }).click();
    await page.waitForURL('**/agent/login?next=*');
    await logIn(page, 'kim');
    await page.waitForURL(`**/agent/callbacks/${callbackId}`);

    expect(await page.getByLabel('Anteckning').inputValue()).toBe(note);
    expect(await page.getByLabel('Inget svar').isChecked()).toBe(true);
    const told = page.getByText('Det du skrev innan du loggades ut är ifyllt igen.');
    expect(await told.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(page.url()).not.toContain('Ringde');
    expect(service.logLines.join('')).not.toContain('ingen svarade');
    // Filled in once: the next visit starts empty.
    await page.reload();
    expect(await page.getByLabel('Anteckning').inputValue()).toBe('');
  });

  it('is not shown to someone else who logs in in the same tab', async () => {
    // A note on the case page, which both kim and lo may write.
    await page.goto(`${service.url}/agent/cases/${reference}`);
    await page.getByRole('region', { name: 'Lägg till anteckning' }).getByLabel('Anteckning').fill(note);
    await t.db.query(`DELETE FROM agent_sessions`);
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.waitForURL('**/agent/login?next=*');
    await logIn(page, 'lo');
    await page.waitForURL(`**/agent/cases/${reference}`);
    expect(await page.getByRole('region', { name: 'Lägg till anteckning' }).getByLabel('Anteckning').inputValue()).toBe('');
    expect(await page.content()).not.toContain('ingen svarade');
  });
});
