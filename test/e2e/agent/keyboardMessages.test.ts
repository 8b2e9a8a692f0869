import type { Browser, Locator, Page } from 'playwright-core';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { registerCaseWithCallback } from '../../support/agentCases';
import { axeViolations, launchBrowser } from '../../support/browser';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startVoiceService, type VoiceService } from '../../support/voice';
import { unitNamed } from '../../support/units';

/** The little of the browser's DOM these checks read (the tests compile without the DOM library). */
interface DomElement {
  id: string;
  hidden?: boolean;
  textContent: string | null;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
}
interface DomDocument {
  activeElement: DomElement | null;
  getElementById(id: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

// A browser on two cores is slow; each step is given a minute.
jest.setTimeout(60_000);

/**
 * Each main task of the workspace done with the keyboard only (Tab, Shift+Tab, Enter, Space, typing): every error is
 * said beside its field and tied to it, the title says "Fel:", the focus lands on what was said, and every message is
 * Swedish (WCAG 1.3.1, 2.1.1, 3.1.2, 3.3.1, 4.1.3).
 */
let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let page: Page;
let reference = '';
let callbackId = 0;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'greta', 'admin');
  await unitNamed(t.db, 'Hemtjänst Norr');
  const registered = await registerCaseWithCallback(t.db);
  reference = registered.case.reference;
  callbackId = (await t.db.query<{ id: number }>('SELECT id FROM callback_requests ORDER BY id DESC LIMIT 1')).rows[0]!.id;
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

/** Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user would. */
async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The id, role and text of the focused element. */
function focused(): Promise<{ id: string; role: string | null; text: string }> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: DomDocument }).document.activeElement!;
    return { id: el.id, role: el.getAttribute('role'), text: el.textContent?.trim() ?? '' };
  });
}

/** What a field's aria-describedby resolves to, and whether it is marked invalid. */
function fieldState(field: Locator): Promise<{ invalid: string | null; description: string }> {
  return field.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    description: (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id: string) => el.ownerDocument.getElementById(id)?.textContent?.trim() ?? `(no element ${id})`)
      .join(' | '),
  }));
}

/** Words that give English away; none of them is Swedish. */
const ENGLISH = /\b(the|is|are|not|no|must|needs|cannot|there|your|you|may|this|case|callback|account|page|invalid|expected|received|undefined|resident|agent|system)\b/i;

/** Every message element of the page (alerts, statuses, field errors, history lines) is Swedish or marked lang="en". */
async function englishMessages(): Promise<string[]> {
  const texts = await page.evaluate(() =>
    Array.from((globalThis as unknown as { document: DomDocument }).document.querySelectorAll('[role="alert"], [role="status"], .field-error, .error-summary, .confirmation, .history li, .attempts li'))
      .filter((el) => !el.hidden && el.closest('[lang]')?.getAttribute('lang') === 'sv')
      .map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
  return texts.filter((text) => ENGLISH.test(text));
}

/** Chromium's accessibility tree: the name, description and invalid state of the node named so (a screen reader's view). */
async function accessibleField(name: string, role: string): Promise<{ role: string; description: string; invalid: string }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  const node = nodes.find((n) => n.name?.value === name && n.role?.value === role);
  if (!node) throw new Error(`no ${role} named ${name} in the accessibility tree`);
  const invalid = node.properties?.find((p) => p.name === 'invalid')?.value.value;
  return { role: node.role!.value, description: node.description?.value ?? '', invalid: String(invalid ?? 'false') };
}

