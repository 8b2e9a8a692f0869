import { ChatResident } from '../../support/chatResident';
import { directLineRequest, generateToken, startChatService, type ChatService } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/** Two instances on one PostgreSQL, as behind a load balancer; every request here comes from one address. */
let t: TestDatabase;
let a: ChatService;
let b: ChatService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  const limits = { CHAT_MESSAGES_PER_CONVERSATION: '3', CHAT_POLLS_PER_CONVERSATION: '60' };
  a = await startChatService(t.url, limits);
  b = await startChatService(t.url, limits);
});
afterAll(async () => {
  await a.close();
  await b.close();
  await t.drop();
});

async function started(service: ChatService) {
  const c = await generateToken(service.url);
  expect((await directLineRequest(service.url, '/conversations', { token: c.token, body: {} })).status).toBe(201);
  return c;
}

/** The requests a service logged (one JSON line each) for a method and a path ending. */
function requestsLogged(service: ChatService, method: string, pathEnd: string): { method: string; path: string; status: number }[] {
  return service.logLines
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { message?: string; method?: string; path?: string; status?: number }];
      } catch {
        return [];
      }
    })
    .filter((l) => l.message === 'request' && l.method === method && l.path?.endsWith(pathEnd))
    .map((l) => ({ method: l.method!, path: l.path!, status: l.status! }));
}

const poll = (service: ChatService, c: { token: string; conversationId: string }) =>
  directLineRequest(service.url, `/conversations/${c.conversationId}/activities?watermark=`, { token: c.token });

it('lets 50 residents behind one address poll, past the per-address request limit, without a 429', async () => {
  const chats = await Promise.all(Array.from({ length: 50 }, () => started(a)));
  const statuses: number[] = [];
  // 50 × 26 polls is more than CHAT_REQUESTS_PER_ADDRESS (1200) from this one address in a minute.
  for (let round = 0; round < 26; round++) {
    const answers = await Promise.all(chats.map((c) => poll(round % 2 ? a : b, c)));
    statuses.push(...answers.map((r) => r.status));
  }
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(statuses).toHaveLength(1300);
});

it('answers polls beyond a conversation\'s limit late instead of refusing them', async () => {
  const c = await started(a);
  const answers = await Promise.all(Array.from({ length: 61 }, () => poll(a, c)));
  expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
  const started2 = Date.now();
  const late = await poll(b, c);
  expect(late.status).toBe(200);
  expect(Date.now() - started2).toBeGreaterThanOrEqual(1000);
});

it('counts a conversation\'s messages across instances, and says when to come back', async () => {
  const c = await started(a);
  const post = (service: ChatService, text: string) =>
    directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', from: { id: 'r' }, text } });
  expect((await post(a, '1')).status).toBe(200);
  expect((await post(b, '2')).status).toBe(200);
  expect((await post(a, '3')).status).toBe(200);
  const refused = await fetch(`${b.url}/v3/directline/conversations/${c.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: 'r' }, text: 'hallå' }),
  });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(await refused.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/wait a minute/) } });
});

it('keeps no address in the database, only a keyed hash of it', async () => {
  const rows = await t.db.query<{ key: string }>('SELECT key FROM chat_rate_limits');
  expect(rows.rows.length).toBeGreaterThan(0);
  expect(rows.rows.filter((r) => /127\.0\.0\.1|::1|dl-/.test(r.key))).toEqual([]);
});

it('keeps Microsoft\'s polling client going past its conversation\'s poll limit: slowed, never stopped', async () => {
  const r = await ChatResident.open(a.url);
  try {
    // 200 ms between polls is 300 a minute, five times CHAT_POLLS_PER_CONVERSATION here.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const kind = await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
    expect(kind.at(-1)!.channelData!.step).toBe('kind');
    const polls = requestsLogged(a, 'GET', `/conversations/${r.conversationId}/activities`);
    expect(polls.length).toBeGreaterThan(60);
    expect(polls.filter((p) => p.status !== 200)).toEqual([]);
  } finally {
    r.end();
  }
});
