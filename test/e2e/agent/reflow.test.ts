/**
 * Reflow (WCAG 1.4.10) in Chromium: every page of the workspace, as the role that works on it, and the resident's
 * chat page at 320 px wide (a 1280 px window at 400 % zoom). The page never scrolls sideways; a table scrolls in
 * its own focusable region named by its caption; the number the agent dials is whole on screen.
 * The callback page's screenshot is written to $TMPDIR/synpunkt-reflow-callback-320.png to look at.
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { claimCallback } from '../../../src/callbacks/callbackClaims';
import { registerCase } from '../../../src/intake/registration';
import { createAccount } from '../../support/agentClient';
import { transferredCall } from '../../support/agentCalls';
import { registerCaseWithCallback } from '../../support/agentCases';
import { axeViolations, launchBrowser, signedInPage } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startVoiceService, type VoiceService } from '../../support/voice';

// A browser on two cores is slow; the pages of three roles are given several minutes.
jest.setTimeout(300_000);

const NARROW = { width: 320, height: 640 };
const SCREENSHOT = path.join(os.tmpdir(), 'synpunkt-reflow-callback-320.png');
/** Long values with no place to break: an e-mail address and a call SID. */
const LONG_EMAIL = 'karin.andersson.langt.efternamn.exempel@hemtjanst-norra-distriktet.kommun.example';

