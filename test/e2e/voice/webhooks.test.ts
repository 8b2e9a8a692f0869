import twilio from 'twilio';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import {
  children, CHRISTMAS_DAY, CLOSED, newCallSid, OPEN, pathOf, PUBLIC_URL, spokenText, startVoiceService, TEST_TOKEN, twilioPost, twimlOf, type VoiceService,
} from '../../support/voice';

let t: TestDatabase;
let service: VoiceService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url, OPEN, { SERIOUS_WORDS_SV: 'lämnad ensam, inlåst i rummet' });
});
afterAll(async () => {
  await service.close();
  await t.drop();
});
afterEach(() => service.setNow(OPEN));

const FROM = '+46701234567';

/** A call in progress: each answer follows the action URL of the last Gather or Record. */
async function call(callSid = newCallSid()) {
  let last = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: FROM, CallStatus: 'ringing' });
  const next = () => {
    const root = twimlOf(last.body);
    const asking = [...children(root, 'Gather'), ...children(root, 'Record')][0];
    if (!asking) throw new Error(`nothing is asked: ${last.body}`);
    return pathOf(asking.getAttribute('action')!);
  };
  const c = {
    callSid,
    get last() {
      return last;
    },
    root: () => twimlOf(last.body),
    next,
    async answer(params: Record<string, string>) {
      last = await twilioPost(service, next(), { CallSid: callSid, From: FROM, ...params });
      expect(last.status).toBe(200);
      return last;
    },
    async keys(...digits: string[]) {
      for (const d of digits) await c.answer({ Digits: d });
    },
    hangUp: () => twilioPost(service, '/voice/status', { CallSid: callSid, From: FROM, CallStatus: 'completed' }),
  };
  return c;
}

async function session(callSid: string) {
  const r = await t.db.query<{ turn: number; transferred: boolean; case_id: number | null }>(
    'SELECT turn, transferred_at IS NOT NULL AS transferred, case_id FROM conversation_sessions WHERE id = $1',
    [callSid],
  );
  return r.rows[0];
}

async function casesOf(callSid: string) {
  const r = await t.db.query<{ status: string; what: string | null; source_recording_url: string | null; serious: boolean }>(
    'SELECT status, what, source_recording_url, serious FROM cases WHERE source_call_sid = $1',
    [callSid],
  );
  return r.rows;
}

describe('TwiML, checked by its structure', () => {
  it('greets with a Swedish keypad-and-speech menu whose action names its step and turn', async () => {
    const c = await call();
    const root = c.root();
    const [gather, ...rest] = children(root);
    expect(gather!.nodeName).toBe('Gather');
    expect(rest).toEqual([]);
    const action = new URL(gather!.getAttribute('action')!);
    expect(`${action.origin}${action.pathname}`).toBe(`${PUBLIC_URL}/voice/answer`);
    expect(Object.fromEntries(action.searchParams)).toEqual({ step: 'menu', turn: '1' });
    expect(gather!.getAttribute('input')).toBe('dtmf speech');
    expect(gather!.getAttribute('numDigits')).toBe('1');
    expect(gather!.getAttribute('language')).toBe('sv-SE');
    expect(gather!.getAttribute('actionOnEmptyResult')).toBe('true');
    const says = children(gather!, 'Say');
    expect(says.length).toBeGreaterThan(0);
    expect(says.every((s) => s.getAttribute('language') === 'sv-SE')).toBe(true);
    expect(spokenText(root)).toMatch(/112/);
  });

  it('asks for what happened by speech, with the public-document notice first', async () => {
    const c = await call();
    await c.keys('1', '1', '1');
    const gather = children(c.root(), 'Gather')[0]!;
    expect(new URL(gather.getAttribute('action')!).searchParams.get('step')).toBe('what');
    expect(gather.getAttribute('input')).toContain('speech');
    expect(Number(gather.getAttribute('speechTimeout'))).toBeGreaterThan(0);
    expect(spokenText(c.root())).toMatch(/allmän handling/);
  });

  it('switches the voice and the recogniser to British English after 9', async () => {
    const c = await call();
    await c.keys('9');
    const gather = children(c.root(), 'Gather')[0]!;
    expect(gather.getAttribute('language')).toBe('en-GB');
    expect(children(gather, 'Say').every((s) => s.getAttribute('language') === 'en-GB')).toBe(true);
  });
});