async function expectCleanPage(): Promise<void> {
  expect(await englishMessages()).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the workspace by keyboard', () => {
  it('refuses a wrong password with the error tied to the field, the title starting "Fel:" and the focus on the summary', async () => {
    await page.goto(`${service.url}/agent/login`);
    await tabTo(page.getByLabel('Användarnamn'));
    await page.keyboard.type('greta');
    await page.keyboard.press('Tab');
    await page.keyboard.type('fel lösenord hela vägen');
    await page.keyboard.press('Enter');
    await page.locator('#fel-sammanfattning').waitFor();

    expect(await page.title()).toMatch(/^Fel: Logga in/);
    expect(await focused()).toMatchObject({ id: 'fel-sammanfattning', role: 'alert' });
    const summary = page.locator('#fel-sammanfattning');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#password');
    expect(await fieldState(page.getByLabel('Lösenord'))).toEqual({ invalid: 'true', description: 'Fel användarnamn eller lösenord.' });
    // What a screen reader is told on the field: its name, that it is invalid, and why.
    expect(await accessibleField('Lösenord', 'textbox')).toEqual({ role: 'textbox', description: 'Fel användarnamn eller lösenord.', invalid: 'true' });
    await expectCleanPage();
  });

  it('logs in from the summary’s link to the field', async () => {
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Lösenord: Fel användarnamn eller lösenord.');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ id: 'password' });
    await page.keyboard.type(AGENT_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/agent/calls');
    expect(await page.title()).not.toMatch(/^Fel:/);
  });

  it('says in Swedish, at the search field, that no case has the number, then finds the case', async () => {
    await page.goto(`${service.url}/agent/cases?reference=2026-99999`);
    expect(await page.title()).toMatch(/^Fel: Sök ärende/);
    expect(await focused()).toMatchObject({ id: 'fel-sammanfattning' });
    const search = page.getByLabel('Sök', { exact: true });
    expect((await fieldState(search)).description).toContain('Inget ärende har numret 2026-99999. Kontrollera året och numret.');
    expect(await accessibleField('Sök', 'searchbox')).toMatchObject({ invalid: 'true', description: expect.stringContaining('Inget ärende har numret 2026-99999') });
    await expectCleanPage();

    await tabTo(search);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(reference);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/agent/cases/${reference}`);
    expect(await englishMessages()).toEqual([]);
    // The history says who in words: the resident by phone, not "resident:phone".
    expect(await page.locator('.history').textContent()).toContain('av invånaren (telefon)');
  });

  it('ties a refused status change to the unit field, then confirms the change where the focus lands', async () => {
    const status = page.getByLabel('Ny status');
    await tabTo(status);
    await page.keyboard.type('Skickat');
    expect(await status.inputValue()).toBe('routed');
    await tabTo(page.getByRole('button', { name: 'Spara status' }));
    await page.keyboard.press('Enter');
    const unit = page.getByLabel('Ansvarig enhet');
    await page.waitForFunction(() => (globalThis as unknown as { document: DomDocument }).document.activeElement?.classList.contains('error-summary'));
    expect(await page.title()).toMatch(/^Fel: Ärende /);
    expect(await fieldState(unit)).toEqual({ invalid: 'true', description: 'Krävs för att skicka ärendet till en enhet. | välj den enhet som ska ha ärendet' });
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe(`#${await unit.getAttribute('id')}`);
    expect(await accessibleField('Ansvarig enhet', 'combobox')).toMatchObject({ role: 'combobox', invalid: 'true', description: expect.stringContaining('välj den enhet som ska ha ärendet') });
    await expectCleanPage();

    // From the summary to the field by its link, the unit chosen by typing its name.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await unit.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('Hem');
    await tabTo(page.getByRole('button', { name: 'Spara status' }));
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('status').filter({ hasText: 'Ärendets status är ändrad.' });
    await confirmation.waitFor();
    expect(await focused()).toMatchObject({ role: 'status', text: 'Ärendets status är ändrad.' });
    expect(new URL(page.url()).search).toBe(''); // the code leaves the address: a reload does not confirm it again
    expect(await page.locator('.history').textContent()).toContain('av greta');
    await expectCleanPage();
  });

  it('claims a callback and records its outcome, each confirmed', async () => {
    await page.goto(`${service.url}/agent/callbacks/${callbackId}`);
    await tabTo(page.getByRole('button', { name: 'Ta återuppringningen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Du har tagit återuppringningen.' }).waitFor();
    expect((await focused()).text).toBe('Du har tagit återuppringningen. Ingen annan ringer upp samtidigt.');
    await expectCleanPage();

    await tabTo(page.getByLabel('Nådde invånaren'));
    await page.keyboard.press('Space');
    await tabTo(page.getByRole('button', { name: 'Spara resultatet' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Resultatet av återuppringningen är sparat.' }).waitFor();
    expect(await focused()).toMatchObject({ role: 'status', text: 'Resultatet av återuppringningen är sparat.' });
    await expectCleanPage();
  });

  it('ties each refused field of a new account to its message, then confirms the account', async () => {
    await page.goto(`${service.url}/agent/accounts`);
    const username = page.getByLabel(/^Användarnamn/);
    await tabTo(username);
    await page.keyboard.type('x');
    const role = page.getByLabel(/^Roll/);
    await tabTo(role);
    await page.keyboard.type('Kund');
    expect(await role.inputValue()).toBe('agent');
    await tabTo(page.getByLabel(/^Lösenord/));
    await page.keyboard.type('ett långt och bra lösenord');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as unknown as { document: DomDocument }).document.activeElement?.classList.contains('error-summary'));
    expect(await page.title()).toMatch(/^Fel: Konton/);
    expect(await fieldState(username)).toEqual({ invalid: 'true', description: 'Små bokstäver, siffror, punkt, bindestreck. | ska ha minst 2 tecken' });
    expect(await page.locator('.error-summary').textContent()).toContain('Användarnamn: ska ha minst 2 tecken');
    await expectCleanPage();

    // A name the account rules refuse: said in Swedish, at the field.
    await tabTo(username, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('bo berg');
    await tabTo(page.getByRole('button', { name: 'Skapa kontot' }));
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').filter({ hasText: 'Användarnamnet ska vara 2–40 tecken' }).waitFor();
    expect((await fieldState(username)).description).toContain('Användarnamnet ska vara 2–40 tecken: a–z, 0–9, punkt, bindestreck eller understreck.');
    expect(await englishMessages()).toEqual([]);

    await tabTo(username, 'Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('bo.berg');
    await tabTo(page.getByRole('button', { name: 'Skapa kontot' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Kontot är skapat.' }).waitFor();
    expect(await focused()).toMatchObject({ role: 'status', text: 'Kontot är skapat.' });
    expect(await page.getByRole('cell', { name: 'bo.berg', exact: true }).count()).toBe(1);
    await expectCleanPage();
  });

  it('says a page that is not there in Swedish', async () => {
    const answer = await page.goto(`${service.url}/agent/inget-sadant`);
    expect(answer?.status()).toBe(404);
    expect(await page.title()).toMatch(/^Fel: Hittades inte/);
    expect(await page.getByRole('alert').textContent()).toContain('Sidan finns inte i arbetsytan.');
    expect(await focused()).toMatchObject({ id: 'fel-sammanfattning' });
    await expectCleanPage();
  });
});
