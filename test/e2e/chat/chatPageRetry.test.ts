import type { Browser, Page } from 'playwright-core';
import { startChatService, type ChatService, failTranscriptAppendOnce } from '../../support/chat';
import { botMessages, choose, tabTo, waitForQuestion } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/** What the tests read of the page: the callbacks given to evaluate() run there. */
declare const document: {
  getElementById(id: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

/**
 * A message whose turn the server saved but whose answer never reached the page (the transcript append failed,
 * the resident saw an error). The page sends it again with the same clientActivityID, so the server answers
 * with the question the resident is on instead of taking the same words as the answer to the next one.
 */
let t: TestDatabase;
let service: ChatService;
let browser: Browser;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url);
  // The transcript refuses the first append of a resident's "klagomål, tack", after the turn was saved.
  await failTranscriptAppendOnce(t.db, "NEW.from_role = 'user' AND NEW.activity->>'text' = 'klagomål, tack'");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service.close();
  await t.drop();
});

async function session(conversationId: string) {
  const result = await t.db.query<{ turn: number; state: { answers: Record<string, unknown> } }>('SELECT turn, state FROM conversation_sessions WHERE id = $1', [conversationId]);
  return result.rows[0]!;
}

async function openChat(): Promise<{ page: Page; conversationId: string }> {
  const page = await (await browser.newContext()).newPage();
  const started = page.waitForResponse((r) => r.url().endsWith('/v3/directline/conversations') && r.request().method() === 'POST');
  await page.goto(`${service.url}/chat`);
  const { conversationId } = (await (await started).json()) as { conversationId: string };
  await page.waitForSelector('#choices button');
  return { page, conversationId };
}

it('sends a failed message again with the same clientActivityID: the next question shows once, the answer is taken once', async () => {
  const { page, conversationId } = await openChat();
  const posted: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/activities')) posted.push((r.postDataJSON() as { channelData: { clientActivityID: string } }).channelData.clientActivityID);
  });
  try {
    await choose(page, page, /^Synpunkter, klagomål eller beröm/);
    const before = await session(conversationId);
    const shown = await botMessages(page);
    await tabTo(page, page, { id: 'message' });
    await page.keyboard.type('klagomål, tack');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('status')!.textContent ?? '').startsWith('Meddelandet kunde inte skickas'));
    // The server saved the turn, but the page saw an error: the text is back in the box, nothing else shown.
    expect((await session(conversationId)).turn).toBe(before.turn + 1);
    expect(await page.locator('#message').inputValue()).toBe('klagomål, tack');
    expect(await page.locator('#log .message.user').count()).toBe(1);

    await page.keyboard.press('Enter');
    await waitForQuestion(page, shown + 1);
    await page.waitForFunction(() => document.querySelectorAll('#log .pending').length === 0);
    const [first, again] = posted.slice(-2);
    expect(again).toBe(first);
    const log = await page.locator('#log').innerText();
    expect(log.match(/Vilken verksamhet gäller det\?/g)).toHaveLength(1);
    expect(log).not.toMatch(/Förlåt/);
    expect(log.match(/klagomål, tack/g)).toHaveLength(1);
    const after = await session(conversationId);
    expect(after.turn).toBe(before.turn + 1);
    expect(after.state.answers).toMatchObject({ kind: 'klagomal' });
    expect(after.state.answers.area ?? null).toBeNull();
  } finally {
    await page.context().close();
  }
});

it('gives the answer buttons back when a button’s answer could not be sent, and sends it with the same id again', async () => {
  const { page } = await openChat();
  const posted: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/activities')) posted.push((r.postDataJSON() as { channelData: { clientActivityID: string } }).channelData.clientActivityID);
  });
  try {
    await page.route('**/activities', (route) => (route.request().method() === 'POST' ? route.abort() : route.fallback()));
    await page.locator('#choices button', { hasText: /^Synpunkter, klagomål eller beröm/ }).click();
    await page.waitForFunction(() => (document.getElementById('status')!.textContent ?? '').startsWith('Meddelandet kunde inte skickas'));
    await page.unroute('**/activities');
    const shown = await botMessages(page);
    await page.locator('#choices button', { hasText: /^Synpunkter, klagomål eller beröm/ }).click();
    await waitForQuestion(page, shown + 1);
    expect(posted).toHaveLength(2);
    expect(posted[1]).toBe(posted[0]);
  } finally {
    await page.context().close();
  }
});
