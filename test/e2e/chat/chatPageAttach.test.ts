import type { Browser, FileChooser, Page } from 'playwright-core';
import { axeViolations } from '../../support/browser';
import { startChatService, type ChatService } from '../../support/chat';
import { choose, tabTo } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let service: ChatService;
let browser: Browser;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url, { CHAT_UPLOAD_MAX_MB: '1' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service.close();
  await t.drop();
});

/**
 * File choosers the page opens, listened for from the start: Playwright intercepts the dialog only once it is
 * told to (an asynchronous step), and a chooser opened before that is lost on a busy machine.
 */
function fileChoosers(page: Page): () => Promise<FileChooser> {
  const opened: FileChooser[] = [];
  page.on('filechooser', (c) => opened.push(c));
  return async () => {
    for (let waited = 0; opened.length === 0; waited += 50) {
      if (waited > 20_000) throw new Error('no file chooser opened');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return opened.shift()!;
  };
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 32)]);

it('sends a PDF with the attach button, by keyboard alone, and shows it and the answer in the conversation', async () => {
  const page = await (await browser.newContext()).newPage();
  const chooser = fileChoosers(page);
  await page.goto(`${service.url}/chat`);
  await choose(page, page, /^Synpunkter, klagomål eller beröm/);
  await choose(page, page, 'Klagomål');
  await choose(page, page, 'Äldreomsorg');

  await tabTo(page, page, { id: 'attach' });
  await page.keyboard.press('Enter');
  await (await chooser()).setFiles({ name: 'beslut.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.waitForFunction(() => (globalThis as any).document.getElementById('status').textContent === 'Filen är skickad.');
  await page.getByText('Bifogad fil: beslut.pdf').waitFor();
  await page.getByText('Tack, vi har tagit emot "beslut.pdf". Det följer med ditt ärende.').waitFor();
  expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('attach');
  if (process.env.WEBCHAT_SHOTS_DIR) await page.screenshot({ path: `${process.env.WEBCHAT_SHOTS_DIR}/chat-page-attach.png` });

  const kept = await t.db.query<{ name: string; content_type: string }>('SELECT name, content_type FROM chat_attachments');
  expect(kept.rows).toEqual([{ name: 'beslut.pdf', content_type: 'application/pdf' }]);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it('says so when a file is too large or not an image or PDF, and sends nothing', async () => {
  const page = await (await browser.newContext()).newPage();
  const chooser = fileChoosers(page);
  await page.goto(`${service.url}/chat`);
  await page.waitForSelector('#choices button');
  const status = () => page.evaluate(() => (globalThis as any).document.getElementById('status').textContent as string);
  const pick = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await page.click('#attach');
    await (await chooser()).setFiles(file);
  };
  await pick({ name: 'stor.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]) });
  expect(await status()).toBe('Filen är för stor. Den får vara högst 1 MB.');
  // Declared as an image, but its bytes are not: the server refuses it.
  await pick({ name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await page.waitForFunction(() => (globalThis as any).document.getElementById('status').textContent.startsWith('Det går bara'));
  expect(await status()).toBe('Det går bara att skicka bilder (JPEG, PNG, GIF, WebP) och PDF.');
  const count = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM chat_attachments');
  expect(Number(count.rows[0]!.n)).toBe(1);
  await page.close();
});
