/**
 * The accessibility statement (DOS-lagen) in Chromium: Swedish and English pages with the municipality's contact,
 * review date and shortcomings from the settings, DIGG's report form linked, axe clean and no sideways scroll at
 * 320 px; linked from the chat page (in the conversation's language) and from the widget on a municipal site.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import { startMunicipalSite, type MunicipalSite } from '../support/municipalSite';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startVoiceService, type VoiceService } from '../support/voice';

jest.setTimeout(120_000);

const SETTINGS = {
  ACCESSIBILITY_ORGANISATION: 'Exempelby kommun',
  ACCESSIBILITY_CONTACT_EMAIL: 'tillganglighet@exempelby.example',
  ACCESSIBILITY_CONTACT_PHONE: '0123-45 67 00',
  ACCESSIBILITY_REVIEWED: '2026-11-27',
  ACCESSIBILITY_SHORTCOMINGS_SV: 'Kommunens PDF-blanketter är inte tillgängliga | Filmerna saknar syntolkning',
  ACCESSIBILITY_SHORTCOMINGS_EN: 'The municipality’s PDF forms are not accessible',
};

let t: TestDatabase;
let service: VoiceService;
let site: MunicipalSite;
let browser: Browser;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url, undefined, SETTINGS);
  site = await startMunicipalSite(service.url);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await service?.close();
  await t?.drop();
});

async function newPage(width = 1280): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
}

const pageWidth = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

describe('the accessibility statement', () => {
  it('in Swedish: the configured contact, date and shortcomings, DIGG, axe clean, no sideways scroll at 320 px', async () => {
    const page = await newPage(320);
    const answer = await page.goto(`${service.url}/tillganglighet`);
    expect(answer?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tillgänglighetsredogörelse för synpunkter, klagomål och beröm');
    expect(await page.getByText('Exempelby kommun står bakom tjänsten').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'tillganglighet@exempelby.example' }).first().getAttribute('href')).toBe('mailto:tillganglighet@exempelby.example');
    expect(await page.getByRole('link', { name: '0123-45 67 00' }).first().getAttribute('href')).toBe('tel:0123456700');
    expect(await page.locator('#reviewed').textContent()).toBe('Redogörelsen granskades senast den 27 november 2026.');
    expect(await page.getByRole('link', { name: /Anmäl bristande tillgänglighet till DIGG/ }).getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
    const shortcomings = await page.locator('ul.shortcomings li').allTextContents();
    expect(shortcomings).toContain('Kommunens PDF-blanketter är inte tillgängliga');
    expect(shortcomings).toContain('Filmerna saknar syntolkning');
    expect(shortcomings.some((s) => s.startsWith('Chatten behöver JavaScript'))).toBe(true);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Hur tillgänglig är tjänsten?',
      'Vad kan du göra om du inte kan använda delar av tjänsten?',
      'Rapportera brister i tjänstens tillgänglighet',
      'Tillsyn',
      'Teknisk information om tjänstens tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat tjänsten',
    ]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('in English, linked from the Swedish one', async () => {
    const page = await newPage();
    await page.goto(`${service.url}/tillganglighet`);
    await page.getByRole('link', { name: 'Accessibility statement in English' }).click();
    await page.waitForURL('**/en/accessibility');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#reviewed').textContent()).toBe('This statement was last reviewed on 27 November 2026.');
    expect(await page.getByText('Exempelby kommun is responsible for the service').count()).toBe(1);
    expect(await page.locator('ul.shortcomings li').allTextContents()).toContain('The municipality’s PDF forms are not accessible');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('without the settings, sends residents to customer service and says no review date is given', async () => {
    const plain = await startVoiceService(t.url);
    try {
      const body = await (await fetch(`${plain.url}/tillganglighet`)).text();
      expect(body).toContain('Kontakta kommunens kundtjänst.');
      expect(body).toContain('Kommunen har ännu inte angett när redogörelsen granskades senast.');
      expect(body).toContain('Kommunen står bakom tjänsten');
    } finally {
      await plain.close();
    }
  });
});

describe('links to the statement', () => {
  it('the chat page has a visible link in its language, following the conversation into English', async () => {
    const page = await newPage();
    await page.goto(`${service.url}/chat`);
    const link = page.locator('#statement-link');
    expect(await link.isVisible()).toBe(true);
    expect(await link.textContent()).toBe('Tillgänglighetsredogörelse (öppnas i en ny flik)');
    expect(await link.getAttribute('href')).toBe('/tillganglighet');
    await page.goto(`${service.url}/chat?lang=en`);
    expect(await page.locator('#statement-link').getAttribute('href')).toBe('/en/accessibility');
    expect(await page.locator('#statement-link').textContent()).toBe('Accessibility statement (opens in a new tab)');
    await page.waitForSelector('#choices button');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the widget shows a link beside its close button that opens the statement', async () => {
    const page = await newPage();
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Lämna synpunkter i chatten' }).click();
    const link = page.getByRole('dialog').getByRole('link', { name: 'Tillgänglighetsredogörelse (ny flik)' });
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`${service.url}/tillganglighet`);
    const [statement] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await statement.waitForLoadState();
    expect(await statement.getByRole('heading', { level: 1 }).textContent()).toBe('Tillgänglighetsredogörelse för synpunkter, klagomål och beröm');
    await page.context().close();
  });
});
