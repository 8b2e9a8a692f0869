import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startVoiceService, type VoiceService } from '../support/voice';

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

async function open(path: string, locale?: string) {
  const page = await (await browser.newContext(locale ? { locale } : {})).newPage();
  const response = await page.goto(`${service.url}${path}`);
  return { page, response: response! };
}

describe('the front page', () => {
  it('is Swedish, accessible, and leads to the chat and the agents’ login', async () => {
    const { page, response } = await open('/', 'sv-SE');
    expect(response.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.textContent('h1')).toBe('Synpunkter, klagomål och beröm');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Lämna synpunkter i den automatiska chatten' }).click();
    await page.waitForURL(/\/chat\?lang=sv$/);
    expect(await page.textContent('h1')).toBe('Automatisk chatt för klagomål, förslag och beröm');

    await page.goBack();
    await page.getByRole('link', { name: /^Logga in som handläggare/ }).click();
    await page.waitForURL(/\/agent\/login/);
    expect(await page.locator('input[type="password"]').count()).toBe(1);
  });

  it('is English for ?lang=en and for a browser that prefers English, accessible in both', async () => {
    for (const [path, locale] of [['/?lang=en', 'sv-SE'], ['/', 'en-GB']] as const) {
      const { page } = await open(path, locale);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('h1')).toBe('Feedback, complaints and praise');
      expect(await page.getByRole('link', { name: 'Give feedback in the automatic chat' }).getAttribute('href')).toBe('/chat?lang=en');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'På svenska' }).click();
      await page.waitForURL(/\/\?lang=sv$/);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
    }
  });

  it('answers the icon browsers ask for without a 404', async () => {
    const response = await fetch(`${service.url}/favicon.ico`);
    expect(response.status).toBe(204);
  });

  it('falls back to Swedish for a language it does not have', async () => {
    const response = await fetch(`${service.url}/?lang=fi`, { headers: { 'Accept-Language': 'fi' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html lang="sv">');
  });
});
