import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { startTwilioApiStandIn, toneWav, type TwilioApiStandIn } from '../../../src/cli/twilioApiStandIn';
import { createLogging } from '../../../src/logging/logger';
import { startRecordingCopier, type RecordingCopier } from '../../../src/recordings/recordingCopier';
import { noteCompletedRecording } from '../../../src/recordings/recordingStore';
import { NO_CREDENTIALS_ERROR } from '../../../src/recordings/recordingTypes';
import { twilioRecordingsApi } from '../../../src/recordings/twilioRecordingsApi';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ACCOUNT = `AC${'1'.repeat(32)}`;
const TOKEN = 'the-accounts-auth-token';
const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let t: TestDatabase;
let twilio: TwilioApiStandIn;
let copier: RecordingCopier;
const stopLater: RecordingCopier[] = [];

function copierWith(options: { token?: string; maxAttempts?: number; withCredentials?: boolean } = {}): RecordingCopier {
  const logging = createLogging({ level: 'error', json: true, stream: new Writable({ write: (_c, _e, done) => done() }) });
  const c = startRecordingCopier({
    db: t.db,
    api: options.withCredentials === false ? null : twilioRecordingsApi({ accountSid: ACCOUNT, authToken: options.token ?? TOKEN, apiBaseUrl: twilio.url }),
    policy: { maxAttempts: options.maxAttempts ?? 3, retryBaseSeconds: 30 },
    // Rounds only when the test runs one.
    intervalMs: 3_600_000,
    logger: logging.logger,
  });
  stopLater.push(c);
  return c;
}

beforeAll(async () => {
  t = await createTestDatabase();
  twilio = await startTwilioApiStandIn({ accountSid: ACCOUNT, authToken: TOKEN });
  copier = copierWith();
});
afterAll(async () => {
  await Promise.all(stopLater.map((c) => c.stop()));
  await twilio.close();
  await t.drop();
});

/** A recording Twilio holds, and its status callback noted as the voice route notes it. */
async function completedRecording(audio = toneWav(400), reportedSeconds: number | null = 0): Promise<{ sid: string; audio: Buffer }> {
  const sid = twilio.addRecording(audio);
  await noteCompletedRecording(t.db, { recordingSid: sid, accountSid: ACCOUNT, callSid: newCallSid(), reportedSeconds });
  return { sid, audio };
}

async function row(sid: string) {
  const { rows } = await t.db.query<{ status: string; attempts: number; audio: Uint8Array | null; sha256: string | null; byteLength: number | null; durationMs: number | null; lastError: string | null }>(
    `SELECT status, attempts, audio, sha256, byte_length AS "byteLength", duration_ms AS "durationMs", last_error AS "lastError" FROM voice_recordings WHERE recording_sid = $1`,
    [sid],
  );
  return rows[0]!;
}

const requestsFor = (sid: string) => twilio.requests.filter((r) => r.path.includes(sid)).map((r) => `${r.method} ${r.path.slice(r.path.lastIndexOf('/') + 1)}`);
const dueNow = (sid: string) => t.db.query('UPDATE voice_recordings SET next_attempt_at = now() WHERE recording_sid = $1', [sid]);