describe('signatures', () => {
  const params = { CallSid: newCallSid(), From: FROM };
  it.each([
    ['no signature', null],
    ['a forged signature', 'bm90LWEtc2lnbmF0dXJl'],
    ['a signature made with another token', twilio.getExpectedTwilioSignature('wrong-token', `${PUBLIC_URL}/voice/incoming`, params)],
    ['a signature for another URL', twilio.getExpectedTwilioSignature(TEST_TOKEN, `${PUBLIC_URL}/voice/answer?step=menu&turn=1`, params)],
  ])('refuses %s with 403 and writes nothing', async (_label, signature) => {
    const response = await twilioPost(service, '/voice/incoming', params, signature);
    expect(response.status).toBe(403);
    expect(await session(params.CallSid)).toBeUndefined();
  });

  it('refuses a signed answer whose parameters were changed on the way', async () => {
    const c = await call();
    const path = c.next();
    const signature = twilio.getExpectedTwilioSignature(TEST_TOKEN, PUBLIC_URL + path, { CallSid: c.callSid, From: FROM, Digits: '1' });
    const response = await twilioPost(service, path, { CallSid: c.callSid, From: FROM, Digits: '0' }, signature);
    expect(response.status).toBe(403);
    expect((await session(c.callSid))!.turn).toBe(1);
  });

  it('answers a signed request it cannot read with 400, and writes nothing', async () => {
    const response = await twilioPost(service, '/voice/incoming', { CallSid: 'not-a-call', From: FROM });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/CallSid must be CA/);
  });
});

describe('repeated webhooks', () => {
  it('answers a repeated delivery with the same TwiML and moves the call on once', async () => {
    const c = await call();
    const path = c.next();
    const first = await twilioPost(service, path, { CallSid: c.callSid, From: FROM, Digits: '1' });
    const again = await twilioPost(service, path, { CallSid: c.callSid, From: FROM, Digits: '1' });
    expect(again).toEqual(first);
    expect((await session(c.callSid))!.turn).toBe(2);
  });

  it('registers one case and queues one receipt however often the confirmation arrives', async () => {
    const c = await call();
    await c.keys('1', '2', '5');
    await c.answer({ SpeechResult: 'Jag önskar fler aktiviteter på träffpunkten.' });
    await c.keys('#', '1', '2', '2');
    const confirm = c.next();
    expect(confirm).toMatch(/step=confirm/);
    const deliveries = await Promise.all([1, 2, 3].map(() => twilioPost(service, confirm, { CallSid: c.callSid, From: FROM, Digits: '1' })));
    expect(new Set(deliveries.map((d) => d.body)).size).toBe(1);
    expect(await casesOf(c.callSid)).toHaveLength(1);
    const receipts = await t.db.query("SELECT 1 FROM outbox_messages m JOIN cases c ON c.id = m.case_id WHERE c.source_call_sid = $1", [c.callSid]);
    expect(receipts.rowCount).toBe(0); // no reply wished: no receipt either
  });
});

describe('hang-ups', () => {
  it('keeps what the caller described as an incomplete case', async () => {
    const c = await call();
    await c.keys('1', '1', '2');
    await c.answer({ SpeechResult: 'Min brors boendestödjare har inte kommit på tre veckor.' });
    expect((await c.hangUp()).status).toBe(204);
    expect(await c.hangUp()).toMatchObject({ status: 204 });
    expect(await casesOf(c.callSid)).toEqual([
      expect.objectContaining({ status: 'incomplete', what: 'Min brors boendestödjare har inte kommit på tre veckor.' }),
    ]);
  });

  it('leaves nothing when nothing was said', async () => {
    const c = await call();
    await c.keys('1', '1');
    await c.hangUp();
    expect(await casesOf(c.callSid)).toEqual([]);
  });
});

describe('bad bytes in what Twilio sends', () => {
  it('cleans a NUL out of recognised speech and goes on with the call, instead of apologising', async () => {
    const c = await call();
    await c.keys('1', '1', '1');
    await c.answer({ SpeechResult: 'Hon fick\u0000 ingen mat.' });
    expect(spokenText(c.root())).not.toMatch(/något gick fel/);
    expect(children(c.root(), 'Gather')).toHaveLength(1);
    await c.hangUp();
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Hon fick ingen mat.' })]);
  });
});

