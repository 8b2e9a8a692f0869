import { unitNamed } from '../../support/units';
import type { Browser } from 'playwright-core';
import { placeCall } from '../../../src/cli/phoneCall';
import { startTwilioApiStandIn, toneWav, type TwilioApiStandIn } from '../../../src/cli/twilioApiStandIn';
import { checkWav } from '../../../src/recordings/wavAudio';
import { AgentClient, createAccount, signedIn } from '../../support/agentClient';
import { axeViolations, launchBrowser, signedInPage } from '../../support/browser';
import { startInProcessService, type InProcessService } from '../../support/inProcessService';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { CLOSED, newCallSid, PUBLIC_URL, TEST_TOKEN, twilioPost } from '../../support/voice';

/**
 * A voice message from the caller's phone to the agent's ears: Twilio's recording status callback starts the copy
 * out of Twilio (the stand-in), the recording is deleted there once the copy is kept, and the case page plays it
 * through the service, to those who may read the case, with every listen recorded.
 */
const ACCOUNT = `AC${'2'.repeat(32)}`;

let t: TestDatabase;
let twilio: TwilioApiStandIn;
let service: InProcessService;
const listens: { agentId: number; caseId: number; recordingId: number }[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  twilio = await startTwilioApiStandIn({ accountSid: ACCOUNT, authToken: TEST_TOKEN });
  service = await startInProcessService(
    {
      DATABASE_URL: t.url,
      TWILIO_AUTH_TOKEN: TEST_TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_API_URL: twilio.url,
      PUBLIC_BASE_URL: PUBLIC_URL,
      // Only the status callback starts a copy here; no round runs on its own.
      OUTBOX_INTERVAL_SECONDS: '3600',
    },
    // Saturday: customer service is closed, and 0 offers a voice message.
    CLOSED,
    { recordListen: async (listen) => void listens.push(listen) },
  );
});
afterAll(async () => {
  await service?.close();
  await twilio?.close();
  await t?.drop();
});

