import { Writable } from 'node:stream';
import type { Browser, Page, Request } from 'playwright-core';
import { loadConfig } from '../../../src/config/config';
import { createLogging } from '../../../src/logging/logger';
import { startService, type RunningService } from '../../../src/service';
import { CHAT_TEST_SECRET, directLineRequest } from '../../support/chat';
import { choose, tabTo, write } from '../../support/chatKeyboard';
import { launchChromium } from '../../support/chromium';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { OPEN } from '../../support/voice';

/** What the tests read of the page: the callbacks given to evaluate() run there. */
declare const document: {
  getElementById(id: string): { hidden: boolean } | null;
};

/**
 * The chat page over a long conversation: a token that expires while the resident writes, and a resident who
 * leaves the page. The service issues tokens that last TOKEN_SECONDS (CHAT_TOKEN_MINUTES allows no less than
 * 20 minutes, so the test shortens the loaded configuration); the page refreshes them itself once less than a
 * third of their life is left.
 */
const TOKEN_SECONDS = 12;

let t: TestDatabase;
let service: RunningService;
let browser: Browser;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  const config = loadConfig({ PORT: '0', DATABASE_URL: t.url, NODE_ENV: 'test', TWILIO_AUTH_TOKEN: 'chat-tests-do-not-sign-calls', CHAT_TOKEN_SECRET: CHAT_TEST_SECRET });
  const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
  service = await startService({ ...config, chat: { ...config.chat, tokenMinutes: TOKEN_SECONDS / 60 } }, createLogging({ level: 'error', json: true, stream: quiet }), { clock: () => OPEN });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service.close();
  await t.drop();
});

/** Opens the chat page; resolves with the page and the token and conversation it started with. */
async function openChat(): Promise<{ page: Page; token: string; conversationId: string }> {
  const page = await (await browser.newContext()).newPage();
  const started = page.waitForResponse((r) => r.url().endsWith('/v3/directline/conversations') && r.request().method() === 'POST');
  await page.goto(`${service.url}/chat`);
  const body = (await (await started).json()) as { token: string; conversationId: string };
  await page.waitForSelector('#choices button');
  return { page, ...body };
}

const statusText = (page: Page) => page.locator('#status').textContent();

async function session(conversationId: string) {
  const result = await t.db.query<{ ended: boolean }>(
    'SELECT ended_at IS NOT NULL AS ended FROM conversation_sessions WHERE id = $1',
    [conversationId],
  );
  return result.rows[0]!;
}

describe('a long conversation', () => {
  it('goes on past the expiry of the token it began with: the page refreshes its token', async () => {
    const { page, token } = await openChat();
    const refreshes: Request[] = [];
    page.on('request', (r) => void (r.url().endsWith('/v3/directline/tokens/refresh') && refreshes.push(r)));
    try {
      await choose(page, page, /^Synpunkter, klagomål eller beröm/);
      await choose(page, page, 'Klagomål');
      await choose(page, page, 'Äldreomsorg');
      // The resident takes their time writing what happened.
      await page.waitForTimeout((TOKEN_SECONDS + 2) * 1000);
      const old = await directLineRequest(service.url, '/tokens/refresh', { token, method: 'POST' });
      expect(old).toMatchObject({ status: 403, body: { error: { code: 'TokenExpired' } } });
      expect(refreshes.length).toBeGreaterThanOrEqual(1);

      await write(page, page, 'Matleveransen kom kall tre dagar i rad.');
      await choose(page, page, 'Hoppa över');
      await write(page, page, 'hoppa över');
      await choose(page, page, 'Någon annan');
      await choose(page, page, 'Ja, anonym');
      await choose(page, page, 'Skicka');
      await page.waitForSelector('#restart:not([hidden])');
      expect(await page.locator('#log').innerText()).toMatch(/Ditt ärendenummer är \d{4}-\d{5}\./);
      expect(await statusText(page)).toBe('Samtalet är avslutat.');
    } finally {
      await page.context().close();
    }
  });

  it('keeps what the resident was writing when the chat cannot go on (the token could not be refreshed)', async () => {
    const { page } = await openChat();
    try {
      await page.route('**/v3/directline/tokens/refresh', (route) => route.abort());
      const text = 'Jag har skrivit länge om vad som hände med min mamma';
      await tabTo(page, page, { id: 'message' });
      await page.keyboard.type(text);
      await page.waitForSelector('#restart:not([hidden])', { timeout: (TOKEN_SECONDS + 5) * 1000 });
      expect(await statusText(page)).toMatch(/Starta en ny konversation/);
      expect(await page.evaluate(() => document.getElementById('composer')!.hidden)).toBe(false);
      expect(await page.locator('#message').inputValue()).toBe(text);

      await page.unroute('**/v3/directline/tokens/refresh');
      await page.locator('#restart').click();
      await page.waitForSelector('#choices button');
      expect(await page.locator('#message').inputValue()).toBe(text);
    } finally {
      await page.context().close();
    }
  });
});

describe('leaving the page', () => {
  it('ends the conversation, so what the resident described is kept as an incomplete case', async () => {
    const { page, conversationId } = await openChat();
    try {
      await choose(page, page, /^Synpunkter, klagomål eller beröm/);
      await choose(page, page, 'Klagomål');
      await choose(page, page, 'Äldreomsorg');
      await write(page, page, 'Ingen kom med medicinen i morse.');
      await page.goto('about:blank');
    } finally {
      await page.context().close();
    }
    let kept: { status: string; what: string }[] = [];
    for (let i = 0; i < 50 && kept.length === 0; i++) {
      kept = (await t.db.query<{ status: string; what: string }>('SELECT status, what FROM cases WHERE source_conversation_id = $1', [conversationId])).rows;
      if (kept.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(kept).toEqual([{ status: 'incomplete', what: 'Ingen kom med medicinen i morse.' }]);
    expect((await session(conversationId)).ended).toBe(true);
  });
});
