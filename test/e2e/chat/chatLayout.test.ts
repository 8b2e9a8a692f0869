/**
 * The chat page's layout in Chromium, on a phone (390 × 844), in the 390 px widget on a municipal site, and on a
 * laptop (1366 × 768): the text box and Send are on screen without scrolling, the page never scrolls into blank
 * space, and a case number is never broken at its hyphen, at any width. Screenshots go to /tmp for a person to
 * look at (npm test does not read them).
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { axeViolations } from '../../support/browser';
import { startChatService, type ChatService } from '../../support/chat';
import { anonymousComplaint, choose } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { pressInWebChat, startMunicipalSite, typeInWebChat, type MunicipalSite } from '../../support/municipalSite';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/** What the tests read of the page: the callbacks given to evaluate() run there. */
declare const document: {
  scrollingElement: { scrollWidth: number; scrollHeight: number; clientWidth: number; clientHeight: number };
  getElementById(id: string): { getBoundingClientRect(): Box } | null;
  querySelector(selector: string): { getBoundingClientRect(): Box } | null;
  createTreeWalker(root: unknown, what: number): { nextNode(): TextNode | null };
  createRange(): {
    setStart(node: unknown, offset: number): void;
    setEnd(node: unknown, offset: number): void;
    selectNodeContents(node: unknown): void;
    getClientRects(): ArrayLike<Box>;
  };
  body: unknown;
};
declare const window: { innerWidth: number; innerHeight: number };
interface TextNode {
  textContent: string | null;
  parentElement: { closest(selector: string): { textContent: string | null } | null } | null;
}
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

const SHOTS = '/tmp/synpunkt-chat-layout';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

let t: TestDatabase;
let service: ChatService;
let browser: Browser;
let municipalSite: MunicipalSite;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
  browser = await launchChromium();
  municipalSite = await startMunicipalSite(service.url);
});
afterAll(async () => {
  await browser?.close();
  await municipalSite.close();
  await service.close();
  await t.drop();
});

async function phonePage(size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, isMobile: size.width < 500, hasTouch: size.width < 500, deviceScaleFactor: 1 });
  return context.newPage();
}

/** A complaint long enough to fill the log, to the case number. */
const intake = (page: Page, chat: Page | Frame) =>
  anonymousComplaint(page, chat, 'Matleveransen till min granne kom kall tre dagar i rad, och ingen svarade när hon ringde för att säga det.');

/** How the document scrolls, and where the text box and Send are, in this frame's own viewport. */
function layoutOf(chat: Page | Frame) {
  return chat.evaluate(() => {
    const page = document.scrollingElement;
    const box = (id: string) => document.getElementById(id)!.getBoundingClientRect();
    const plain = (b: Box) => ({ top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height });
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scroll: { width: page.scrollWidth, height: page.scrollHeight },
      message: plain(box('message')),
      send: plain(box('send')),
      log: plain(box('log')),
    };
  });
}

type Layout = Awaited<ReturnType<typeof layoutOf>>;

function expectOnScreenWithoutScrolling(layout: Layout): void {
  const { viewport, scroll } = layout;
  // Nothing to scroll to: the page is the viewport, and the log scrolls inside it.
  expect(scroll.width).toBeLessThanOrEqual(viewport.width);
  expect(scroll.height).toBeLessThanOrEqual(viewport.height);
  for (const b of [layout.message, layout.send]) {
    expect(b.width).toBeGreaterThan(0);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(viewport.width);
    expect(b.bottom).toBeLessThanOrEqual(viewport.height);
  }
  // The text box is wide enough to write in, and the log keeps room to read.
  expect(layout.message.width).toBeGreaterThanOrEqual(180);
  expect(layout.log.height).toBeGreaterThanOrEqual(120);
}

/**
 * Where the case number stands in the text under `root`: on how many lines (1 when it is not broken), and whether
 * it begins a line (the whole number moved down, which shows that it came to a line's end at this width).
 */
function placeOfNumber(chat: Page | Frame, root: string, reference: string): Promise<{ lines: number; beginsLine: boolean }[]> {
  return chat.evaluate(
    ([rootSelector, ref]) => {
      const SHOW_TEXT = 4;
      const found: { lines: number; beginsLine: boolean }[] = [];
      const walker = document.createTreeWalker(document.querySelector(rootSelector!), SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(ref!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ref!.length);
        const rects = Array.from(range.getClientRects());
        // The message's text (this page), or the paragraph or box (Web Chat) it stands in: where its lines begin.
        const block = node.parentElement!.closest('.text, p, div')!;
        const whole = document.createRange();
        whole.selectNodeContents(block);
        const left = Math.min(...Array.from(whole.getClientRects(), (r) => r.left));
        const first = (block.textContent ?? '').indexOf(ref!) === 0;
        found.push({ lines: new Set(rects.map((r) => Math.round(r.top))).size, beginsLine: !first && rects[0]!.left - left < 2 });
      }
      return found;
    },
    [root, reference],
  );
}

/**
 * The number on one line at every width from 240 px to 900 px; at some of them it comes to a line's end, so a
 * break at the hyphen would show.
 */
