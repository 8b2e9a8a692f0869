import { directLineRequest, generateToken, startChatService, type ChatService, failTranscriptAppendOnce } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * A post whose turn was saved but whose transcript append failed (the resident got a 500) is answered when the
 * client posts it again with the same clientActivityID: the stored reply is appended then, once, and the answer
 * is not taken a second time as the answer to the next question.
 */
let t: TestDatabase;
let service: ChatService;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startChatService(t.url);
  // Fails the first insert of a resident's activity whose client id starts with "fail-once-", then never again.
  await failTranscriptAppendOnce(t.db, "NEW.client_activity_id LIKE 'fail-once-%'");
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

type Shown = { type: string; text?: string; from: { role: string }; inputHint?: string; channelData?: { step?: string; clientActivityID?: string } };

async function transcript(c: { token: string; conversationId: string }): Promise<Shown[]> {
  const read = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities?watermark=`, { token: c.token });
  expect(read.status).toBe(200);
  return read.body.activities as Shown[];
}

const post = (c: { token: string; conversationId: string }, text: string, clientActivityID: string) =>
  directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, {
    token: c.token,
    body: { type: 'message', from: { id: 'resident' }, text, channelData: { clientActivityID } },
  });

async function session(conversationId: string) {
  const result = await t.db.query<{ turn: number; state: { answers: Record<string, unknown> } }>(
    'SELECT turn, state FROM conversation_sessions WHERE id = $1',
    [conversationId],
  );
  return result.rows[0]!;
}

it('appends the stored reply when the same clientActivityID comes again after a failed append, and takes the answer once', async () => {
  const c = await generateToken(service.url);
  expect((await directLineRequest(service.url, '/conversations', { token: c.token, body: {} })).status).toBe(201);
  expect((await post(c, '1', 'menu-1')).status).toBe(200);
  const asked = (await transcript(c)).filter((a) => a.inputHint === 'expectingInput').at(-1);
  expect(asked?.channelData?.step).toBe('kind');
  const before = await session(c.conversationId);

  // The turn is saved, then the transcript refuses the append: the resident sees an error and nothing new.
  const failed = await post(c, 'klagomål', 'fail-once-kind');
  expect(failed.status).toBe(500);
  expect((await session(c.conversationId)).turn).toBe(before.turn + 1);
  const afterFailure = await transcript(c);
  expect(afterFailure.at(-1)?.channelData?.step).toBe('kind');

  // The page sends the same text again with the same clientActivityID.
  const again = await post(c, 'klagomål', 'fail-once-kind');
  expect(again.status).toBe(200);
  const shown = await transcript(c);
  const added = shown.slice(afterFailure.length);
  expect(added.filter((a) => a.from.role === 'user').map((a) => [a.text, a.channelData?.clientActivityID])).toEqual([['klagomål', 'fail-once-kind']]);
  // The question the resident is on (the area), asked once, and nothing skipped.
  expect(added.filter((a) => a.inputHint === 'expectingInput').map((a) => a.channelData?.step)).toEqual(['area']);
  const now = await session(c.conversationId);
  expect(now.turn).toBe(before.turn + 1);
  expect(now.state.answers).toMatchObject({ kind: 'klagomal' });
  expect(now.state.answers.area ?? null).toBeNull();

  // A third delivery of the same post changes nothing; the conversation goes on from the area.
  expect(await post(c, 'klagomål', 'fail-once-kind')).toEqual(again);
  expect((await transcript(c)).length).toBe(shown.length);
  await post(c, '2', 'area-1');
  expect((await transcript(c)).filter((a) => a.inputHint === 'expectingInput').at(-1)?.channelData?.step).toBe('what');
});
