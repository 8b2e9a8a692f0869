import { createTokenSigner } from '../../../src/channels/chat/chatTokens';
import { MAX_MESSAGE_LENGTH } from '../../../src/channels/chat/chatInput';
import { CHAT_TEST_SECRET, directLineRequest, generateToken, startChatService, type ChatService } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let service: ChatService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url, { CHAT_MESSAGES_PER_CONVERSATION: '40', CHAT_NEW_CHATS_PER_ADDRESS: '40' });
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

/** A started conversation, as the page has it after opening the chat. */
async function started(): Promise<{ token: string; conversationId: string }> {
  const issued = await generateToken(service.url);
  const start = await directLineRequest(service.url, '/conversations', { token: issued.token, body: {} });
  expect(start.status).toBe(201);
  return issued;
}

const message = (text: string, clientActivityID?: string) => ({
  type: 'message',
  from: { id: 'resident' },
  text,
  ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
});

async function transcript(c: { token: string; conversationId: string }) {
  const read = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities?watermark=`, { token: c.token });
  expect(read.status).toBe(200);
  return read.body as { activities: { id: string; type: string; text?: string; from: { role: string } }[]; watermark: string };
}

/** The engine's turn count for the conversation: it moves only when a turn ran. */
async function sessionTurn(conversationId: string): Promise<number> {
  const result = await t.db.query<{ turn: number }>('SELECT turn FROM conversation_sessions WHERE id = $1', [conversationId]);
  return Number(result.rows[0]?.turn ?? 0);
}

describe('tokens bound to one conversation', () => {
  it('refuses to read or write another conversation with a token for one (403), and writes nothing', async () => {
    const mine = await started();
    const theirs = await started();
    const before = await transcript(theirs);

    const read = await directLineRequest(service.url, `/conversations/${theirs.conversationId}/activities`, { token: mine.token });
    expect(read).toEqual({ status: 403, body: { error: { code: 'WrongConversation', message: expect.stringMatching(/another conversation/) } } });
    const write = await directLineRequest(service.url, `/conversations/${theirs.conversationId}/activities`, { token: mine.token, body: message('1') });
    expect(write.status).toBe(403);
    expect((await transcript(theirs)).activities).toEqual(before.activities);
  });

  it('answers a missing token with 401, and a forged or expired one with 403', async () => {
    const c = await started();
    const path = `/conversations/${c.conversationId}/activities`;
    expect((await directLineRequest(service.url, path, { token: null })).body.error.code).toBe('MissingToken');
    expect((await directLineRequest(service.url, path, { token: null })).status).toBe(401);

    const forged = createTokenSigner('some-other-secret-that-is-long-enough-000', 1800).issue(c.conversationId, 'x').token;
    expect(await directLineRequest(service.url, path, { token: forged })).toMatchObject({ status: 403, body: { error: { code: 'BadToken' } } });
    const expired = createTokenSigner(CHAT_TEST_SECRET, -5).issue(c.conversationId, 'x').token;
    const late = await directLineRequest(service.url, path, { token: expired, body: message('1') });
    expect(late).toMatchObject({ status: 403, body: { error: { code: 'TokenExpired' } } });
    expect((await transcript(c)).activities.filter((a) => a.from.role === 'user')).toEqual([]);
  });

  it('refreshes a token for the same conversation', async () => {
    const c = await started();
    const refreshed = await directLineRequest(service.url, '/tokens/refresh', { token: c.token, method: 'POST' });
    expect(refreshed).toMatchObject({ status: 200, body: { conversationId: c.conversationId, expires_in: 1800 } });
    expect((await transcript({ ...c, token: refreshed.body.token })).activities.length).toBeGreaterThan(0);
  });
});

describe('bad input gets a clear answer and changes nothing', () => {
  it.each([
    ['malformed JSON', { rawBody: '{"type": "message", "text": ' }, 400, 'BadArgument'],
    ['an unknown activity type', { body: { type: 'invoke', name: 'x' } }, 400, 'UnknownActivityType'],
    ['an over-long message', { body: message('a'.repeat(MAX_MESSAGE_LENGTH + 1)) }, 400, 'MessageTooLong'],
    ['an activity without a type', { body: { text: 'hej' } }, 400, 'BadArgument'],
    ['a body that is no JSON at all', { rawBody: undefined, body: undefined }, 415, 'BadArgument'],
  ])('%s', async (_name, request, status, code) => {
    const c = await started();
    const before = await transcript(c);
    const answer = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, method: 'POST', ...request });
    expect(answer).toEqual({ status, body: { error: { code, message: expect.any(String) } } });
    const after = await transcript(c);
    expect(after.watermark).toBe(before.watermark);
  });

  // Refused before the turn runs: the conversation does not move on, and nothing reaches the transcript.
  it.each([
    ['an activity id longer than the transcript keeps (101 characters)', { type: 'message', id: 'i'.repeat(101), text: '1' }, /^The activity could not be read: id: .*100/],
    ['a client activity id of 101 characters', message('1', 'c'.repeat(101)), /^The activity could not be read: channelData\.clientActivityID: .*100/],
    ['a message with a NUL character', message('Hemtjänsten\u0000kom inte'), /^The activity could not be read: text: .*NUL/],
    ['a button value with a NUL character', { type: 'message', from: { id: 'resident' }, text: 'Klagomål', value: '1\u0000' }, /^The activity could not be read: value: .*NUL/],
    ['a name with a NUL character', { type: 'message', from: { id: 'resident', name: 'An\u0000na' }, text: '1' }, /^The activity could not be read: from\.name: .*NUL/],
    ['a message ending in a cut-off emoji', message('ok \ud83d'), /^The activity could not be read: text: .*half of a character/],
    ['a name with half an emoji', { type: 'message', from: { id: 'resident', name: '\ude00Anna' }, text: '1' }, /^The activity could not be read: from\.name: .*half of a character/],
    ['a locale with half an emoji', { type: 'message', from: { id: 'resident' }, text: '1', locale: 'sv-SE\ud83d' }, /^The activity could not be read: locale: .*half of a character/],
    ['a locale with a NUL character', { type: 'message', from: { id: 'resident' }, text: '1', locale: 'sv\u0000' }, /^The activity could not be read: locale: .*NUL/],
    ['a client activity id with half an emoji', message('1', 'abc\ud83d'), /^The activity could not be read: channelData\.clientActivityID: .*half of a character/],
    ['a client activity id with a NUL character', message('1', 'abc\u0000'), /^The activity could not be read: channelData\.clientActivityID: .*NUL/],
  ])('refuses %s with 400 and writes nothing', async (_name, activity, explained) => {
    const c = await started();
    const before = await transcript(c);
    const turnBefore = await sessionTurn(c.conversationId);
    const answer = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: activity });
    expect(answer).toEqual({ status: 400, body: { error: { code: 'BadArgument', message: expect.stringMatching(explained) } } });
    expect((await transcript(c)).watermark).toBe(before.watermark);
    expect(await sessionTurn(c.conversationId)).toBe(turnBefore);
    // The conversation is where it was: the menu is still the question.
    await directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: message('1', 'after-the-refusal') });
    const after = (await transcript(c)).activities as { channelData?: { step?: string } }[];
    expect(after.at(-1)?.channelData?.step).toBe('kind');
  });

  it('answers a repeated post of the same activity with the same id, and adds nothing', async () => {
    const c = await started();
    const path = `/conversations/${c.conversationId}/activities`;
    const first = await directLineRequest(service.url, path, { token: c.token, body: message('1', 'client-activity-1') });
    const afterFirst = await transcript(c);
    const again = await directLineRequest(service.url, path, { token: c.token, body: message('1', 'client-activity-1') });
    expect(again).toEqual(first);
    const afterAgain = await transcript(c);
    expect(afterAgain.watermark).toBe(afterFirst.watermark);
    // The echo carries the server id and the client's own id, as Web Chat needs to match it up.
    expect(afterFirst.activities).toContainEqual(expect.objectContaining({ id: first.body.id, channelData: { clientActivityID: 'client-activity-1' } }));
  });

  it('answers an empty message by asking again', async () => {
    const c = await started();
    await directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: message('   ') });
    const texts = (await transcript(c)).activities.map((a) => a.text);
    expect(texts.slice(-2)).toEqual(['Jag fick inget svar.', 'Vad kan vi hjälpa dig med?']);
  });
});

describe('what Direct Line\'s reference says of clients', () => {
  it('takes a client-sent conversationUpdate as a start: greets once, echoes nothing', async () => {
    const c = await started();
    const before = await transcript(c);
    const sent = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, {
      token: c.token,
      body: { type: 'conversationUpdate', from: { id: 'resident' }, membersAdded: [{ id: 'resident' }] },
    });
    expect(sent.status).toBe(200);
    const after = await transcript(c);
    expect(after.activities).toEqual(before.activities);
    expect(after.activities.filter((a) => a.from.role === 'user')).toEqual([]);
  });

  it('answers an unknown Direct Line path in the same error shape as the known ones', async () => {
    const c = await started();
    for (const [method, path] of [['GET', '/nothing'], ['POST', `/conversations/${c.conversationId}/nothing`], ['GET', '/conversations']] as const) {
      const answer = await directLineRequest(service.url, path, { method, token: c.token });
      expect({ method, path, ...answer }).toEqual({ method, path, status: 404, body: { error: { code: 'NotFound', message: expect.stringMatching(/no such Direct Line address/) } } });
    }
  });
});


describe('rate limits', () => {
  it('stops a flood of messages in one conversation with 429 and a message to act on', async () => {
    const c = await started();
    const path = `/conversations/${c.conversationId}/activities`;
    const statuses: number[] = [];
    for (let i = 0; i < 42; i++) statuses.push((await directLineRequest(service.url, path, { token: c.token, body: message('*') })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    const refused = await directLineRequest(service.url, path, { token: c.token, body: message('*') });
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'TooManyRequests', message: expect.stringMatching(/wait a minute/) } } });
  });

  it('limits new chats per address', async () => {
    const statuses: number[] = [];
    // More than the whole minute's allowance (CHAT_NEW_CHATS_PER_ADDRESS above), whatever earlier tests used.
    for (let i = 0; i < 41; i++) statuses.push((await fetch(`${service.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
    expect(statuses).toContain(429);
  });
});
