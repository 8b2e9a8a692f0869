import net from 'node:net';
import { AGENT_ROLE } from '../../../src/agent/agentTypes';
import { findCaseByReference } from '../../../src/register/findCase';
import { AgentClient, signedIn } from '../../support/agentClient';
import { DIRECT_LINE, directLineRequest, generateToken, startChatService, type ChatService } from '../../support/chat';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let service: ChatService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startChatService(t.url, { CHAT_UPLOAD_MAX_MB: '1' });
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

/** The first bytes of real files of each kind, padded to a size. */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 32)]);
const jpegOf = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 1)]);

async function started() {
  const c = await generateToken(service.url);
  expect((await directLineRequest(service.url, '/conversations', { token: c.token, body: {} })).status).toBe(201);
  return c;
}

/** An upload as botframework-directlinejs makes it: an "activity" part and "file" parts. */
async function upload(c: { token: string; conversationId: string }, files: { bytes: Buffer; name: string; type: string }[], activity?: object) {
  const form = new FormData();
  if (activity) form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const f of files) form.append('file', new Blob([f.bytes], { type: f.type }), f.name);
  const response = await fetch(`${service.url}${DIRECT_LINE}/conversations/${c.conversationId}/upload?userId=r`, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function transcript(c: { token: string; conversationId: string }) {
  const read = await directLineRequest(service.url, `/conversations/${c.conversationId}/activities?watermark=`, { token: c.token });
  return read.body.activities as { id: string; type: string; text?: string; from: { role: string }; attachments?: unknown; channelData?: { step?: string } }[];
}

const stored = async (conversationId: string) =>
  Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM chat_attachments WHERE conversation_id = $1', [conversationId])).rows[0]!.n);

it('takes a photo and a PDF, echoes them, says they were received and asks the question again', async () => {
  const c = await started();
  const answer = await upload(c, [{ bytes: PNG, name: 'brev.png', type: 'image/png' }, { bytes: PDF, name: 'C:\\Users\\x\\beslut.pdf', type: 'application/pdf' }], {
    type: 'message',
    from: { id: 'r', role: 'user' },
    channelData: { clientActivityID: 'up-1' },
  });
  expect(answer).toEqual({ status: 200, body: { id: expect.stringMatching(/^dl-.+\|\d{7}$/) } });
  const shown = await transcript(c);
  const echo = shown.find((a) => a.id === answer.body.id)!;
  expect(echo).toMatchObject({
    from: { role: 'user' },
    channelData: { clientActivityID: 'up-1' },
    attachments: [{ contentType: 'image/png', name: 'brev.png' }, { contentType: 'application/pdf', name: 'beslut.pdf' }],
  });
  const after = shown.slice(shown.indexOf(echo) + 1);
  expect(after[0]!.text).toBe('Tack, vi har tagit emot "brev.png", "beslut.pdf". Det följer med ditt ärende.');
  expect(after.at(-1)!.channelData!.step).toBe('menu');
  expect(await stored(c.conversationId)).toBe(2);
});

it('refuses a file that is not an image or PDF by its bytes, whatever it is called, and keeps nothing', async () => {
  const c = await started();
  const answer = await upload(c, [{ bytes: Buffer.from('#!/bin/sh\nrm -rf /\n'), name: 'foto.jpg', type: 'image/jpeg' }]);
  expect(answer).toEqual({ status: 415, body: { error: { code: 'AttachmentTypeNotAllowed', message: 'The file "foto.jpg" is not an image (JPEG, PNG, GIF, WebP) or a PDF.' } } });
  expect(await stored(c.conversationId)).toBe(0);
  expect((await transcript(c)).filter((a) => a.from.role === 'user')).toEqual([]);
});

it('refuses a file over CHAT_UPLOAD_MAX_MB with Direct Line\'s error shape, and keeps nothing', async () => {
  const c = await started();
  const answer = await upload(c, [{ bytes: jpegOf(1024 * 1024 + 10), name: 'stor.jpg', type: 'image/jpeg' }]);
  expect(answer).toEqual({ status: 413, body: { error: { code: 'AttachmentTooLarge', message: 'The file "stor.jpg" is too large: at most 1 MB.' } } });
  expect(await stored(c.conversationId)).toBe(0);
});

it('refuses an upload for another conversation, and one without a file', async () => {
  const mine = await started();
  const theirs = await started();
  expect((await upload({ ...theirs, token: mine.token }, [{ bytes: PNG, name: 'a.png', type: 'image/png' }])).status).toBe(403);
  expect(await upload(mine, [], { type: 'message', text: 'hej' })).toMatchObject({ status: 400, body: { error: { code: 'BadArgument' } } });
  expect(await stored(theirs.conversationId)).toBe(0);
});

it('shows the files on the case page behind the login, and hands them out as downloads', async () => {
  const c = await started();
  const post = (body: object) => directLineRequest(service.url, `/conversations/${c.conversationId}/activities`, { token: c.token, body: { type: 'message', from: { id: 'r' }, ...body } });
  for (const value of ['1', '1', '1']) await post({ text: value, value });
  const photo = jpegOf(5000);
  expect((await upload(c, [{ bytes: photo, name: 'beslut sida 1.jpg', type: 'image/jpeg' }], { type: 'message', text: 'Här är beslutet. Hemtjänsten kom inte.' })).status).toBe(200);
  for (const value of ['#']) await post({ text: 'Hoppa över', value });
  for (const text of ['hoppa över']) await post({ text });
  for (const value of ['2', '2', '2', '1']) await post({ text: value, value });
  const reference = /Ditt ärendenummer är (\d{4}\u2011\d{5})\./.exec((await transcript(c)).map((a) => a.text ?? '').join('\n'))![1]!.replace('\u2011', '-');
  expect((await findCaseByReference(t.db, reference)).case.what).toBe('Här är beslutet. Hemtjänsten kom inte.');

  const agent = await signedIn(service, t.db, 'kundtjanst', AGENT_ROLE.agent);
  const page = await agent.page(`/agent/cases/${reference}`);
  const link = /<a href="(\/agent\/cases\/[^"]+\/attachments\/\d+)" download>beslut sida 1\.jpg<\/a>/.exec(page.html)?.[1];
  expect(link).toBeDefined();
  const file = await agent.fetch(link!);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('image/jpeg');
  expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
  expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);

  const stranger = await new AgentClient(service.url).fetch(link!);
  expect(stranger.status).not.toBe(200);
  expect((await agent.fetch(link!.replace(/\d+$/, '999999'))).status).toBe(404);
});

