import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHAT_TEST_SECRET, DIRECT_LINE } from '../../support/chat';
import { ChatResident } from '../../support/chatResident';
import { startInProcessService, type InProcessService } from '../../support/inProcessService';
import { OPEN } from '../../support/voice';

/**
 * The chat on the embedded PGlite (no DATABASE_URL): the stream hears the transcript grow through PGlite's own
 * LISTEN/NOTIFY, the rate limits count in memory, and an attachment's bytes are kept and read back.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-chat-pglite-'));
let service: InProcessService;
beforeAll(async () => {
  service = await startInProcessService({ DATA_DIR: dir, TWILIO_AUTH_TOKEN: 'x', CHAT_TOKEN_SECRET: CHAT_TEST_SECRET }, OPEN);
});
afterAll(async () => {
  await service?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('streams a conversation and keeps an attachment on the embedded database', async () => {
  const r = await ChatResident.open(service.url, undefined, { webSocket: true });
  try {
    expect(r.question.channelData!.step).toBe('menu');
    await r.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
    expect(r.question.channelData!.step).toBe('kind');

    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 32)]);
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'beslut.pdf');
    const upload = await fetch(`${service.url}${DIRECT_LINE}/conversations/${r.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${r.token}` }, body: form });
    expect(upload.status).toBe(200);
    const kept = await service.db.query<{ content: Uint8Array }>('SELECT content FROM chat_attachments WHERE conversation_id = $1', [r.conversationId]);
    expect(Buffer.from(kept.rows[0]!.content).equals(pdf)).toBe(true);
  } finally {
    r.end();
  }
});