describe('when the caller is not understood', () => {
  it('asks twice more, then puts the call in customer service’s queue during opening hours', async () => {
    const c = await call();
    await c.answer({});
    await c.answer({ SpeechResult: 'bananer' });
    await c.answer({});
    const root = c.root();
    expect(children(root, 'Enqueue').map((e) => e.textContent)).toEqual(['kundtjanst']);
    expect((await session(c.callSid))!.transferred).toBe(true);
  });

  it('records a voice message outside opening hours and keeps it as an incomplete case', async () => {
    service.setNow(CLOSED);
    const c = await call();
    await c.keys('1', '1', '1');
    await c.answer({});
    await c.answer({});
    await c.answer({});
    const record = children(c.root(), 'Record')[0];
    expect(record).toBeDefined();
    expect(Number(record!.getAttribute('maxLength'))).toBe(120);
    await c.answer({ RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1', TranscriptionText: 'De slog honom.' });
    // The case number, and a moment to press * to hear it again; silence then says goodbye and hangs up.
    expect(spokenText(c.root())).toMatch(/Ditt ärendenummer är 2 0 2 6, 0 0 0 \d \d/);
    expect(children(c.root(), 'Gather')).toHaveLength(1);
    await c.answer({});
    expect(spokenText(c.root())).toContain('Tack för att du hörde av dig');
    expect(children(c.root(), 'Hangup')).toHaveLength(1);
    expect(await casesOf(c.callSid)).toEqual([
      expect.objectContaining({
        status: 'incomplete',
        source_recording_url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        serious: true,
      }),
    ]);
  });

  it('takes a voice message on a public holiday that falls on a weekday: nobody is in the queue', async () => {
    service.setNow(CHRISTMAS_DAY);
    const c = await call();
    await c.answer({});
    await c.answer({});
    await c.answer({});
    expect(children(c.root(), 'Enqueue')).toHaveLength(0);
    expect(children(c.root(), 'Record')).toHaveLength(1);
  });

  it('flags an account with a word the municipality added (SERIOUS_WORDS_SV)', async () => {
    const c = await call();
    await c.keys('1', '1', '1');
    await c.answer({ SpeechResult: 'Min mamma blev lämnad ensam hela natten.' });
    await c.hangUp();
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', serious: true })]);
  });

  it('flags a serious account and tells the caller it will be assessed promptly', async () => {
    const c = await call();
    await c.keys('1', '1', '1');
    await c.answer({ SpeechResult: 'Jag tror att personalen har slagit min pappa.' });
    expect(spokenText(c.root())).toMatch(/skyndsamt|direkt/);
  });
});

describe('a voice message that arrives after the hang-up', () => {
  async function toVoiceMessage() {
    service.setNow(CLOSED);
    const c = await call();
    await c.keys('1', '1', '1');
    await c.answer({ SpeechResult: 'Ingen kom till min mamma i morse.' });
    // Silence after the account is "nothing to add"; then not understood three times.
    await c.answer({});
    await c.answer({});
    await c.answer({});
    await c.answer({});
    expect(children(c.root(), 'Record')).toHaveLength(1);
    return c;
  }

  it('is added to the incomplete case the hang-up kept, nothing overwritten', async () => {
    const c = await toVoiceMessage();
    const recordPath = c.next();
    await c.hangUp();
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Ingen kom till min mamma i morse.', source_recording_url: null })]);
    const late = await twilioPost(service, recordPath, { CallSid: c.callSid, From: FROM, RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE2', TranscriptionText: 'Det var på Solgården.' });
    expect(late.status).toBe(200);
    expect(await casesOf(c.callSid)).toEqual([
      expect.objectContaining({ status: 'incomplete', what: 'Ingen kom till min mamma i morse.', source_recording_url: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE2' }),
    ]);
  });
});

describe('a voice message ended by hanging up', () => {
  const RECORDING = 'https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Recordings/RE0123456789abcdef0123456789abcdef';

  /** The <Record> action exactly as Twilio posts it when the caller hangs up while recording. */
  const hungUpDuringRecording = (callSid: string, recording: boolean) => ({
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'completed',
    Called: '+46812345678',
    Caller: FROM,
    Direction: 'inbound',
    From: FROM,
    To: '+46812345678',
    Digits: 'hangup',
    ...(recording ? { RecordingUrl: RECORDING, RecordingDuration: '14', RecordingSid: 'RE0123456789abcdef0123456789abcdef' } : {}),
  });

  async function toVoiceMessage(describe: boolean) {
    service.setNow(CLOSED);
    const c = await call();
    await c.keys('1', '1', '1');
    // Silence after the account is "nothing to add".
    if (describe) {
      await c.answer({ SpeechResult: 'Ingen kom till min mamma i morse.' });
      await c.answer({});
    }
    // Not understood three times, with customer service closed: a voice message.
    for (let i = 0; i < 3; i++) await c.answer({});
    expect(children(c.root(), 'Record')).toHaveLength(1);
    return c;
  }

  it('keeps the recording with the incomplete case, as a message ended with # is kept, and answers with a hang-up', async () => {
    const c = await toVoiceMessage(true);
    const response = await twilioPost(service, c.next(), hungUpDuringRecording(c.callSid, true));
    expect(response.status).toBe(200);
    expect(children(twimlOf(response.body)).map((verb) => verb.nodeName)).toEqual(['Hangup']);
    await c.hangUp();
    expect(await casesOf(c.callSid)).toEqual([
      expect.objectContaining({ status: 'incomplete', what: 'Ingen kom till min mamma i morse.', source_recording_url: RECORDING }),
    ]);
  });

  it('keeps a recording that is all the caller left', async () => {
    const c = await toVoiceMessage(false);
    expect((await twilioPost(service, c.next(), hungUpDuringRecording(c.callSid, true))).status).toBe(200);
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: null, source_recording_url: RECORDING })]);
  });

  it('adds the recording when the hang-up was reported first, once however often it is delivered', async () => {
    const c = await toVoiceMessage(true);
    const recordPath = c.next();
    await c.hangUp();
    for (let i = 0; i < 2; i++) {
      const response = await twilioPost(service, recordPath, hungUpDuringRecording(c.callSid, true));
      expect(response.status).toBe(200);
      twimlOf(response.body);
    }
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', source_recording_url: RECORDING })]);
  });

  it('keeps what was said when the caller hung up before anything was recorded', async () => {
    const c = await toVoiceMessage(true);
    const response = await twilioPost(service, c.next(), hungUpDuringRecording(c.callSid, false));
    expect(response.status).toBe(200);
    expect(children(twimlOf(response.body)).map((verb) => verb.nodeName)).toEqual(['Hangup']);
    expect(await casesOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Ingen kom till min mamma i morse.', source_recording_url: null })]);
  });
});

describe('when the database fails under a call', () => {
  async function withSessionsGone<T>(fn: () => Promise<T>): Promise<T> {
    await t.db.exec('ALTER TABLE conversation_sessions RENAME TO conversation_sessions_away');
    try {
      return await fn();
    } finally {
      await t.db.exec('ALTER TABLE conversation_sessions_away RENAME TO conversation_sessions');
    }
  }

  it('apologises and puts the caller in customer service’s queue while it is open', async () => {
    const response = await withSessionsGone(() => twilioPost(service, '/voice/incoming', { CallSid: newCallSid(), From: FROM }));
    expect(response.status).toBe(200);
    const root = twimlOf(response.body);
    expect(spokenText(root)).toMatch(/Förlåt, något gick fel/);
    expect(children(root, 'Enqueue').map((e) => e.textContent)).toEqual(['kundtjanst']);
  });

  it('apologises and says when to call again when customer service is closed, instead of an unanswered queue', async () => {
    service.setNow(CLOSED);
    const response = await withSessionsGone(() => twilioPost(service, '/voice/incoming', { CallSid: newCallSid(), From: FROM }));
    const root = twimlOf(response.body);
    expect(spokenText(root)).toMatch(/kundtjänst har stängt just nu/);
    expect(children(root, 'Enqueue')).toHaveLength(0);
    expect(children(root, 'Hangup')).toHaveLength(1);
  });
});
