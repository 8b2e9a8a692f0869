import '../../support/chatNodeGlobals';
import { DirectLine } from 'botframework-directlinejs';
import WebSocket from 'ws';
import { findCaseByReference } from '../../../src/register/findCase';
import { directLineRequest, DIRECT_LINE, generateToken, startChatService, type ChatService } from '../../support/chat';
import { ChatResident } from '../../support/chatResident';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let a: ChatService;
let b: ChatService;
const residents: ChatResident[] = [];
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  a = await startChatService(t.url);
  b = await startChatService(t.url);
});
afterAll(async () => {
  for (const r of residents) r.end();
  await a.close();
  await b.close();
  await t.drop();
});

/** Direct Line activity sets as a raw socket receives them, until `done` says enough. */
function readStream(url: string, done: (sets: { activities: { id: string; from: { role?: string } }[]; watermark: string }[]) => boolean) {
  return new Promise<{ activities: { id: string; from: { role?: string } }[]; watermark: string }[]>((resolve, reject) => {
    const sets: { activities: { id: string; from: { role?: string } }[]; watermark: string }[] = [];
    const socket = new WebSocket(url);
    socket.on('message', (data: Buffer) => {
      sets.push(JSON.parse(String(data)));
      if (done(sets)) {
        socket.close();
        resolve(sets);
      }
    });
    socket.on('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    socket.on('error', reject);
  });
}

/** The HTTP answer to a socket the service refuses: status and Direct Line's error body. */
function refusal(url: string) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    socket.on('open', () => reject(new Error('the socket was taken')));
    socket.on('error', () => undefined);
  });
}

async function completeComplaint(r: ChatResident): Promise<string> {
  await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
  await r.press('Klagomål');
  await r.press('Äldreomsorg');
  await r.type('Hemtjänsten kom inte i tisdags och min mamma fick ingen lunch.');
  await r.press('Hoppa över');
  await r.type('hoppa över');
  await r.press('En närstående');
  await r.press('Nej');
  await r.press('Nej');
  await r.press('Skicka');
  return /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec(r.transcript)![1]!;
}

describe('Direct Line streaming, as Microsoft\'s client uses it with webSocket: true', () => {
  it('starts with 201 and a streamUrl on the address the client used, carrying the token', async () => {
    const c = await generateToken(a.url);
    const start = await directLineRequest(a.url, '/conversations', { token: c.token, body: { locale: 'sv-SE' } });
    expect(start.status).toBe(201);
    expect(start.body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+${DIRECT_LINE}/conversations/${c.conversationId}/stream\\?t=`));
    const sets = await readStream(start.body.streamUrl, (s) => s.length >= 1);
    expect(sets[0]!.activities.length).toBeGreaterThan(0);
    expect(Number(sets[0]!.watermark)).toBe(sets[0]!.activities.length);
  });

  it('takes a whole complaint over the stream, echoing the resident\'s activities with their clientActivityID', async () => {
    const r = await ChatResident.open(a.url, undefined, { webSocket: true });
    residents.push(r);
    const reference = await completeComplaint(r);
    const { case: c } = await findCaseByReference(t.db, reference);
    expect(c).toMatchObject({ status: 'registered', kind: 'klagomal', area: 'aldreomsorg', channel: 'chat' });
    expect(r.echoed).toHaveLength(10);
    for (const own of r.echoed) expect(own).toMatchObject({ id: expect.stringMatching(/^dl-.+\|\d{7}$/), channelData: { clientActivityID: expect.any(String) } });
    // Over the stream the client never polls: every request for activities it made was a post.
    const reads = a.logLines.concat(b.logLines).filter((l) => l.includes(`/conversations/${r.conversationId}/activities`));
    expect(reads.length).toBeGreaterThanOrEqual(10);
    expect(reads.filter((l) => l.includes('"method":"GET"'))).toEqual([]);
  });

  it('delivers a turn run by one instance to the socket another instance holds', async () => {
    const { token, conversationId } = await generateToken(a.url);
    const start = await directLineRequest(a.url, '/conversations', { token, body: {} });
    expect(start.body.streamUrl).toContain(a.url.replace('http://', 'ws://'));
    // The client reads from A's socket and posts to B, as two instances behind a load balancer would serve it.
    const directLine = new DirectLine({ domain: `${b.url}${DIRECT_LINE}`, token: start.body.token, conversationId, streamUrl: start.body.streamUrl, webSocket: true });
    const r = await ChatResident.greeted(directLine, conversationId, token);
    residents.push(r);
    const reference = await completeComplaint(r);
    expect((await findCaseByReference(t.db, reference)).case.channel).toBe('chat');
    const postsTo = (s: ChatService) => s.logLines.filter((l) => l.includes(`/conversations/${conversationId}/activities`) && l.includes('POST')).length;
    expect(postsTo(a)).toBe(0);
    expect(postsTo(b)).toBeGreaterThan(0);
  });

  it('goes on after the watermark on reconnect, without what the client already has', async () => {
    const c = await generateToken(a.url);
    await directLineRequest(a.url, '/conversations', { token: c.token, body: {} });
    const post = await directLineRequest(b.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', from: { id: 'x' }, text: '1' } });
    expect(post.status).toBe(200);
    const again = await directLineRequest(b.url, `/conversations/${c.conversationId}?watermark=2`, { token: c.token });
    expect(again.status).toBe(200);
    expect(again.body.streamUrl).toMatch(/\/stream\?watermark=2&t=/);
    const sets = await readStream(again.body.streamUrl, () => true);
    expect(sets[0]!.activities[0]!.id).toBe(`${c.conversationId}|0000003`);
  });

  it('refuses a socket without a valid token for its conversation, in Direct Line\'s error shape', async () => {
    const mine = await generateToken(a.url);
    const theirs = await generateToken(a.url);
    const base = a.url.replace('http://', 'ws://') + DIRECT_LINE;
    expect(await refusal(`${base}/conversations/${theirs.conversationId}/stream?t=${mine.token}`)).toEqual({
      status: 403,
      body: { error: { code: 'WrongConversation', message: expect.any(String) } },
    });
    expect((await refusal(`${base}/conversations/${mine.conversationId}/stream`)).status).toBe(401);
    expect((await refusal(`${base}/conversations/${mine.conversationId}/stream?t=${mine.token}x`)).status).toBe(403);
    expect((await refusal(`${base}/elsewhere?t=${mine.token}`)).status).toBe(404);
  });
});
