/**
 * Reaching a person, in each of the three set-ups, with signed webhooks as Twilio sends them: the switchboard dialled
 * (every DialCallStatus), a Flex workflow (the task's attributes), and the service's own queue (the waitUrl's place
 * and wait, the key press that keeps the caller's place as a callback, the longest-wait and closing exits, and the
 * agent's "take next caller" against a local stand-in for Twilio's REST API, with the bridge).
 */
import { placeCall } from '../../../src/cli/phoneCall';
import { signedIn } from '../../support/agentClient';
import { startTwilioStub, type TwilioStub } from '../../support/agentTwilioStub';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { children, newCallSid, OPEN, pathOf, PUBLIC_URL, spokenText, startVoiceService, TEST_TOKEN, twilioPost, twimlOf, type VoiceService } from '../../support/voice';

const FROM = '+46701234567';
const SWITCHBOARD = '+4687000000';
const WORKFLOW = `WW${'ab'.repeat(16)}`;
const MUSIC = 'https://media.kommun.test/vantmusik.mp3';
const TWILIO_NUMBER = '+46107350000';
/** Wednesday 25 November 2026 at 16:40 in Stockholm: customer service closed at 16:30. */
const AFTER_CLOSING = new Date('2026-11-25T15:40:00Z');
const minutes = (n: number) => new Date(OPEN.getTime() + n * 60_000);