it('refuses an upload over the whole limit (CHAT_UPLOAD_MAX_MB × 5) by its length, before reading it', async () => {
  const c = await started();
  const answer = await upload(c, [{ bytes: jpegOf(6 * 1024 * 1024), name: 'film.jpg', type: 'image/jpeg' }]);
  expect(answer).toEqual({ status: 413, body: { error: { code: 'MessageTooLong', message: 'The request is too large.' } } });
  expect(await stored(c.conversationId)).toBe(0);
});

it('takes the next upload when a resident went away in the middle of theirs (uploads are read one at a time)', async () => {
  const c = await started();
  const { port } = new URL(service.url);
  // Half an upload, then the connection drops: the slot it held must be given back.
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST ${DIRECT_LINE}/conversations/${c.conversationId}/upload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${c.token}\r\n` +
          'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 900000\r\n\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n',
      );
      socket.write(PNG, () => setTimeout(() => (socket.destroy(), resolve()), 300));
    });
    socket.once('error', reject);
  });
  const answer = await upload(c, [{ bytes: PNG, name: 'brev.png', type: 'image/png' }]);
  expect(answer.status).toBe(200);
  expect(await stored(c.conversationId)).toBe(1);
});

it('refuses more than five files in one upload, and keeps none of them', async () => {
  const c = await started();
  const six = Array.from({ length: 6 }, (_, i) => ({ bytes: PNG, name: `sida${i + 1}.png`, type: 'image/png' }));
  expect(await upload(c, six, { type: 'message', text: 'Alla sidor' })).toEqual({ status: 400, body: { error: { code: 'BadArgument', message: 'At most 5 files at a time.' } } });
  expect(await stored(c.conversationId)).toBe(0);
});