/** The little of the DOM the tests read in the page (the test project has no DOM types). */
interface PageBox {
  left: number;
  right: number;
  width: number;
}
interface PageElement {
  tagName: string;
  id: string;
  className: unknown;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  parentElement: PageElement | null;
  classList: { contains(name: string): boolean };
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageBox;
}
interface PageDocument {
  documentElement: { clientWidth: number; scrollWidth: number };
  activeElement: PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
type Doc = { document: PageDocument };

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
let reference = '';
let callbackId = 0;
let callSid = '';
let unitId = 0;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  await createAccount(t.db, 'adam', 'admin');
  await createAccount(t.db, 'kim', 'agent', { phone: '+46701112233' });
  await createAccount(t.db, 'hanna', 'handler', { unit: 'Hemtjänst Norra distriktet med ett långt namn' });
  unitId = (await t.db.query<{ id: number }>(`SELECT id FROM units WHERE name LIKE 'Hemtjänst Norra%'`)).rows[0]!.id;
  await t.db.query(`INSERT INTO unit_managers (unit_id, title, name, email) VALUES ($1, 'enhetschef', 'Eva Enhetschef', $2)`, [unitId, LONG_EMAIL]);
  const { case: c, callback } = await registerCaseWithCallback(t.db);
  reference = c.reference;
  callbackId = callback!.id;
  await t.db.query('UPDATE cases SET unit_id = $2, contact_email = $3 WHERE id = $1', [c.id, unitId, LONG_EMAIL]);
  await claimCallback(t.db, callbackId, 'kim', { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 });
  await registerCase(t.db, { status: 'incomplete', channel: 'phone', what: 'Lade på mitt i.' }, 'resident:phone', deadlinesNow());
  await registerCase(t.db, phoneComplaint({ serious: true, callback: null }), 'resident:phone', deadlinesNow());
  callSid = await transferredCall(t.db, { answers: { kind: 'klagomal', area: 'aldreomsorg' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

async function narrowPage(username?: string): Promise<Page> {
  if (username) return signedInPage(browser, service.url, username, { viewport: NARROW });
  return (await browser.newContext({ locale: 'sv-SE', viewport: NARROW })).newPage();
}

/** What the test reads of the page (run in the browser). */
interface Reflow {
  pageWidth: number;
  /** Elements outside table regions that reach past the window's right edge. */
  sticking: string[];
  /** What reaches furthest right, tables' regions included (for the failure message). */
  widest: string[];
  tables: { inRegion: boolean; focusable: boolean; named: string; captionId: string; captionText: string; captionVisible: boolean }[];
}

function readReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as Doc).document;
    const width = doc.documentElement.clientWidth;
    const nameOf = (el: PageElement) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const sticking = [...doc.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-region, dialog:not([open])'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map(nameOf);
    const widest = [...doc.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${nameOf(el)} ${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 8);
    const tables = [...doc.querySelectorAll('table')].map((table) => {
      const region = table.parentElement!;
      const caption = table.querySelector('caption');
      const box = caption?.getBoundingClientRect();
      return {
        inRegion: region.getAttribute('role') === 'region' && region.classList.contains('table-region'),
        focusable: region.getAttribute('tabindex') === '0',
        named: region.getAttribute('aria-labelledby') ?? '',
        captionId: caption?.id ?? '',
        captionText: caption?.textContent?.trim() ?? '',
        // Its text is in the window (the region scrolls the rows under it).
        captionVisible: !!box && box.left >= 0 && box.right <= width + 0.5,
      };
    });
    return { pageWidth: doc.documentElement.scrollWidth, sticking, widest, tables };
  });
}

async function expectReflows(page: Page, url: string): Promise<void> {
  const answer = await page.goto(service.url + url);
  expect(answer?.status()).toBeLessThan(500);
  const reflow = await readReflow(page);
  expect({ url, pageWidth: reflow.pageWidth, sticking: reflow.sticking }).toEqual({ url, pageWidth: expect.any(Number), sticking: [] });
  expect({ url, pageWidth: reflow.pageWidth <= NARROW.width ? 'fits' : reflow.pageWidth, widest: reflow.widest }).toEqual({ url, pageWidth: 'fits', widest: reflow.widest });
  for (const table of reflow.tables) {
    expect({ url, ...table }).toEqual({ url, inRegion: true, focusable: true, named: table.captionId, captionId: expect.stringMatching(/.+/), captionText: expect.stringMatching(/.+/), captionVisible: true });
  }
  expect({ url, violations: await axeViolations(page) }).toEqual({ url, violations: [] });
}

describe('the workspace at 320 px', () => {
  it('the login page reflows', async () => {
    const page = await narrowPage();
    await expectReflows(page, '/agent/login');
    await page.context().close();
  });

  it('every page customer service works on reflows, and the number to dial is whole on screen', async () => {
    const page = await narrowPage('kim');
    for (const url of ['/agent/calls', `/agent/calls/${callSid}`, '/agent/new-case', '/agent/incomplete', '/agent/line', '/agent/callbacks', '/agent/cases', `/agent/cases?q=${encodeURIComponent('Karin')}`, `/agent/cases/${reference}`, '/agent/overdue', '/agent/serious', '/agent/no-such-page']) {
      await expectReflows(page, url);
    }
    await expectReflows(page, `/agent/callbacks/${callbackId}`);
    const number = page.locator('dd.phone a');
    expect(await number.textContent()).toMatch(/^070-\d{3} \d{2} \d{2}$/);
    const shown = await number.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const doc = (globalThis as unknown as Doc).document;
      return { left: box.left, right: box.right, clipped: el.scrollWidth > el.clientWidth + 1, width: doc.documentElement.clientWidth };
    });
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(shown.width);
    expect(shown.clipped).toBe(false);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.context().close();
  });

  it('every page a handler works on reflows', async () => {
    const page = await narrowPage('hanna');
    for (const url of ['/agent/inbox', '/agent/cases', `/agent/cases/${reference}`, '/agent/overdue', '/agent/serious']) {
      await expectReflows(page, url);
    }
    await page.context().close();
  });

  it("every page an admin works on reflows, and a table's region scrolls by keyboard", async () => {
    const page = await narrowPage('adam');
    for (const url of [
      '/agent/accounts', '/agent/accounts/kim', '/agent/units', `/agent/units/${unitId}`, '/agent/access-log', '/agent/letters',
      '/agent/disposal-log', '/agent/register-extract', `/agent/register-extract?epost=${encodeURIComponent(LONG_EMAIL)}`, `/agent/cases/${reference}/kopia`,
      '/agent/analysis',
    ]) {
      await expectReflows(page, url);
    }
    // The managers' table scrolls in its region: the keyboard reaches the region and scrolls it.
    await page.goto(`${service.url}/agent/units/${unitId}`);
    const region = page.getByRole('region', { name: /Chefer för/ });
    await region.focus();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el !== null && el.scrollLeft > 0, await region.elementHandle());
    await page.context().close();
  });
});

describe('the chat page at 320 px', () => {
  it('does not scroll sideways, and links to the accessibility statement', async () => {
    const page = await narrowPage();
    for (const lang of ['sv', 'en']) {
      await page.goto(`${service.url}/chat?lang=${lang}`);
      await page.waitForSelector('#choices button');
      const reflow = await readReflow(page);
      expect(reflow.sticking).toEqual([]);
      expect(reflow.pageWidth).toBeLessThanOrEqual(NARROW.width);
      expect(await page.locator('#statement-link').isVisible()).toBe(true);
    }
    await page.context().close();
  });
});
