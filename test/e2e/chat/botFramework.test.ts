import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startChatService, type ChatService } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

async function withService(env: Record<string, string>, fn: (service: ChatService) => Promise<void>): Promise<void> {
  const service = await startChatService(t.url, env);
  try {
    await fn(service);
  } finally {
    await service.close();
  }
}

function activity(serviceUrl: string, fields: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'resident-1', name: 'Resident' },
    recipient: { id: 'synpunkt-bot' },
    conversation: { id: `bf-conversation-${Math.random().toString(36).slice(2)}` },
    text: 'hej',
    locale: 'sv-SE',
    ...fields,
  };
}

/** A listener standing in for a channel's serviceUrl: it records what the service posts to it. */
async function listenOn(host: string): Promise<{ url: string; received: { path: string; body: any }[]; close(): Promise<void> }> {
  const received: { path: string; body: any }[] = [];
  const listener: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += String(d)));
    req.on('end', () => {
      received.push({ path: `${req.method} ${req.url}`, body: text ? JSON.parse(text) : null });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `posted-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, host, resolve));
  return {
    url: `http://${host}:${(listener.address() as AddressInfo).port}/`,
    received,
    close: () => new Promise<void>((resolve) => listener.close(() => resolve())),
  };
}

/**
 * A serviceUrl that is not accepted as loopback (it names a user, as a forged one might) yet still reaches a listener
 * on this machine: were the service to post to it anyway, the listener would receive it. Tests send traffic only to
 * loopback addresses, never to the machine's network.
 */
const notAcceptedAsLoopback = (url: string) => url.replace('http://', 'http://forged@');

const postActivity = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('Azure Bot Service on /api/messages', () => {
  it.each([
    ['a message ending in a cut-off emoji', { text: 'ok \ud83d' }, /text: .*half of a character/],
    ['a NUL in the message', { text: 'hej\u0000' }, /text: .*NUL/],
    ['a NUL in the conversation id', { conversation: { id: 'bf-\u0000' } }, /conversation\.id: .*NUL/],
    ['half an emoji in the sender’s name', { from: { id: 'resident-1', name: 'Anna \ud83d' } }, /from\.name: .*half of a character/],
    ['a serviceUrl that is not a string', { serviceUrl: [] }, /serviceUrl/],
  ])('refuses %s with 400 and writes nothing', async (_label, fields, explained) => {
    await withService({}, async (service) => {
      const response = await postActivity(service.url, activity('https://smba.trafficmanager.net/emea/', fields));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'BadArgument', message: expect.stringMatching(explained) } });
      const sessions = await t.db.query('SELECT 1 FROM conversation_sessions');
      expect(sessions.rows).toEqual([]);
    });
  });

  it('refuses a request without a Bot Framework token when an app id is configured (401)', async () => {
    await withService({ MICROSOFT_APP_ID: '3f1c2b7a-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'not-used-here' }, async (service) => {
      const response = await postActivity(service.url, activity('https://smba.trafficmanager.net/emea/'));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'BadToken' } });
      const sessions = await t.db.query('SELECT 1 FROM conversation_sessions');
      expect(sessions.rows).toEqual([]);
    });
  });

  it('without an app id, never posts to a serviceUrl that is not plainly this machine\'s loopback: the replies come back in the response', async () => {
    const foreign = await listenOn('127.0.0.1');
    const foreignUrl = notAcceptedAsLoopback(foreign.url);
    try {
      await withService({}, async (service) => {
        const first = activity(foreignUrl, { deliveryMode: 'normal' });
        const response = await postActivity(service.url, first);
        expect(response.status).toBe(200);
        const body = (await response.json()) as { activities: { text?: string; inputHint?: string; suggestedActions?: unknown; channelData?: unknown }[] };
        expect(body.activities[0]!.text).toMatch(/^Välkommen till kommunens kundtjänst/);
        expect(body.activities.at(-1)).toMatchObject({ inputHint: 'expectingInput', channelData: { step: 'menu' } });

        // The same conversation goes on, in the same session store as the phone.
        const next = await postActivity(service.url, activity(foreignUrl, { conversation: first.conversation, text: '1' }));
        const answer = (await next.json()) as { activities: { channelData?: { step?: string } }[] };
        expect(answer.activities.at(-1)!.channelData!.step).toBe('kind');
        const stored = await t.db.query<{ channel: string }>('SELECT channel FROM conversation_sessions WHERE id = $1', [first.conversation.id]);
        expect(stored.rows).toEqual([{ channel: 'chat' }]);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(foreign.received).toEqual([]);
    } finally {
      await foreign.close();
    }
  });

  it('in development, posts the replies to the Bot Framework Emulator on this machine, as a channel expects', async () => {
    const emulator = await listenOn('127.0.0.1');
    try {
      await withService({}, async (service) => {
        const first = activity(emulator.url);
        const response = await postActivity(service.url, first);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe('');
        const posted = emulator.received;
        expect(posted.length).toBeGreaterThan(0);
        expect(posted.every((p) => p.path.startsWith(`POST /v3/conversations/${first.conversation.id}/activities`))).toBe(true);
        expect(posted[0]!.body.text).toMatch(/^Välkommen till kommunens kundtjänst/);
        expect(posted.at(-1)!.body).toMatchObject({ inputHint: 'expectingInput', replyToId: first.id });
      });
    } finally {
      await emulator.close();
    }
  });

  it('greets a resident who joins, and not the bot joining', async () => {
    await withService({}, async (service) => {
      const join = (members: { id: string }[]) =>
        postActivity(service.url, activity('https://smba.trafficmanager.net/emea/', { type: 'conversationUpdate', text: undefined, membersAdded: members }));
      const botJoined = await join([{ id: 'synpunkt-bot' }]);
      expect([200, 201]).toContain(botJoined.status);
      expect(((await botJoined.json()) as { activities: unknown[] }).activities).toEqual([]);
      const residentJoined = await join([{ id: 'resident-1' }]);
      const greeting = (await residentJoined.json()) as { activities: { text?: string }[] };
      expect(greeting.activities[0]!.text).toMatch(/^Välkommen/);
    });
  });

  it('in production without an app id, the route is closed and the log says why', async () => {
    await withService(
      { NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://synpunkt.kommun.test', TWILIO_AUTH_TOKEN: 'x', CHAT_TOKEN_SECRET: 'a-production-chat-secret-of-32-characters', RESIDENT_LINK_SECRET: 'a-production-link-secret-of-32-characters' },
      async (service) => {
        const response = await postActivity(service.url, activity('http://127.0.0.1:9/'));
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ error: { code: 'Disabled', message: expect.stringMatching(/MICROSOFT_APP_ID/) } });
        expect(service.logLines.join('')).toMatch(/\/api\/messages is closed: set MICROSOFT_APP_ID/);
      },
    );
  });
});