async function until(what: string, done: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A caller leaves a voice message with the terminal phone, Twilio's side played by the stand-in. */
async function leaveVoiceMessage(audio = toneWav(1500)): Promise<{ recordingSid: string; reference: string; caseId: number; recordingId: number; audio: Buffer }> {
  let recordingSid = '';
  const answers = ['0', '2', 'Min pappa fick ingen hjälp med duschen på hela veckan.'];
  await placeCall({
    url: service.url,
    publicUrl: PUBLIC_URL,
    token: TEST_TOKEN,
    from: '+46701234567',
    lang: 'sv',
    recordings: { accountSid: ACCOUNT, apiUrl: twilio.url, add: () => ({ recordingSid: (recordingSid = twilio.addRecording(audio)), seconds: Math.round(checkWav(audio).durationMs / 1000) }) },
    caller: { hear: () => undefined, note: () => undefined, answer: async () => answers.shift() ?? null },
  });
  expect(recordingSid).toMatch(/^RE/);
  await until('the copy and the DELETE at Twilio', () => !twilio.has(recordingSid));
  const { rows } = await t.db.query<{ reference: string; caseId: number; recordingId: number }>(
    `SELECT c.reference, c.id AS "caseId", r.id AS "recordingId" FROM voice_recordings r JOIN cases c ON c.source_call_sid = r.call_sid WHERE r.recording_sid = $1`,
    [recordingSid],
  );
  return { recordingSid, ...rows[0]!, audio };
}

async function unitWithHandler(unit: string, username: string): Promise<{ unitId: number; client: AgentClient }> {
  // Signing in a handler of a unit makes them a member of it (and adds the unit when it is new).
  const client = await signedIn(service, t.db, username, 'handler', { unit });
  return { unitId: await unitNamed(t.db, unit), client };
}

describe('a voice message is copied out of Twilio and deleted there', () => {
  it('keeps exactly what Twilio served once the status callback comes, and then deletes it at Twilio', async () => {
    const message = await leaveVoiceMessage();
    const { rows } = await t.db.query<{ status: string; audio: Uint8Array; durationMs: number }>(
      'SELECT status, audio, duration_ms AS "durationMs" FROM voice_recordings WHERE recording_sid = $1',
      [message.recordingSid],
    );
    expect(rows[0]!.status).toBe('stored');
    expect(Buffer.from(rows[0]!.audio).equals(message.audio)).toBe(true);
    expect(rows[0]!.durationMs).toBe(1500);
    const calls = twilio.requests.filter((r) => r.path.includes(message.recordingSid)).map((r) => [r.method, r.authorized]);
    expect(calls).toEqual([['GET', true], ['DELETE', true]]);
  });

  it('refuses a status callback Twilio did not sign, or one that names no recording, and keeps nothing', async () => {
    const count = async () => Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM voice_recordings')).rows[0]!.n);
    const before = await count();
    const report = { CallSid: newCallSid(), AccountSid: ACCOUNT, RecordingSid: twilio.addRecording(), RecordingStatus: 'completed', RecordingDuration: '0' };
    expect((await twilioPost(service, '/voice/recording-status', report, 'not-a-signature')).status).toBe(403);
    expect((await twilioPost(service, '/voice/recording-status', report, null)).status).toBe(403);
    expect((await twilioPost(service, '/voice/recording-status', { ...report, RecordingSid: 'RE1' })).status).toBe(400);
    expect((await twilioPost(service, '/voice/recording-status', { ...report, RecordingStatus: 'absent' })).status).toBe(204);
    expect(await count()).toBe(before);
  });
});

describe('the player’s audio route', () => {
  let message: Awaited<ReturnType<typeof leaveVoiceMessage>>;
  let path = '';
  let own: AgentClient;
  let other: AgentClient;
  let customerService: AgentClient;
  let admin: AgentClient;

  beforeAll(async () => {
    message = await leaveVoiceMessage();
    path = `/agent/cases/${message.reference}/recordings/${message.recordingId}`;
    const norr = await unitWithHandler('Hemtjänst Norr', 'nils');
    other = (await unitWithHandler('LSS Boende Syd', 'sara')).client;
    own = norr.client;
    await t.db.query('UPDATE cases SET unit_id = $2 WHERE id = $1', [message.caseId, norr.unitId]);
    customerService = await signedIn(service, t.db, 'kim', 'agent');
    admin = await signedIn(service, t.db, 'adam', 'admin');
  });
  beforeEach(() => void (listens.length = 0));

  it('answers 401 without a session, for a whole file or a range, and records no listen', async () => {
    const anonymous = new AgentClient(service.url);
    for (const headers of [{}, { Range: 'bytes=0-' }, { Range: 'bytes=100-' }] as Record<string, string>[]) {
      const response = await anonymous.fetch(path, { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).toMatch(/Logga in/);
    }
    expect(listens).toEqual([]);
  });

  it('answers 403 with the reason in Swedish to a handler of another unit, and to customer service for a confidential case', async () => {
    const refused = await other.fetch(path);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(`Du får inte lyssna på inspelningen: ärende ${message.reference} hör till en enhet du inte arbetar i.`);

    expect((await customerService.fetch(path, { headers: { Range: 'bytes=0-' } })).status).toBe(206);
    await t.db.query('UPDATE cases SET confidential = true WHERE id = $1', [message.caseId]);
    try {
      const secret = await customerService.fetch(path);
      expect(secret.status).toBe(403);
      expect(await secret.text()).toContain('kan omfattas av sekretess');
      // The handler of the case's own unit still hears it.
      expect((await own.fetch(path)).status).toBe(200);
    } finally {
      await t.db.query('UPDATE cases SET confidential = false WHERE id = $1', [message.caseId]);
    }
    expect(listens.map((l) => l.agentId)).toHaveLength(2);
  });

  it('serves the whole file with its type and length to an allowed user, and any single range of it (206)', async () => {
    const size = message.audio.length;
    const whole = await own.fetch(path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('content-length')).toBe(String(size));
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('cache-control')).toMatch(/no-store/);
    expect(Buffer.from(await whole.arrayBuffer()).equals(message.audio)).toBe(true);

    for (const [range, start, end] of [['bytes=100-299', 100, 299], ['bytes=2000-', 2000, size - 1], ['bytes=-44', size - 44, size - 1], [`bytes=0-${size + 500}`, 0, size - 1]] as const) {
      const part = await admin.fetch(path, { headers: { Range: range } });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`);
      expect(part.headers.get('content-length')).toBe(String(end - start + 1));
      expect(Buffer.from(await part.arrayBuffer()).equals(message.audio.subarray(start, end + 1))).toBe(true);
    }
    const beyond = await admin.fetch(path, { headers: { Range: `bytes=${size}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`);
    expect((await admin.fetch(`/agent/cases/${message.reference}/recordings/999999`)).status).toBe(404);
  });

  it('records one listen per playback: a request from the first byte, not the player’s later ranges', async () => {
    const me = (await own.api<{ agent: { id: number } }>('GET', '/api/agent/me')).body;
    await own.fetch(path, { headers: { Range: 'bytes=0-' } });
    await own.fetch(path, { headers: { Range: 'bytes=4096-' } });
    await own.fetch(path, { headers: { Range: 'bytes=8000-' } });
    await own.fetch(path, { method: 'HEAD' });
    expect(listens).toEqual([{ agentId: me.agent.id, caseId: message.caseId, recordingId: message.recordingId }]);
  });

  it('is the case page’s player, with the duration shown, and never a link to Twilio', async () => {
    const page = await own.page(`/agent/cases/${message.reference}`);
    expect(page.html).toMatch(new RegExp(`<audio controls preload="none" aria-labelledby="recording-${message.recordingId}" src="${path}">`));
    expect(page.html).toMatch(/Röstmeddelande, längd <time datetime="PT2S">0:02<\/time>/);
    expect(page.html).toContain('raderat hos Twilio');
    expect(page.html).not.toContain('twilio.com');
    expect(page.html).not.toContain(twilio.url);
  });
});

/** What the test reads of the page's <audio> element (the callbacks given to evaluate() run in the browser). */
interface Playing {
  paused: boolean;
  currentTime: number;
  duration: number;
  error: { code: number } | null;
  ownerDocument: { activeElement: unknown };
}

describe('an agent in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays a voice message from the case page with the keyboard', async () => {
    const message = await leaveVoiceMessage(toneWav(3000));
    await createAccount(t.db, 'lisa', 'agent');
    listens.length = 0;
    const page = await signedInPage(browser, service.url, 'lisa');
    await page.goto(`${service.url}/agent/cases/${message.reference}`);

    const player = page.locator('figure.recording audio');
    await expect(player.getAttribute('aria-labelledby')).resolves.toBe(`recording-${message.recordingId}`);
    expect(await page.locator(`#recording-${message.recordingId}`).textContent()).toMatch(/Röstmeddelande, längd 0:03/);
    // Reached by Tab like any control, and played with the keyboard.
    await player.focus();
    expect(await player.evaluate((el: Playing) => el.ownerDocument.activeElement === el)).toBe(true);
    await page.keyboard.press('Space');
    await until('the player to play', async () => player.evaluate((el: Playing) => !el.paused && el.currentTime > 0.3), 10_000);
    const state = await player.evaluate((el: Playing) => ({ duration: el.duration, error: el.error?.code ?? null }));
    expect(state.error).toBeNull();
    expect(state.duration).toBeCloseTo(3, 1);
    await page.screenshot({ path: '/tmp/i20-voice-message-player.png', fullPage: true });
    expect(listens).toHaveLength(1);
    expect(twilio.has(message.recordingSid)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });
});