async function expectNumberUnbrokenAtEveryWidth(page: Page, chat: Page | Frame, root: string, reference: string): Promise<void> {
  const broken: number[] = [];
  let cameToLineEnd = false;
  for (let width = 240; width <= 900; width += 3) {
    await page.setViewportSize({ width, height: PHONE.height });
    const places = await placeOfNumber(chat, root, reference);
    expect(places.length).toBeGreaterThan(0);
    if (places.some((p) => p.lines !== 1)) broken.push(width);
    cameToLineEnd ||= places.some((p) => p.beginsLine);
  }
  expect(broken).toEqual([]);
  expect(cameToLineEnd).toBe(true);
}

describe('the chat page on a phone, 390 × 844', () => {
  it('keeps the text box and Send on screen, never scrolls into blank space, and never breaks the case number', async () => {
    const page = await phonePage(PHONE);
    try {
      await page.goto(`${service.url}/chat`);
      await page.waitForSelector('#choices button');
      await page.screenshot({ path: `${SHOTS}-phone-start.png` });
      expectOnScreenWithoutScrolling(await layoutOf(page));
      const reference = await intake(page, page);
      await page.screenshot({ path: `${SHOTS}-phone-end.png` });
      // The restart button replaces the composer at the end: it too is on screen.
      const restart = await page.locator('#restart').boundingBox();
      expect(restart!.y + restart!.height).toBeLessThanOrEqual(PHONE.height);
      expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await axeViolations(page)).toEqual([]);
      await expectNumberUnbrokenAtEveryWidth(page, page, '#messages', reference);
    } finally {
      await page.context().close();
    }
  });
});

describe('the chat in the widget, on a phone', () => {
  it('shows the whole text box and Send inside the 390 px panel', async () => {
    const page = await phonePage(PHONE);
    try {
      await page.goto(municipalSite.url);
      await page.getByRole('button', { name: /chatt/i }).click();
      const frameHandle = await page.waitForSelector('iframe');
      const chat = (await frameHandle.contentFrame())!;
      await chat.waitForSelector('#choices button');
      const frameBox = (await frameHandle.boundingBox())!;
      expect(frameBox.x).toBeGreaterThanOrEqual(0);
      expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(PHONE.width);
      expect(frameBox.y + frameBox.height).toBeLessThanOrEqual(PHONE.height);
      expectOnScreenWithoutScrolling(await layoutOf(chat));
      await page.screenshot({ path: `${SHOTS}-widget-start.png` });
      expect(await axeViolations(page)).toEqual([]);
      const reference = await intake(page, chat);
      await page.screenshot({ path: `${SHOTS}-widget-end.png` });
      expect((await placeOfNumber(chat, '#messages', reference)).map((p) => p.lines)).toEqual([1]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the chat page on a laptop, 1366 × 768', () => {
  it('shows the text box without scrolling, before and after a whole conversation', async () => {
    const page = await phonePage(LAPTOP);
    try {
      await page.goto(`${service.url}/chat`);
      await page.waitForSelector('#choices button');
      expectOnScreenWithoutScrolling(await layoutOf(page));
      await page.screenshot({ path: `${SHOTS}-laptop-start.png` });
      await choose(page, page, /^Synpunkter, klagomål eller beröm/);
      await choose(page, page, 'Klagomål');
      await choose(page, page, 'Äldreomsorg');
      expectOnScreenWithoutScrolling(await layoutOf(page));
      await page.screenshot({ path: `${SHOTS}-laptop-middle.png` });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe("Microsoft's Web Chat on a phone", () => {
  it('shows the case number on one line at every width', async () => {
    const page = await phonePage(PHONE);
    try {
      await page.goto(municipalSite.webChatUrl);
      const press = (label: string) => pressInWebChat(page, label);
      const type = (text: string) => typeInWebChat(page, text);
      const sees = (text: RegExp) => page.getByText(text).last().waitFor({ timeout: 20_000 });
      await press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
      await press('Klagomål');
      await press('Äldreomsorg');
      await sees(/allmän handling/);
      await type('Matleveransen kom kall tre dagar i rad.');
      await sees(/Matleveransen kom kall/);
      await press('Hoppa över');
      await type('hoppa över');
      await press('Någon annan');
      await press('Ja, anonym');
      await press('Skicka');
      await sees(/Ditt ärendenummer är \d{4}.\d{5}/);
      await page.screenshot({ path: `${SHOTS}-webchat-end.png` });
      const reference = /Ditt ärendenummer är (\d{4}.\d{5,})/.exec(await page.locator('#webchat').innerText())![1]!;
      await expectNumberUnbrokenAtEveryWidth(page, page, '#webchat', reference);
    } finally {
      await page.context().close();
    }
  });
});

describe('the page says it is an automatic service', () => {
  it.each([
    ['sv', /automatisk/i],
    ['en', /automatic/i],
  ])('in %s, in its heading and title, and names no person who answers', async (lang, automatic) => {
    const page = await phonePage(PHONE);
    try {
      await page.goto(`${service.url}/chat?lang=${lang}`);
      await page.waitForSelector('#choices button');
      expect(await page.textContent('h1')).toMatch(automatic);
      expect(await page.title()).toMatch(automatic);
      const chrome = await page.evaluate(() => (document.querySelector('header') as unknown as { innerText: string }).innerText);
      expect(chrome).not.toMatch(/chatta med kundtjänst|chat with customer service/i);
      expect(await page.locator('#status').textContent()).not.toMatch(/ansluter till kundtjänst|connecting to customer service/i);
    } finally {
      await page.context().close();
    }
  });
});
