/**
 * The chat page in every offered language (LANGUAGES=sv,en,fi), in Chromium: its chrome says the chat is automatic
 * and never names the bot as customer service, it links to each other language and to the municipality's
 * information in Meänkieli and Sámi, and a switch of language from the menu rewrites every line of the chrome.
 */
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../../src/domain';
import { startChatService, type ChatService } from '../../support/chat';
import { choose } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

declare const document: { querySelectorAll(selector: string): { getAttribute(name: string): string | null; textContent: string | null }[] };

let t: TestDatabase;
let service: ChatService;
let browser: Browser;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url, {
    LANGUAGES: 'sv,en,fi',
    MEANKIELI_INFO_URL: 'https://kommun.example.se/meankieli',
    SAMI_INFO_URL: 'https://kommun.example.se/sami',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service.close();
  await t.drop();
});

/** What the page's chrome says: the heading, the title, the intro lines and the visible language links. */
async function chrome(page: Page) {
  return {
    heading: await page.locator('h1').innerText(),
    title: await page.title(),
    intro: (await page.locator('p.intro').allInnerTexts()).join(' '),
    links: await page.locator('nav.languages a.language:visible').allInnerTexts(),
    /** Every element the script rewrites on a switch of language, as it reads now. */
    texts: await page.evaluate(() => [...document.querySelectorAll('[data-text]')].map((el) => `${el.getAttribute('data-text')}=${el.textContent}`)),
  };
}

const PAGES: { language: Language; automatic: RegExp; reply: string; links: string[]; notTheBot: RegExp }[] = [
  { language: 'sv', automatic: /^Automatisk chatt/, reply: 'Automatiskt svar:', links: ['In English', 'Suomeksi'], notTheBot: /kundtjänst/i },
  { language: 'en', automatic: /^Automatic chat/, reply: 'Automatic reply:', links: ['På svenska', 'Suomeksi'], notTheBot: /customer service/i },
  { language: 'fi', automatic: /^Automaattinen chat/, reply: 'Automaattinen vastaus:', links: ['På svenska', 'In English'], notTheBot: /asiakaspalvelu/i },
];

describe('the chat page in each offered language', () => {
  it.each(PAGES)('$language: says it is automatic, links the other languages and the minority languages', async ({ language, automatic, reply, links, notTheBot }) => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${service.url}/chat?lang=${language}`);
      await page.waitForSelector('#choices button');
      const shown = await chrome(page);
      expect(shown.heading).toMatch(automatic);
      expect(shown.title).toMatch(automatic);
      expect(shown.heading).not.toMatch(notTheBot);
      expect(shown.title).not.toMatch(notTheBot);
      expect(shown.links).toEqual(links);
      expect(shown.intro).toContain('112');
      expect(await page.locator('p.minority-info a[href="https://kommun.example.se/meankieli"]').innerText()).toBe('Meänkielelä');
      expect(await page.locator('p.minority-info a[href="https://kommun.example.se/sami"]').innerText()).toBe('Sámegillii');
      // The chat's own messages are labelled as automatic replies, not as customer service.
      const first = await page.locator('#log .message.bot').first().innerText();
      expect(first.split('\n')[0]).toBe(reply);
    } finally {
      await page.context().close();
    }
  });

  it('rewrites every line of the chrome when Finnish is chosen from the menu of a Swedish page', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${service.url}/chat?lang=sv`);
      await page.waitForSelector('#choices button');
      const swedish = await chrome(page);
      await choose(page, page, 'Suomi');
      await page.waitForFunction(() => document.querySelectorAll('html[lang="fi"]').length === 1);
      const finnish = await chrome(page);
      expect(finnish.heading).toMatch(/^Automaattinen chat/);
      expect(finnish.links).toEqual(['På svenska', 'In English']);
      expect(finnish.texts).toHaveLength(swedish.texts.length);
      for (const line of finnish.texts) {
        expect(line).not.toMatch(/=(undefined|null)?$/);
        expect(swedish.texts).not.toContain(line);
      }
    } finally {
      await page.context().close();
    }
  });
});