describe('copying a voice message out of Twilio', () => {
  it('keeps exactly the bytes Twilio served, verified, and deletes the recording at Twilio only after that', async () => {
    const { sid, audio } = await completedRecording(toneWav(1200), 1);
    let atDelete: Awaited<ReturnType<typeof row>> | null = null;
    twilio.onDelete(async (deleted) => {
      if (deleted === sid) atDelete = await row(sid);
    });

    await copier.runOnce();

    const kept = await row(sid);
    expect(Buffer.from(kept.audio!).equals(audio)).toBe(true);
    expect(kept).toMatchObject({ status: 'stored', sha256: sha(audio), byteLength: audio.length, durationMs: 1200, lastError: null });
    // When the DELETE reached Twilio, the database already held the whole, checked copy.
    expect(atDelete).not.toBeNull();
    expect(Buffer.from(atDelete!.audio!).equals(audio)).toBe(true);
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`, `DELETE ${sid}.json`]);
    expect(twilio.requests.filter((r) => r.path.includes(sid)).every((r) => r.authorized)).toBe(true);
    expect(twilio.has(sid)).toBe(false);
  });

  it('retries a copy cut off in transfer, deleting nothing until a whole copy is kept', async () => {
    const { sid, audio } = await completedRecording();
    twilio.cutOffNext();
    await copier.runOnce();
    expect(await row(sid)).toMatchObject({ status: 'copying', attempts: 1, audio: null });
    expect((await row(sid)).lastError).toMatch(/cut off|terminated|arrived/);
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`]);
    expect(twilio.has(sid)).toBe(true);

    await dueNow(sid);
    await copier.runOnce();
    expect(Buffer.from((await row(sid)).audio!).equals(audio)).toBe(true);
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`, `GET ${sid}.wav`, `DELETE ${sid}.json`]);
    expect(twilio.has(sid)).toBe(false);
  });

  it.each([
    ['a garbled file', toneWav(400).fill(0, 0, 12), /not whole: the audio is not a WAV file/],
    ['a file shorter than the recording Twilio reported', toneWav(300), /lasts 300 ms but Twilio reported 5 s/],
  ])('keeps nothing and deletes nothing when Twilio serves %s, and gives up after the last attempt', async (_what, served, error) => {
    const { sid } = await completedRecording(toneWav(5000), 5);
    for (let attempt = 1; attempt <= 3; attempt++) {
      twilio.serveInsteadNext(served);
      await dueNow(sid);
      await copier.runOnce();
    }
    const failed = await row(sid);
    expect(failed).toMatchObject({ status: 'copy_failed', attempts: 3, audio: null });
    expect(failed.lastError).toMatch(error);
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`, `GET ${sid}.wav`, `GET ${sid}.wav`]);
    expect(twilio.has(sid)).toBe(true);
  });

  it('gives up at once, deleting nothing, when Twilio does not have the recording (404)', async () => {
    const { sid } = await completedRecording();
    twilio.failNext(1, 404);
    await copier.runOnce();
    expect(await row(sid)).toMatchObject({ status: 'copy_failed', attempts: 1, audio: null });
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`]);
    expect(twilio.has(sid)).toBe(true);
  });

  it('sends nothing with wrong credentials but a 401 to retry, and deletes nothing', async () => {
    const wrong = copierWith({ token: 'not-the-token' });
    const { sid } = await completedRecording();
    await wrong.runOnce();
    const r = await row(sid);
    expect(r).toMatchObject({ status: 'copying', attempts: 1, audio: null });
    expect(r.lastError).toMatch(/Twilio answered 401/);
    expect(twilio.requests.filter((q) => q.path.includes(sid)).map((q) => [q.method, q.authorized])).toEqual([['GET', false]]);
    // With the right credentials the copy goes through after all.
    await dueNow(sid);
    await copier.runOnce();
    expect((await row(sid)).status).toBe('stored');
  });

  it('keeps the verified copy and retries the DELETE when Twilio fails it', async () => {
    const { sid, audio } = await completedRecording();
    twilio.onDelete(() => {
      throw new Error('Twilio is down');
    });
    await copier.runOnce();
    const r = await row(sid);
    expect(r).toMatchObject({ status: 'deleting', attempts: 1 });
    expect(r.lastError).toMatch(/Twilio answered 500 to the DELETE/);
    expect(Buffer.from(r.audio!).equals(audio)).toBe(true);
    expect(twilio.has(sid)).toBe(true);

    twilio.onDelete(() => undefined);
    await dueNow(sid);
    await copier.runOnce();
    expect((await row(sid)).status).toBe('stored');
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`, `DELETE ${sid}.json`, `DELETE ${sid}.json`]);
    expect(twilio.has(sid)).toBe(false);
  });

  it('does not delete at Twilio when the copy in the database no longer matches its checksum', async () => {
    const { sid } = await completedRecording();
    twilio.onDelete(() => {
      throw new Error('Twilio is down');
    });
    await copier.runOnce();
    expect((await row(sid)).status).toBe('deleting');
    // The stored bytes change between the copy and the DELETE (a fault, a bad restore): the only copy must not go.
    await t.db.query(`UPDATE voice_recordings SET audio = overlay(audio PLACING '\\x00'::bytea FROM 100), next_attempt_at = now() WHERE recording_sid = $1`, [sid]);
    twilio.onDelete(() => undefined);
    await copier.runOnce();
    const r = await row(sid);
    expect(r.status).toBe('delete_failed');
    expect(r.lastError).toMatch(/no longer matches its checksum/);
    expect(requestsFor(sid).filter((x) => x.startsWith('DELETE'))).toEqual([`DELETE ${sid}.json`]); // only the failed first try
    expect(twilio.has(sid)).toBe(true);
  });

  it('without credentials fetches nothing and marks the recording as waiting for them', async () => {
    const waiting = copierWith({ withCredentials: false });
    const { sid } = await completedRecording();
    const before = twilio.requests.length;
    await waiting.runOnce();
    expect(await row(sid)).toMatchObject({ status: 'copying', attempts: 0, lastError: NO_CREDENTIALS_ERROR });
    expect(twilio.requests.length).toBe(before);
    await copier.runOnce();
    expect((await row(sid)).status).toBe('stored');
  });

  it('notes a repeated status callback once', async () => {
    const sid = twilio.addRecording();
    const callSid = newCallSid();
    expect(await noteCompletedRecording(t.db, { recordingSid: sid, accountSid: ACCOUNT, callSid, reportedSeconds: 0 })).toBe(true);
    expect(await noteCompletedRecording(t.db, { recordingSid: sid, accountSid: ACCOUNT, callSid, reportedSeconds: 0 })).toBe(false);
    await copier.runOnce();
    expect(requestsFor(sid)).toEqual([`GET ${sid}.wav`, `DELETE ${sid}.json`]);
  });
});