let t: TestDatabase;
let dial: VoiceService;
let flex: VoiceService;
let queue: VoiceService;
let stub: TwilioStub;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  stub = await startTwilioStub();
  // Thursday 26 November, the callback day, is a short day here: its afternoon window is cut to 13–15.
  dial = await startVoiceService(t.url, OPEN, { CUSTOMER_SERVICE_DIAL: SWITCHBOARD, CUSTOMER_SERVICE_RING_SECONDS: '25', SHORT_DAYS: '2026-11-26 08:00-15:00' });
  flex = await startVoiceService(t.url, OPEN, { TWILIO_WORKFLOW_SID: WORKFLOW });
  queue = await startVoiceService(
    t.url,
    OPEN,
    { QUEUE_LONGEST_WAIT_MINUTES: '10', QUEUE_MUSIC_URL: MUSIC, TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`, TWILIO_PHONE_NUMBER: TWILIO_NUMBER },
    { twilioHttpClient: stub.httpClient() },
  );
});
afterAll(async () => {
  await Promise.all([dial?.close(), flex?.close(), queue?.close()]);
  await stub?.close();
  await t?.drop();
});
afterEach(() => [dial, flex, queue].forEach((s) => s.setNow(OPEN)));

/**
 * A caller's own number: a resident who asks twice the same day joins their first callback (callbackRequests.ts),
 * so each call here comes from a number of its own.
 */
let nextNumber = 1000;
const ownNumber = () => `+467020${String(nextNumber++).padStart(5, '0')}`;

/** A call on one service: each answer follows the action URL of the last Gather or Record. */
async function call(service: VoiceService, from = ownNumber()) {
  const callSid = newCallSid();
  let last = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: from, CallStatus: 'ringing' });
  const c = {
    callSid,
    root: () => twimlOf(last.body),
    async answer(params: Record<string, string>) {
      const asking = [...children(c.root(), 'Gather'), ...children(c.root(), 'Record')][0];
      if (!asking) throw new Error(`nothing is asked: ${last.body}`);
      last = await twilioPost(service, pathOf(asking.getAttribute('action')!), { CallSid: callSid, From: from, ...params });
      expect(last.status).toBe(200);
      return c.root();
    },
    /** Twilio posting to a URL the service gave (an action, a waitUrl), with the call's fields. */
    async post(url: string, params: Record<string, string>) {
      last = await twilioPost(service, pathOf(url), { CallSid: callSid, From: from, ...params });
      expect(last.status).toBe(200);
      return c.root();
    },
  };
  return c;
}

/** Complaint about elderly care, what happened said, then 0: an incomplete case is kept and the caller handed over. */
async function describedThenZero(service: VoiceService, from = ownNumber()) {
  const c = await call(service, from);
  await c.answer({ Digits: '1' });
  await c.answer({ Digits: '1' });
  await c.answer({ Digits: '1' });
  await c.answer({ SpeechResult: 'Hemtjänsten kom inte till min pappa i går.' });
  await c.answer({ Digits: '0' });
  return c;
}

async function caseOf(callSid: string) {
  const r = await t.db.query<{ id: number; reference: string; status: string; what: string | null; kind: string | null; source_recording_url: string | null }>(
    'SELECT id, reference, status, what, kind, source_recording_url FROM cases WHERE source_call_sid = $1',
    [callSid],
  );
  return r.rows;
}

async function callbacksOf(callSid: string) {
  const r = await t.db.query<{ id: number; time_window: string; window_start: Date; phone: string; status: string }>(
    `SELECT cb.id, cb.time_window, cb.window_start, cb.phone, cb.status FROM callback_requests cb JOIN cases c ON c.id = cb.case_id
     WHERE c.source_call_sid = $1 ORDER BY cb.id`,
    [callSid],
  );
  return r.rows;
}

describe('set-up 1: the switchboard dialled (CUSTOMER_SERVICE_DIAL)', () => {
  it('dials the switchboard with a ring timeout, an action URL and the caller’s own number as caller id', async () => {
    const c = await describedThenZero(dial, FROM);
    const [dialVerb] = children(c.root(), 'Dial');
    expect(dialVerb).toBeDefined();
    expect(dialVerb!.getAttribute('action')).toBe(`${PUBLIC_URL}/voice/person/dialed`);
    expect(dialVerb!.getAttribute('timeout')).toBe('25');
    expect(dialVerb!.getAttribute('callerId')).toBe(FROM);
    expect(dialVerb!.getAttribute('answerOnBridge')).toBe('true');
    expect(children(dialVerb!, 'Number').map((n) => n.textContent)).toEqual([SWITCHBOARD]);
    expect(children(c.root(), 'Enqueue')).toEqual([]);
    // What the caller said is kept for the agent's finish-call form.
    expect(await caseOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Hemtjänsten kom inte till min pappa i går.' })]);
  });

  it('a withheld number is not passed on as caller id', async () => {
    const c = await call(dial, 'anonymous');
    await c.answer({ Digits: '0' });
    const [dialVerb] = children(c.root(), 'Dial');
    expect(dialVerb!.hasAttribute('callerId')).toBe(false);
  });

  it.each(['completed', 'answered', 'canceled'])('DialCallStatus %s: someone answered (or the caller hung up), the call ends', async (status) => {
    const c = await describedThenZero(dial);
    const root = await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: status, DialCallDuration: '42' });
    expect(children(root).map((e) => e.nodeName)).toEqual(['Hangup']);
  });

  it.each(['busy', 'no-answer', 'failed'])('DialCallStatus %s: told kindly, offered a callback on the callback day or a voice message', async (status) => {
    const c = await describedThenZero(dial);
    const root = await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: status });
    const heard = spokenText(root);
    expect(heard).toContain('Ingen i kundtjänst kunde svara just nu.');
    expect(heard).toContain('Det du redan har berättat har vi sparat.');
    // Wednesday's callback day is Thursday 26 November.
    expect(heard).toContain('Kundtjänst kan ringa dig torsdag 26 november.');
    expect(heard).toContain('För förmiddag, mellan klockan 8 och 12, tryck 1.');
    expect(heard).toContain('För eftermiddag, mellan klockan 13 och 15, tryck 2.');
    expect(heard).toContain('För att lämna ett meddelande i stället, tryck 3.');
  });

  it('1 after no answer: a callback on the callback day joins the call’s own case, which keeps what was said', async () => {
    const c = await describedThenZero(dial);
    await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: 'no-answer' });
    const root = await c.answer({ Digits: '1' });
    expect(spokenText(root)).toBe('Tack. Kundtjänst ringer dig torsdag 26 november, mellan klockan 8 och 12. Hej då!');
    expect(children(root, 'Hangup')).toHaveLength(1);
    expect(await caseOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Hemtjänsten kom inte till min pappa i går.' })]);
    expect((await callbacksOf(c.callSid)).map((cb) => [cb.time_window, new Date(cb.window_start).toISOString()])).toEqual([
      ['morning', '2026-11-26T07:00:00.000Z'],
    ]);
  });

  it('a callback on the callback day for a caller who said nothing yet: a case saying a call was asked for', async () => {
    const c = await call(dial);
    await c.answer({ Digits: '0' });
    await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: 'busy' });
    expect(spokenText(c.root())).not.toContain('sparat');
    await c.answer({ Digits: '2' });
    expect(await caseOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: expect.stringContaining('bad att bli uppringd') })]);
    expect(spokenText(c.root())).toBe('Tack. Kundtjänst ringer dig torsdag 26 november, mellan klockan 13 och 15. Hej då!');
    expect((await callbacksOf(c.callSid)).map((cb) => [cb.time_window, new Date(cb.window_start).toISOString()])).toEqual([['afternoon', '2026-11-26T12:00:00.000Z']]);
  });

  it('the same key delivered twice at once: one case, one callback', async () => {
    const c = await call(dial);
    await c.answer({ Digits: '0' });
    const offer = await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: 'busy' });
    const action = pathOf(children(offer, 'Gather')[0]!.getAttribute('action')!);
    const answers = await Promise.all([1, 2].map(() => twilioPost(dial, action, { CallSid: c.callSid, Digits: '1' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await caseOf(c.callSid)).toHaveLength(1);
    expect(await callbacksOf(c.callSid)).toHaveLength(1);
  });

  it('3 after no answer: a voice message, kept with the call’s incomplete case', async () => {
    const c = await describedThenZero(dial);
    await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: 'failed' });
    const recordRoot = await c.answer({ Digits: '3' });
    expect(children(recordRoot, 'Record')[0]!.getAttribute('action')).toBe(`${PUBLIC_URL}/voice/person/message`);
    const url = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE19';
    const done = await c.answer({ RecordingUrl: url, RecordingDuration: '12' });
    expect(spokenText(done)).toBe('Tack. Vi har tagit emot ditt meddelande. Hej då!');
    expect(await caseOf(c.callSid)).toEqual([expect.objectContaining({ status: 'incomplete', what: 'Hemtjänsten kom inte till min pappa i går.', source_recording_url: url })]);
  });

  it('silence at the offer: asked once more, then a kind goodbye', async () => {
    const c = await call(dial);
    await c.answer({ Digits: '0' });
    await c.post(`${PUBLIC_URL}/voice/person/dialed`, { DialCallStatus: 'no-answer' });
    const again = await c.answer({});
    expect(spokenText(again)).toMatch(/^Förlåt, jag hörde inte\. Tryck på en siffra\. Kundtjänst kan ringa dig/);
    const end = await c.answer({ Digits: '7' });
    expect(spokenText(end)).toBe('Ring gärna igen. Hej då!');
    expect(children(end, 'Hangup')).toHaveLength(1);
  });

  it('refuses a Dial result Twilio never sends, and an unsigned one', async () => {
    const c = await call(dial);
    expect((await twilioPost(dial, '/voice/person/dialed', { CallSid: c.callSid, DialCallStatus: 'maybe' })).status).toBe(400);
    expect((await twilioPost(dial, '/voice/person/dialed', { CallSid: c.callSid, DialCallStatus: 'busy' }, null)).status).toBe(403);
  });
});

describe('set-up 2: Twilio Flex / TaskRouter (TWILIO_WORKFLOW_SID)', () => {
  it('enqueues to the workflow with the case’s number, kind, area, language and seriousness, never the description', async () => {
    const c = await describedThenZero(flex);
    const [enqueue] = children(c.root(), 'Enqueue');
    expect(enqueue!.getAttribute('workflowSid')).toBe(WORKFLOW);
    expect(enqueue!.getAttribute('action')).toBe(`${PUBLIC_URL}/voice/person/left`);
    const [reference] = (await caseOf(c.callSid)).map((k) => k.reference);
    const task = children(enqueue!, 'Task')[0]!;
    expect(JSON.parse(task.textContent!)).toEqual({
      type: 'synpunkt',
      caseReference: reference,
      kind: 'klagomal',
      area: 'aldreomsorg',
      language: 'sv',
      serious: false,
    });
    expect(c.root().toString()).not.toContain('Hemtjänsten kom inte');
    expect(c.root().toString()).not.toMatch(/\+467/);
  });

  it('a workflow that gives up on the caller leads to the callback offer', async () => {
    const c = await describedThenZero(flex);
    const root = await c.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'error' });
    expect(spokenText(root)).toContain('Förlåt, vi kunde inte koppla dig till kundtjänst just nu.');
    expect(children(root, 'Gather')).toHaveLength(1);
  });
});

describe('set-up 3: the service’s own queue', () => {
  const WAIT = `${PUBLIC_URL}/voice/person/wait`;

  it('enqueues with a waitUrl and an action; the waitUrl says the place and the expected wait, then music', async () => {
    const c = await describedThenZero(queue);
    const [enqueue] = children(c.root(), 'Enqueue');
    expect(enqueue!.textContent).toBe('kundtjanst');
    expect(enqueue!.getAttribute('waitUrl')).toBe(WAIT);
    expect(enqueue!.getAttribute('action')).toBe(`${PUBLIC_URL}/voice/person/left`);

    const first = await c.post(WAIT, { QueuePosition: '1', QueueTime: '0', AvgQueueTime: '0', CurrentQueueSize: '1', QueueSid: `QU${'0'.repeat(32)}` });
    expect(spokenText(first)).toBe('Tack för att du väntar. Vi svarar så snart vi kan. Du står först i kön.');
    const gather = children(first, 'Gather')[0]!;
    expect(gather.getAttribute('action')).toBe(`${PUBLIC_URL}/voice/person/wait/key`);
    expect(children(gather, 'Play').map((p) => p.textContent)).toEqual([MUSIC]);

    queue.setNow(minutes(1));
    const later = await c.post(WAIT, { QueuePosition: '1', QueueTime: '65', AvgQueueTime: '170' });
    expect(spokenText(later)).toBe(
      'Du står först i kön. Det dröjer ungefär 3 minuter. Vill du bli uppringd i stället när det är din tur? Då behåller du din plats i kön. För att bli uppringd, tryck 1.',
    );
    await c.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'hangup' });
  });

  it('1 while waiting keeps the caller’s place as a callback: ordered by when they entered, not put at the back', async () => {
    const anna = await describedThenZero(queue, '+46701000001');
    queue.setNow(minutes(2));
    const bertil = await describedThenZero(queue, '+46701000002');
    queue.setNow(minutes(4));
    const cecilia = await describedThenZero(queue, '+46701000003');

    queue.setNow(minutes(5));
    await bertil.post(WAIT, { QueuePosition: '2', QueueTime: '180', AvgQueueTime: '120' });
    const kept = await bertil.post(`${PUBLIC_URL}/voice/person/wait/key`, { Digits: '1' });
    expect(spokenText(kept)).toBe('Tack. Du har kvar din plats i kön. Kundtjänst ringer dig när det är din tur, på numret 0 7 0, 1 0 0, 0 0, 0 2. Hej då!');
    expect(children(kept, 'Hangup')).toHaveLength(1);
    await bertil.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'hangup' });

    // Bertil's callback starts when he entered the queue (10:02), so it comes before every later wish.
    const [callback] = await callbacksOf(bertil.callSid);
    expect(new Date(callback!.window_start).toISOString()).toBe(minutes(2).toISOString());
    const queueOrder = await t.db.query<{ id: number }>(
      `SELECT id FROM callback_requests WHERE status IN ('pending', 'claimed') ORDER BY serious DESC, window_start, id`,
    );
    expect(queueOrder.rows[0]!.id).toBe(callback!.id);

    // Cecilia: Twilio counts only the two on the line, but Bertil's callback keeps his place ahead of her.
    const heard = spokenText(await cecilia.post(WAIT, { QueuePosition: '2', QueueTime: '60', AvgQueueTime: '120' }));
    expect(heard).toContain('Du är nummer 3 i kön.');

    const lisa = await signedIn(queue, t.db, 'lisa', 'agent', { phone: '+46701112233' });
    const line = await lisa.api<{ line: { callSid: string; status: string }[] }>('GET', '/api/agent/line');
    expect(line.body.line.map((q) => [q.callSid, q.status])).toEqual([
      [anna.callSid, 'waiting'],
      [bertil.callSid, 'callback'],
      [cecilia.callSid, 'waiting'],
    ]);
    const page = await lisa.page('/agent/line');
    expect(page.html).toContain('2 väntar i telefon, 1 vill bli uppringda när det är deras tur. Längsta väntan:');
    expect(page.html).toContain('Vill bli uppringd');

    // Take next caller: Anna, the first in line, is bridged to Lisa's phone.
    stub.requests.length = 0;
    const takeAnna = await lisa.api<{ taken: string; next: string }>('POST', '/api/agent/line/next', { agentPhone: '' });
    expect(takeAnna.status).toBe(202);
    expect(takeAnna.body.taken).toBe('caller');
    expect(stub.requests).toHaveLength(1);
    const request = stub.requests[0]!;
    expect(request.path).toBe(`/2010-04-01/Accounts/AC${'1'.repeat(32)}/Calls.json`);
    expect(request.form.To).toBe('+46701112233');
    expect(request.form.From).toBe(TWILIO_NUMBER);
    const bridge = twimlOf(request.form.Twiml!);
    const queued = children(children(bridge, 'Dial')[0]!, 'Queue')[0]!;
    expect(queued.textContent).toBe('kundtjanst');
    expect(queued.getAttribute('url')).toBe(`${PUBLIC_URL}/voice/person/bridge?agent=lisa`);
    expect(request.authorization).toBe(`Basic ${Buffer.from(`AC${'1'.repeat(32)}:test-auth-token-for-signatures`).toString('base64')}`);

    // The finish-call form waits for the bridge...
    const waiting = await lisa.page(takeAnna.body.next);
    expect(waiting.status).toBe(200);
    expect(waiting.html).toContain('Svara i din telefon.');
    // ...Twilio bridges Anna (the front of the queue) and tells her first...
    const bridged = await anna.post(queued.getAttribute('url')!, { QueueSid: `QU${'0'.repeat(32)}`, QueueTime: '300', DequeingCallSid: newCallSid() });
    expect(spokenText(bridged)).toBe('Nu kopplas du till kundtjänst.');
    await anna.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'bridged' });
    // ...and the form opens, prefilled with what she already said.
    const opened = await lisa.page(takeAnna.body.next);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`/agent/calls/${anna.callSid}`);
    const form = await lisa.page(opened.location!);
    expect(form.html).toContain('Hemtjänsten kom inte till min pappa i går.');

    // Next in line is Bertil's callback, ahead of Cecilia who is still on the line: claimed and called back.
    const takeBertil = await lisa.api<{ taken: string; next: string }>('POST', '/api/agent/line/next', {});
    expect(takeBertil.body).toEqual({ taken: 'callback', next: `/agent/callbacks/${callback!.id}` });
    const ring = await t.db.query<{ kind: string; recipient: string; payload: { residentPhone: string } }>(
      `SELECT kind, recipient, payload FROM outbox_messages WHERE kind = 'click_to_call' ORDER BY id DESC LIMIT 1`,
    );
    expect(ring.rows[0]).toMatchObject({ recipient: '+46701112233', payload: { residentPhone: '+46701000002' } });

    const rest = await lisa.api<{ line: { callSid: string }[] }>('GET', '/api/agent/line');
    expect(rest.body.line.map((q) => q.callSid)).toEqual([cecilia.callSid]);
    await cecilia.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'hangup' });
    const empty = await lisa.api<{ taken: string; next: string | null }>('POST', '/api/agent/line/next', {});
    expect(empty.body).toEqual({ taken: 'nobody', next: null });
  });

  it('after the longest wait the caller leaves the queue with the callback offer', async () => {
    const c = await describedThenZero(queue);
    queue.setNow(minutes(10));
    const leave = await c.post(WAIT, { QueuePosition: '3', QueueTime: '600', AvgQueueTime: '400' });
    expect(children(leave).map((e) => e.nodeName)).toEqual(['Leave']);
    const offer = await c.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'leave' });
    expect(spokenText(offer)).toContain('Förlåt att du har fått vänta så länge. Kundtjänst hinner inte svara dig just nu.');
    expect(spokenText(offer)).toContain('Kundtjänst kan ringa dig torsdag 26 november.');
    await c.answer({ Digits: '2' });
    expect((await callbacksOf(c.callSid)).map((cb) => [cb.time_window, new Date(cb.window_start).toISOString()])).toEqual([
      ['afternoon', '2026-11-26T12:00:00.000Z'],
    ]);
  });

  it('callers still waiting at closing time are offered a callback before the line closes', async () => {
    const c = await describedThenZero(queue);
    queue.setNow(AFTER_CLOSING);
    const leave = await c.post(WAIT, { QueuePosition: '1', QueueTime: '120', AvgQueueTime: '60' });
    expect(children(leave).map((e) => e.nodeName)).toEqual(['Leave']);
    const offer = await c.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'leave' });
    expect(spokenText(offer)).toMatch(/^Kundtjänst stänger nu, och ingen hann svara dig\./);
    expect(spokenText(offer)).toContain('Kundtjänst kan ringa dig torsdag 26 november.');
  });

  it('a caller who hangs up while waiting leaves the line; a bridged one just ends', async () => {
    const c = await describedThenZero(queue);
    expect(children(await c.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'hangup' })).map((e) => e.nodeName)).toEqual(['Hangup']);
    const row = await t.db.query<{ status: string }>('SELECT status FROM queue_callers WHERE call_sid = $1', [c.callSid]);
    expect(row.rows).toEqual([{ status: 'hung_up' }]);
    const d = await describedThenZero(queue);
    expect(children(await d.post(`${PUBLIC_URL}/voice/person/left`, { QueueResult: 'bridged' })).map((e) => e.nodeName)).toEqual(['Hangup']);
  });

  it('refuses a waitUrl post with a position that is not a number', async () => {
    const c = await describedThenZero(queue);
    expect((await twilioPost(queue, '/voice/person/wait', { CallSid: c.callSid, QueuePosition: 'first' })).status).toBe(400);
  });
});

describe('the terminal phone (npm run call) follows <Dial> and <Enqueue> as Twilio does', () => {
  /** Plays a whole call from a script; returns how it ended and everything heard or noted. */
  async function terminalCall(service: VoiceService, script: string[]) {
    const heard: string[] = [];
    const end = await placeCall({
      url: service.url,
      publicUrl: PUBLIC_URL,
      token: TEST_TOKEN,
      from: ownNumber(),
      lang: 'sv',
      caller: { hear: (text) => heard.push(text), note: (text) => heard.push(text), answer: async () => script.shift() ?? null },
    });
    return { end, heard };
  }

  it('the switchboard does not answer: the Dial action offers a callback, and 1 books it', async () => {
    const { end, heard } = await terminalCall(dial, ['0', '', '1']);
    expect(heard.find((h) => h.startsWith('(ringer'))).toMatch(new RegExp(`^\\(ringer \\${SWITCHBOARD}, högst 25 sekunder, med nummerpresentation \\+467020\\d{5}\\)$`));
    expect(heard).toContain('Ingen i kundtjänst kunde svara just nu. Förlåt att du fick vänta.');
    expect(heard).toContain('Tack. Kundtjänst ringer dig torsdag 26 november, mellan klockan 8 och 12. Hej då!');
    expect(end).toBe('ended by service');
  });

  it('the switchboard answers', async () => {
    expect((await terminalCall(dial, ['0', 'svara'])).end).toBe('reached a person');
  });

  it('the own queue: the wait prompts each round, then 1 keeps the place as a callback', async () => {
    const { end, heard } = await terminalCall(queue, ['0', '', '1']);
    expect(heard).toContain('Tack för att du väntar. Vi svarar så snart vi kan.');
    expect(heard).toContain('(musik)');
    expect(heard.filter((h) => h.startsWith('Vill du bli uppringd i stället när det är din tur?'))).toHaveLength(1);
    expect(heard.some((h) => h.startsWith('Tack. Du har kvar din plats i kön.'))).toBe(true);
    expect(end).toBe('ended by service');
  });

  it('the own queue: waiting on past the longest wait leads to the offer', async () => {
    const { heard } = await terminalCall(queue, ['0', ...Array<string>(10).fill(''), '3', 'Ring mig i morgon.']);
    expect(heard).toContain('Förlåt att du har fått vänta så länge. Kundtjänst hinner inte svara dig just nu.');
    expect(heard).toContain('Tack. Vi har tagit emot ditt meddelande. Hej då!');
  });

  it('Flex: the task is described and an agent there answers', async () => {
    const { end, heard } = await terminalCall(flex, ['0', 'svara']);
    expect(heard.some((h) => h.startsWith(`(Twilio Flex/TaskRouter: en uppgift i arbetsflödet ${WORKFLOW}`))).toBe(true);
    expect(end).toBe('reached a person');
  });
});
