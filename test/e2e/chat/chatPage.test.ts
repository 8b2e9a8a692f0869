import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { findCaseByReference } from '../../../src/register/findCase';
import { startChatService, type ChatService } from '../../support/chat';
import { anonymousComplaint, choose, tabTo, write } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { startMunicipalSite, type MunicipalSite } from '../../support/municipalSite';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/** What the tests read of the page: the callbacks given to evaluate() run there. */
declare const document: {
  activeElement: { id: string; textContent: string | null } | null;
  getElementById(id: string): { value: string; removeAttribute(name: string): void } | null;
};
declare const window: { hacked?: number };

let t: TestDatabase;
let service: ChatService;
let browser: Browser;
let municipalSite: MunicipalSite;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
  browser = await launchChromium();
  // A municipal site on another origin, adding the chat with one tag.
  municipalSite = await startMunicipalSite(service.url);
});
afterAll(async () => {
  await browser?.close();
  await municipalSite.close();
  await service.close();
  await t.drop();
});

async function noViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const STORY = 'Matleveransen till min granne kom kall tre dagar i rad.';

describe('the chat page, by keyboard alone', () => {
  it('goes from hello to a case number on screen and in the register, with no accessibility violations', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${service.url}/chat`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
      await page.waitForSelector('#choices button');
      await noViolations(page);
      const reference = await anonymousComplaint(page, page, STORY, async () => {
        await page.waitForSelector('#log .message.bot >> text=allmän handling');
        await page.screenshot({ path: '/tmp/chat.png', fullPage: true });
        await noViolations(page);
      });
      await noViolations(page);
      // The focus went to the way on, not lost on the page.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('restart');

      const { case: c } = await findCaseByReference(t.db, reference);
      expect(c).toMatchObject({ status: 'registered', kind: 'klagomal', area: 'aldreomsorg', channel: 'chat', anonymous: true, onBehalf: 'other' });
      expect(c.what).toBe(STORY);
    } finally {
      await page.context().close();
    }
  });

  it('shows a message as text, never as HTML, and announces new messages to screen readers', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${service.url}/chat?lang=en`);
      await page.waitForSelector('#choices button');
      expect(await page.locator('#log').getAttribute('role')).toBe('log');
      expect(await page.locator('#log').getAttribute('aria-live')).toBe('polite');
      await choose(page, page, /^Feedback, complaints or praise/);
      await choose(page, page, 'Praise');
      await choose(page, page, 'Elderly care');
      await write(page, page, '<img src=x onerror="window.hacked=1"> <b>thanks</b>');
      expect(await page.evaluate(() => window.hacked)).toBeUndefined();
      expect(await page.locator('#log img, #log b').count()).toBe(0);
      await expect(page.locator('#log .message.user .text').last().textContent()).resolves.toBe('<img src=x onerror="window.hacked=1"> <b>thanks</b>');
    } finally {
      await page.context().close();
    }
  });

  it('refuses an over-long message kindly, in the chat, and sends nothing', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(`${service.url}/chat`);
      await page.waitForSelector('#choices button');
      await page.evaluate(() => {
        const box = document.getElementById('message')!;
        box.removeAttribute('maxlength');
        box.value = 'x'.repeat(8001);
      });
      await tabTo(page, page, { id: 'message' });
      await page.keyboard.press('Enter');
      await expect(page.locator('#status').textContent()).resolves.toMatch(/Meddelandet är för långt/);
      expect(await page.locator('#log .message.user').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('the widget on a municipal site', () => {
  it('opens a chat panel by keyboard, completes an intake in it, and gives the focus back on Escape', async () => {
    const page = await (await browser.newContext()).newPage();
    try {
      await page.goto(municipalSite.url);
      await tabTo(page, page, { text: 'Lämna synpunkter i chatten' });
      await page.keyboard.press('Enter');
      const frameHandle = await page.waitForSelector('iframe[title="Automatisk chatt för klagomål, förslag och beröm"]');
      const chat = (await frameHandle.contentFrame())!;
      await chat.waitForSelector('#choices button');
      await noViolations(page);
      const reference = await anonymousComplaint(page, chat, STORY);
      const { case: c } = await findCaseByReference(t.db, reference);
      expect(c).toMatchObject({ channel: 'chat', status: 'registered' });

      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.textContent === 'Lämna synpunkter i chatten');
      expect(await page.locator('button[aria-controls="synpunkt-chat-panel"]').getAttribute('aria-expanded')).toBe('false');
    } finally {
      await page.context().close();
    }
  });

  it('is small: the widget and the page together stay well under 50 KB', async () => {
    const sizes = await Promise.all(['/chat/widget.js', '/chat/chat.js', '/chat/chat.css', '/chat'].map(async (p) => (await (await fetch(service.url + p)).arrayBuffer()).byteLength));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(50 * 1024);
  });
});
