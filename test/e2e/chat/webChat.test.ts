import type { Browser, Page } from 'playwright-core';
import { findCaseByReference } from '../../../src/register/findCase';
import { startChatService, type ChatService } from '../../support/chat';
import { launchChromium } from '../../support/chromium';
import { pressInWebChat as press, startMunicipalSite, tillItShows, typeInWebChat as type, type MunicipalSite } from '../../support/municipalSite';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * Microsoft's Web Chat (botframework-webchat's own bundle), unchanged and on its defaults (a WebSocket), on a
 * municipal site of another origin that points it at this service's Direct Line endpoints.
 */
/** Screenshots go here for a person to look at (npm test does not read them). */
const SHOTS = process.env.WEBCHAT_SHOTS_DIR;

let t: TestDatabase;
let service: ChatService;
let browser: Browser;
let site: MunicipalSite;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
  browser = await launchChromium();
  site = await startMunicipalSite(service.url);
});
afterAll(async () => {
  await browser?.close();
  await site.close();
  await service.close();
  await t.drop();
});

/** Waits until the transcript shows text, as the resident would see it. */
async function sees(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).last().waitFor({ timeout: 20_000 }).catch(async (err: unknown) => {
    await shot(page, 'failed');
    throw err;
  });
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

it('completes a complaint with an attachment in Web Chat on its default WebSocket, from another origin', async () => {
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.webChatUrl);
  await sees(page, /Välkommen till kommunens kundtjänst/);
  await shot(page, '1-greeting');
  await press(page, 'Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
  await press(page, 'Klagomål');
  await press(page, 'Äldreomsorg');
  await sees(page, /allmän handling/);
  // A photo of the letter, through Web Chat's own attach button (its hidden file input).
  const letter = await page.screenshot({ type: 'png' });
  await page.locator('input[type="file"]').setInputFiles({ name: 'brevet.png', mimeType: 'image/png', buffer: letter });
  // Web Chat 4.18 holds the file in the send box until the resident sends it (sendAttachmentOn: 'send').
  await tillItShows(page, () => page.locator('.webchat__send-button').click(), 'the attachment');
  // Web Chat renders Markdown with typographic quotes.
  await sees(page, /Tack, vi har tagit emot .brevet\.png.\. Det följer med ditt ärende\./);
  await shot(page, '2-attachment');
  await type(page, 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.');
  await press(page, 'Hoppa över');
  await sees(page, /Hemtjänsten kom inte i tisdags/);
  await type(page, 'hoppa över');
  await press(page, 'En närstående');
  await press(page, 'Nej');
  await press(page, 'Nej');
  await press(page, 'Skicka');
  await sees(page, /Ditt ärendenummer är \d{4}\u2011\d{5}\./);
  await shot(page, '3-registered');

  const shown = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(await page.locator('#webchat').innerText())![1]!;
  const { case: c } = await findCaseByReference(t.db, shown);
  expect(c).toMatchObject({ status: 'registered', kind: 'klagomal', area: 'aldreomsorg', channel: 'chat', what: 'Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.' });
  const kept = await t.db.query<{ name: string; content_type: string; content: Uint8Array }>('SELECT name, content_type, content FROM chat_attachments WHERE conversation_id = $1', [c.source.conversationId]);
  expect(kept.rows.map((r) => [r.name, r.content_type, Buffer.from(r.content).equals(letter)])).toEqual([['brevet.png', 'image/png', true]]);
  expect(sockets).toEqual([expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/dl-[^/]+\/stream\?t=/)]);
  // Web Chat marks a message it never saw echoed as not sent.
  expect(await page.getByText(/Send failed|Det gick inte att skicka/i).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
