import fc from 'fast-check';
import twilio from 'twilio';
import { registerCase } from '../../src/intake/registration';
import { signedIn, type AgentClient } from '../support/agentClient';
import { CHAT_TEST_SECRET, generateToken } from '../support/chat';
import { phoneComplaint } from '../support/cases';
import {
  corrupted, databaseFingerprint, formOf, hostileBody, hostileQuery, hostileSegment, hostileString, hostileValue, type RawBody,
} from '../support/hostileInput';
import { startInProcessService, type InProcessService } from '../support/inProcessService';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { children, newCallSid, OPEN, pathOf, PUBLIC_URL, TEST_TOKEN, twilioPost, twimlOf } from '../support/voice';
import { deadlinesNow } from '../support/calendar';
import { unitNamed } from '../support/units';

/**
 * Arbitrary strings and shapes at every route's input: whatever a client sends, the answer is never a 5xx, a
 * refused request (4xx) leaves every table exactly as it was, and the log holds no stack trace.
 */
/** More runs, or a failing run's seed again: HOSTILE_INPUT_RUNS=500 HOSTILE_INPUT_SEED=… npm run test:e2e -- hostileInput. */
const RUNS = Number(process.env.HOSTILE_INPUT_RUNS ?? 60);
const SEED = process.env.HOSTILE_INPUT_SEED ? Number(process.env.HOSTILE_INPUT_SEED) : undefined;

let t: TestDatabase;
let service: InProcessService;
let admin: AgentClient;
let registered: { reference: string; callbackId: number };
let incompleteReference: string;
let transferredCallSid: string;

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startInProcessService(
    {
      DATABASE_URL: t.url,
      TWILIO_AUTH_TOKEN: TEST_TOKEN,
      PUBLIC_BASE_URL: PUBLIC_URL,
      CHAT_TOKEN_SECRET: CHAT_TEST_SECRET,
      CHAT_NEW_CHATS_PER_ADDRESS: '100000',
      CHAT_REQUESTS_PER_ADDRESS: '1000000',
      CHAT_MESSAGES_PER_CONVERSATION: '10000',
      // Nothing runs in the background while tables are compared before and after a request.
      OUTBOX_INTERVAL_SECONDS: '3600',
    },
    OPEN,
  );
  admin = await signedIn(service, t.db, 'admin', 'admin');
  // Unit 1, which the forms below name.
  expect(await unitNamed(t.db, 'Hemtjänst Norr', { level: 'enhet' })).toBe(1);
  const complaint = await registerCase(t.db, phoneComplaint(), 'resident:phone', deadlinesNow());
  registered = { reference: complaint.case.reference, callbackId: complaint.callback!.id };
  incompleteReference = (await registerCase(t.db, { status: 'incomplete', channel: 'phone', what: 'Ingen kom.' }, 'resident:phone', deadlinesNow())).case.reference;
  transferredCallSid = await callHandedToCustomerService();
});
afterAll(async () => {
  await service?.close();
  await t?.drop();
});

async function callHandedToCustomerService(): Promise<string> {
  const callSid = newCallSid();
  let reply = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: '+46701234567' });
  for (const digit of ['1', '1', '1', '0']) {
    const gather = children(twimlOf(reply.body), 'Gather')[0]!;
    reply = await twilioPost(service, pathOf(gather.getAttribute('action')!), { CallSid: callSid, Digits: digit });
  }
  return callSid;
}

interface Attempt {
  method: string;
  /** Path and query, as sent (percent-sequences and all). */
  target: string;
  headers?: Record<string, string>;
  body?: RawBody;
}

/** An attempt made when it is run (after a conversation is set up for it), named for fast-check's report. */
type Later = (() => Promise<Attempt>) & { [fc.toStringMethod]: () => string };
function later(description: string, make: () => Promise<Attempt>): Later {
  return Object.assign(make, { [fc.toStringMethod]: () => description });
}

async function send(attempt: Attempt): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...attempt.headers };
  if (attempt.body?.contentType) headers['content-type'] = attempt.body.contentType;
  const response = await fetch(service.url + attempt.target, { method: attempt.method, headers, body: attempt.body?.body, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** Sends each attempt; no 5xx, and a refusal writes nothing (tables in `mayChangeOnRefusal` excepted). */
/** A request id a client might send (fetch refuses control characters in headers, so those are left out). */
const requestIdHeader = fc.option(
  fc.oneof(fc.constantFrom('19650312-4417', '+46709876543', 'anna@example.se', '19650312-4417-4000-8000-000000000000'), fc.uuid(), fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 120 })),
  { freq: 3 },
);

type Options = { mayChangeOnRefusal?: string[]; examples?: (Attempt | Later)[]; check?: (a: Attempt, answer: { status: number; text: string }) => void };

/** Sends each attempt (perhaps with a hostile X-Request-Id); no 5xx, and a refusal writes nothing (tables in `mayChangeOnRefusal` excepted). */
async function neverFails(attempts: fc.Arbitrary<Attempt | Later>, options: Options = {}) {
  await fc.assert(
    fc.asyncProperty(attempts, requestIdHeader, async (made, requestId) => {
      const attempt = typeof made === 'function' ? await made() : made;
      if (requestId !== null) attempt.headers = { ...attempt.headers, 'x-request-id': requestId };
      const before = await databaseFingerprint(t.db, options.mayChangeOnRefusal);
      const answer = await send(attempt);
      if (answer.status >= 500) throw new Error(`${attempt.method} ${attempt.target} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      if (answer.status >= 400) expect(await databaseFingerprint(t.db, options.mayChangeOnRefusal)).toEqual(before);
      options.check?.(attempt, answer);
    }),
    { numRuns: RUNS, seed: SEED, examples: (options.examples ?? []).map((e): [Attempt | Later, string | null] => [e, null]) },
  );
}

describe('the phone line (signed webhooks)', () => {
  const fields = corrupted({
    CallSid: fc.stringMatching(/^CA[0-9a-f]{32}$/),
    From: fc.constantFrom('+46701234567', 'anonymous'),
    Digits: fc.constantFrom('1', '2', '0', '#', '*', 'hangup', '12'),
    SpeechResult: fc.constantFrom('Hemtjänsten kom inte', 'klagomål'),
    RecordingUrl: fc.constant('https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1'),
    TranscriptionText: fc.constant('Det var på Solgården.'),
    CallStatus: fc.constantFrom('completed', 'in-progress', 'ringing'),
    AccountSid: fc.stringMatching(/^AC[0-9a-f]{32}$/),
    RecordingSid: fc.stringMatching(/^RE[0-9a-f]{32}$/),
    RecordingStatus: fc.constantFrom('completed', 'absent', 'failed'),
    RecordingDuration: fc.constantFrom('0', '14', '-1', '1e9'),
    DialCallStatus: fc.constantFrom('completed', 'busy', 'no-answer', 'failed', 'canceled'),
    QueueResult: fc.constantFrom('bridged', 'hangup', 'leave', 'error', 'queue-full'),
    QueuePosition: fc.constantFrom('1', '3', '0'),
    QueueTime: fc.constantFrom('0', '65', '3600'),
    AvgQueueTime: fc.constantFrom('0', '170'),
  });
  const personQuery = hostileQuery(['try', 'agent'], { try: fc.constantFrom('1', '2'), agent: fc.constantFrom('lisa', 'anna') });
  const query = hostileQuery(['step', 'turn'], { step: fc.constantFrom('menu', 'what', 'kind', 'voice_message'), turn: fc.constantFrom('1', '2', '0', '99999999999') });
  const route = fc.oneof(
    fc.constant('/voice/incoming'),
    fc.constant('/voice/status'),
    query.map((q) => `/voice/answer${q}`),
    query.map((q) => `/voice/recording${q}`),
    fc.constant('/voice/recording-status'),
    fc.constantFrom('/voice/person/dialed', '/voice/person/wait', '/voice/person/wait/key', '/voice/person/left', '/voice/person/message'),
    personQuery.map((q) => `/voice/person/offer${q}`),
    personQuery.map((q) => `/voice/person/bridge${q}`),
  );
  const signed = (target: string, params: Record<string, unknown>): Attempt => {
    // Twilio sends proper UTF-8: a half surrogate cannot travel in its form, NUL can (%00).
    const body = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString();
    const sent = Object.fromEntries(new URLSearchParams(body));
    const url = new URL(service.url + target);
    const signature = twilio.getExpectedTwilioSignature(TEST_TOKEN, PUBLIC_URL + url.pathname + url.search, sent);
    return { method: 'POST', target, headers: { 'x-twilio-signature': signature }, body: { contentType: 'application/x-www-form-urlencoded', body } };
  };
  /** A call that has reached the question of what happened, answered with the speech given. */
  const speechInCall = (speech: string) => later(`speech ${fc.stringify(speech)} in a call`, async () => {
    const callSid = newCallSid();
    let reply = await twilioPost(service, '/voice/incoming', { CallSid: callSid, From: '+46701234567' });
    for (const digit of ['1', '1', '1']) {
      reply = await twilioPost(service, pathOf(children(twimlOf(reply.body), 'Gather')[0]!.getAttribute('action')!), { CallSid: callSid, Digits: digit });
    }
    return signed(pathOf(children(twimlOf(reply.body), 'Gather')[0]!.getAttribute('action')!), { CallSid: callSid, SpeechResult: speech });
  });

  it('answers any signed request with TwiML or a 4xx, never an apology for a failed turn', async () => {
    await neverFails(
      fc.oneof(fc.tuple(route, fields).map(([target, params]) => signed(target, params)), hostileString.map(speechInCall)),
      {
        examples: [speechInCall('Hon fick ingen mat\u0000'), speechInCall('ok \ud83d')],
        check: (_attempt, answer) => {
          expect(answer.text).not.toMatch(/något gick fel/);
        },
      },
    );
  });
});

describe('the website chat (Direct Line)', () => {
  const activity = corrupted({
    type: fc.constantFrom('message', 'message', 'message', 'event', 'conversationUpdate', 'typing', 'endOfConversation'),
    text: fc.constantFrom('1', 'Hemtjänsten kom inte', 'hej'),
    id: fc.constant('client-1'),
    name: fc.constantFrom('startConversation', 'webchat/join'),
    locale: fc.constantFrom('sv-SE', 'en-GB'),
    from: corrupted({ id: fc.constant('resident'), name: fc.constant('Karin'), role: fc.constant('user') }),
    channelData: corrupted({ clientActivityID: fc.stringMatching(/^[a-z0-9]{8}$/) }),
  });
  /** A fresh, started conversation for each attempt, so one ended by an attempt does not hide the next one's. */
  const withConversation = (make: (c: { token: string; conversationId: string }) => Attempt) => {
    const sample = make({ token: 'TOKEN', conversationId: 'CONVERSATION' });
    return later(`in a new conversation: ${fc.stringify(sample)}`, async () => {
      const issued = await generateToken(service.url);
      await send({ method: 'POST', target: '/v3/directline/conversations', headers: { authorization: `Bearer ${issued.token}` }, body: { contentType: 'application/json', body: '{}' } });
      return make(issued);
    });
  };
  const postActivity = (body: RawBody) =>
    withConversation((c) => ({ method: 'POST', target: `/v3/directline/conversations/${c.conversationId}/activities`, headers: { authorization: `Bearer ${c.token}` }, body }));
  const json = (value: unknown): RawBody => ({ contentType: 'application/json', body: JSON.stringify(value) });

  it('posts of any activity', async () => {
    await neverFails(hostileBody(activity).map(postActivity), {
      // A refused request still counts against the chat's rate limits (kept in PostgreSQL), by design.
      mayChangeOnRefusal: ['chat_rate_limits'],
      examples: [
        postActivity(json({ type: 'message', text: 'ok \ud83d' })),
        postActivity(json({ type: 'message', text: 'hej', from: { id: 'resident', name: 'Karin \ud83d' } })),
        postActivity(json({ type: 'message', text: 'hej', locale: 'sv-SE\ud83d' })),
        postActivity(json({ type: 'message', text: 'hej', channelData: { clientActivityID: 'abc\udc00' } })),
      ],
    });
  });

  it('starts, reads, refreshes and tokens with any body, query or path', async () => {
    const start = hostileBody(corrupted({ locale: fc.constantFrom('sv-SE', 'en'), user: corrupted({ id: fc.constant('u1') }) }));
    await neverFails(
      fc.oneof(
        start.map((body) => withConversation((c) => ({ method: 'POST', target: '/v3/directline/conversations', headers: { authorization: `Bearer ${c.token}` }, body }))),
        hostileQuery(['watermark'], { watermark: fc.constantFrom('0', '3', '') }).map((q) =>
          withConversation((c) => ({ method: 'GET', target: `/v3/directline/conversations/${c.conversationId}/activities${q}`, headers: { authorization: `Bearer ${c.token}` } })),
        ),
        hostileSegment.map((id) => withConversation((c) => ({ method: 'GET', target: `/v3/directline/conversations/${id}`, headers: { authorization: `Bearer ${c.token}` } }))),
        hostileBody(hostileValue).map((body) => ({ method: 'POST', target: '/v3/directline/tokens/generate', body })),
        hostileSegment.map((token) => ({ method: 'POST', target: '/v3/directline/tokens/refresh', headers: { authorization: `Bearer ${token}` } })),
      ),
      { mayChangeOnRefusal: ['chat_rate_limits'] },
    );
  });

  it('serves the chat page whatever its query string', async () => {
    await neverFails(hostileQuery(['lang', 'embed'], { embed: fc.constant('1'), lang: fc.constantFrom('en', 'sv') }).map((q) => ({ method: 'GET', target: `/chat${q}` })), {
      examples: [{ method: 'GET', target: '/chat?embed=1&embed=2' }, { method: 'GET', target: '/chat?embed[x]=1' }, { method: 'GET', target: '/chat?lang=en&lang=sv' }],
    });
  });
});

describe('Azure Bot Service (/api/messages)', () => {
  it('takes any activity without a 5xx', async () => {
    const activity = corrupted({
      type: fc.constantFrom('message', 'message', 'conversationUpdate', 'event'),
      text: fc.constantFrom('1', 'hej'),
      locale: fc.constant('sv-SE'),
      conversation: corrupted({ id: fc.stringMatching(/^teams-[a-z0-9]{6}$/) }),
      from: corrupted({ id: fc.constant('resident'), name: fc.constant('Karin') }),
      recipient: corrupted({ id: fc.constant('bot') }),
      membersAdded: fc.array(corrupted({ id: fc.constant('resident'), name: fc.constant('Karin') }), { maxLength: 2 }),
      channelId: fc.constant('msteams'),
      serviceUrl: fc.constant('https://smba.trafficmanager.net/emea/'),
      channelData: corrupted({ clientActivityID: fc.stringMatching(/^[a-z0-9]{8}$/) }),
    });
    await neverFails(hostileBody(activity).map((body) => ({ method: 'POST', target: '/api/messages', body })), {
      examples: [
        { method: 'POST', target: '/api/messages', body: { contentType: 'application/json', body: JSON.stringify({ type: 'message', text: 'hej', conversation: { id: 'c\u0000' }, from: { id: 'r' } }) } },
        { method: 'POST', target: '/api/messages', body: { contentType: 'application/json', body: JSON.stringify({ type: 'message', text: 'ok \ud83d', conversation: { id: 'teams-1' }, from: { id: 'r' } }) } },
      ],
    });
  });
});

describe('the agent workspace', () => {
  const phone = fc.constantFrom('070-123 45 67', '+46701234567');
  const caseForm = corrupted({
    kind: fc.constantFrom('klagomal', 'berom'),
    area: fc.constant('aldreomsorg'),
    what: fc.constantFrom('Maten var kall.', 'Bra bemötande.'),
    whenWhere: fc.constant('I går'),
    consequences: fc.constant(''),
    onBehalf: fc.constantFrom('self', ''),
    anonymous: fc.constant(false),
    serious: fc.boolean(),
    confidential: fc.boolean(),
    unitId: fc.constantFrom('1', ''),
    replyMethod: fc.constantFrom('phone', 'email'),
    contact: corrupted({ name: fc.constant('Karin'), phone, email: fc.constant('karin@example.se') }),
    callback: corrupted({ window: fc.constantFrom('morning', ''), phone }),
    language: fc.constantFrom('sv', 'en'),
  });
  const reference = () => fc.oneof(fc.constantFrom(registered.reference, incompleteReference), hostileSegment);
  const callbackId = () => fc.oneof(fc.constant(String(registered.callbackId)), hostileSegment);
  /** The signed-in admin's cookie, and (most often) the page's CSRF token. */
  const asAdmin = fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }).map((csrf) => ({
    cookie: admin.cookieHeader(),
    ...(csrf ? { 'x-csrf-token': admin.csrfToken } : {}),
  }));
  const post = (target: fc.Arbitrary<string>, shape: fc.Arbitrary<unknown>) =>
    fc.tuple(target, hostileBody(shape), asAdmin).map(([path, body, headers]): Attempt => ({ method: 'POST', target: path, headers, body }));
  const postJson = (target: () => string, value: unknown) =>
    later(`POST ${fc.stringify(value)}`, () =>
      Promise.resolve({ method: 'POST', target: target(), headers: { cookie: admin.cookieHeader(), 'x-csrf-token': admin.csrfToken }, body: { contentType: 'application/json', body: JSON.stringify(value) } }),
    );

  it('API: registering, completing and finishing calls with any case form', async () => {
    const form = { kind: 'klagomal', area: 'aldreomsorg', what: 'Maten var kall.' };
    await neverFails(
      fc.oneof(
        post(fc.constant('/api/agent/cases'), caseForm),
        post(reference().map((r) => `/api/agent/cases/${r}/completion`), caseForm),
        post(fc.oneof(fc.constant(transferredCallSid), hostileSegment).map((sid) => `/api/agent/calls/${sid}/case`), caseForm),
      ),
      {
        examples: [
          postJson(() => '/api/agent/cases', { ...form, what: 'Maten\u0000' }),
          postJson(() => '/api/agent/cases', { ...form, contact: { name: 'Karin \ud83d' } }),
          postJson(() => '/api/agent/cases', { ...form, unitId: 'Norr\u0000' }),
        ],
      },
    );
  });

  it('API: units, managers, members and routing rules with any body', async () => {
    const unitId = () => fc.oneof(fc.constant('1'), hostileSegment);
    await neverFails(
      fc.oneof(
        post(fc.constant('/api/agent/units'), corrupted({ name: fc.constantFrom('Hemtjänst Syd', 'LSS'), level: fc.constantFrom('enhet', 'sektor'), parentId: fc.constantFrom('', '1'), serviceAreas: fc.constant({ aldreomsorg: true }) })),
        post(unitId().map((id) => `/api/agent/units/${id}`), corrupted({ name: fc.constantFrom('Hemtjänst Norr', 'LSS'), serviceAreas: fc.constant({ annat: true }) })),
        post(unitId().map((id) => `/api/agent/units/${id}/parent`), corrupted({ parentId: fc.constantFrom('', '1') })),
        post(unitId().map((id) => `/api/agent/units/${id}/active`), corrupted({ active: fc.constantFrom('true', 'false') })),
        post(unitId().map((id) => `/api/agent/units/${id}/managers`), corrupted({ title: fc.constantFrom('enhetschef', 'sektorschef'), name: fc.constant('Eva Ek'), email: fc.constant('eva@kommun.se'), username: fc.constantFrom('', 'admin') })),
        post(unitId().map((id) => `/api/agent/units/${id}/members`), corrupted({ username: fc.constantFrom('admin', 'nobody') })),
        post(fc.constant('/api/agent/routing-rules'), corrupted({ serviceArea: fc.constant('aldreomsorg'), words: fc.constantFrom('norr', ''), unitId: fc.constant('1'), priority: fc.constantFrom('', '5') })),
        post(hostileSegment.map((id) => `/api/agent/routing-rules/${id}/removal`), hostileValue),
      ),
      { examples: [postJson(() => '/api/agent/units', { name: 'Norr\u0000' }), postJson(() => '/api/agent/routing-rules', { serviceArea: 'aldreomsorg', words: ['no\u0000rr'], unitId: 1 })] },
    );
  });

  it('API: notes, statuses, closures, callbacks and accounts with any body', async () => {
    await neverFails(
      fc.oneof(
        post(reference().map((r) => `/api/agent/cases/${r}/notes`), corrupted({ note: fc.constant('Ringde upp.') })),
        post(reference().map((r) => `/api/agent/cases/${r}/closure`), corrupted({ reason: fc.constant('Dubblett') })),
        post(
          reference().map((r) => `/api/agent/cases/${r}/status`),
          corrupted({ to: fc.constantFrom('routed', 'investigating'), unitId: fc.constant('1'), measures: fc.constant('Samtal'), answer: fc.constant('') }),
        ),
        post(callbackId().map((id) => `/api/agent/callbacks/${id}/outcome`), corrupted({ outcome: fc.constantFrom('reached', 'no_answer'), note: fc.constant('') })),
        post(callbackId().map((id) => `/api/agent/callbacks/${id}/call`), corrupted({ agentPhone: phone })),
        post(fc.oneof(fc.constant('next'), callbackId()).map((id) => `/api/agent/callbacks/${id}/claim`), hostileValue),
        post(callbackId().map((id) => `/api/agent/callbacks/${id}/release`), hostileValue),
        post(
          fc.constant('/api/agent/accounts'),
          corrupted({ username: fc.stringMatching(/^[a-z]{4,10}$/), role: fc.constantFrom('handler', 'agent'), unitId: fc.constant('1'), phone, password: fc.constant('ett långt lösenord här') }),
        ),
        post(hostileSegment.map((u) => `/api/agent/accounts/${u}/disable`), hostileValue),
        post(reference().map((r) => `/api/agent/cases/${r}/unit`), corrupted({ unitId: fc.constant('1'), reason: fc.constant('Fel enhet') })),
        post(reference().map((r) => `/api/agent/cases/${r}/categories`), corrupted({ categories: fc.constantFrom(['bemötande'], ['annat', 'tillgänglighet'], []) })),
        post(reference().map((r) => `/api/agent/cases/${r}/resident-messages`), corrupted({ message: fc.constantFrom('news', 'answer'), text: fc.constant('Vi utreder ärendet.') })),
        post(reference().map((r) => `/api/agent/cases/${r}/contact-address`), corrupted({ address: fc.constant('Storgatan 1, 123 45 Exempelby') })),
        post(fc.oneof(fc.constant('1'), hostileSegment).map((id) => `/api/agent/letters/${id}/printed`), hostileValue),
      ),
      {
        examples: [
          postJson(() => `/api/agent/cases/${registered.reference}/resident-messages`, { message: 'news', text: 'Vi\u0000 utreder.' }),
          postJson(() => `/api/agent/cases/${registered.reference}/notes`, { note: 'Ringde\u0000' }),
          postJson(() => `/api/agent/cases/${registered.reference}/notes`, { note: 'Ringde \ud83d' }),
          postJson(() => '/api/agent/accounts', { username: 'enhet', role: 'handler', unitId: 'Norr\u0000', password: 'ett långt lösenord här' }),
          postJson(() => `/api/agent/cases/${registered.reference}/categories`, { categories: ['bemötande\u0000'] }),
        ],
      },
    );
  });

  it('API and pages: finding and reading with any query or path', async () => {
    const get = (target: fc.Arbitrary<string>) => fc.tuple(target, asAdmin).map(([path, headers]): Attempt => ({ method: 'GET', target: path, headers }));
    await neverFails(
      fc.oneof(
        get(hostileQuery(['reference'], { reference: fc.constant(registered.reference) }).map((q) => `/api/agent/cases${q}`)),
        get(reference().map((r) => `/api/agent/cases/${r}`)),
        get(hostileQuery(['reference'], { reference: fc.constant(registered.reference) }).map((q) => `/agent/cases${q}`)),
        get(reference().map((r) => `/agent/cases/${r}`)),
        get(fc.tuple(reference(), fc.oneof(hostileSegment, fc.constantFrom('1', '0', '-1', '99999999999'))).map(([r, id]) => `/agent/cases/${r}/recordings/${id}`)),
        get(hostileQuery(['q'], { q: fc.constantFrom('2026 1', 'karin', '070-123', 'karin@example.se', 'hemtjänsten kom') }).map((q) => `/agent/cases${q}`)),
        get(hostileQuery(['q'], { q: fc.constantFrom('2026 1', 'karin', '070-123') }).map((q) => `/api/agent/search${q}`)),
        get(
          hostileQuery(['status', 'kind', 'serious', 'category', 'from', 'to', 'sort', 'page'], {
            status: fc.constantFrom('routed', ''), serious: fc.constantFrom('ja', 'nej'), category: fc.constant('bemötande'), from: fc.constant('2026-01-01'), page: fc.constantFrom('1', '2'),
          }).map((q) => `/agent/inbox${q}`),
        ),
        get(hostileQuery(['kind', 'page'], { kind: fc.constant('klagomal'), page: fc.constant('1') }).map((q) => `/api/agent/inbox${q}`)),
        get(hostileQuery(['page'], { page: fc.constantFrom('1', '2') }).map((q) => `/agent/overdue${q}`)),
        get(fc.oneof(fc.constantFrom('1', '0', '-1', '99999999999'), hostileSegment).map((id) => `/agent/letters/${id}`)),
        get(hostileSegment.map((sid) => `/agent/calls/${sid}`)),
        get(callbackId().map((id) => `/agent/callbacks/${id}`)),
        get(hostileSegment.map((file) => `/agent/assets/${file}`)),
        get(hostileQuery(['next'], { next: fc.constant('/agent/cases') }).map((q) => `/agent/login${q}`)),
        hostileSegment.map((token): Attempt => ({ method: 'GET', target: '/api/agent/me', headers: { cookie: `synpunkt_agent=${token}` } })),
      ),
    );
  });

  it('the login and logout forms, with any fields', async () => {
    const form = corrupted({ username: fc.constantFrom('admin', 'nobody'), password: fc.constant('fel lösenord'), next: fc.constant('/agent/cases') });
    const login = (body: RawBody, withToken: boolean) => later(`login ${fc.stringify(body)}${withToken ? ' with the form token' : ''}`, async (): Promise<Attempt> => {
      const page = await fetch(`${service.url}/agent/login`);
      const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
      const token = /name="_login" value="([^"]+)"/.exec(await page.text())![1]!;
      const withField = body.contentType === 'application/x-www-form-urlencoded' && withToken ? `${body.body}&_login=${token}` : body.body;
      return { method: 'POST', target: '/agent/login', headers: { cookie }, body: { contentType: body.contentType, body: withField } };
    });
    const formBody = fc.oneof(
      { weight: 4, arbitrary: form.map((v): RawBody => ({ contentType: 'application/x-www-form-urlencoded', body: formOf(v) })) },
      { weight: 1, arbitrary: hostileBody(form) },
    );
    await neverFails(
      fc.oneof(
        fc.tuple(formBody, fc.boolean()).map(([body, withToken]) => login(body, withToken)),
        formBody.map((body): Attempt => ({ method: 'POST', target: '/agent/logout', body })),
      ),
      {
        // A refused login is counted against the address and name (the throttle), by design.
        mayChangeOnRefusal: ['agent_login_throttle'],
        examples: [login({ contentType: 'application/x-www-form-urlencoded', body: 'username=nobody%00&password=x' }, true)],
      },
    );
  });
});

describe('the triggers found before, answered clearly', () => {
  const form = { kind: 'klagomal', area: 'aldreomsorg', what: 'Maten var kall.' };
  it.each([
    ['a NUL in what happened', '/api/agent/cases', { ...form, what: 'Maten\u0000 var kall.' }, 'what'],
    ['half an emoji in the contact’s name', '/api/agent/cases', { ...form, contact: { name: 'Karin \ud83d' } }, 'contact.name'],
    ['a NUL in a unit’s name', '/api/agent/units', { name: 'Norr\u0000' }, 'name'],
    ['a NUL in a note', 'NOTES', { note: 'Ringde\u0000 upp.' }, 'note'],
    ['half an emoji in a note', 'NOTES', { note: 'Ringde upp \ude00' }, 'note'],
    ['a NUL in a manager’s name', '/api/agent/units/1/managers', { title: 'enhetschef', name: 'Eva\u0000', email: 'eva@kommun.se' }, 'name'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_label, path, body, field) => {
    const before = await databaseFingerprint(t.db);
    const answer = await admin.api('POST', path === 'NOTES' ? `/api/agent/cases/${registered.reference}/notes` : path, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid', problems: [{ field, message: expect.stringMatching(/cannot be stored/) }] });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it.each(['/chat?embed=1&embed=2', '/chat?embed[x]=1', '/chat?lang=en&lang=sv', '/chat?lang[x]=en'])('serves the plain chat page for %s', async (target) => {
    const answer = await send({ method: 'GET', target });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<body class="standalone">');
  });
});

describe('the log after all of it', () => {
  it('holds no error and no stack trace for what clients sent', () => {
    const lines = service.logLines.map((line) => JSON.parse(line) as { level: string; message: string; [k: string]: unknown });
    const faults = lines.filter((l) => l.level === 'error' || JSON.stringify(l).includes('"stack"') || JSON.stringify(l).includes('"frames"'));
    expect(faults.map((l) => l.message)).toEqual([]);
  });

  it('holds none of the personal data sent in paths, request ids and bodies', () => {
    const log = service.logLines.join('\n');
    for (const trace of ['19650312', '709876543', 'anna@example.se', 'Karin']) expect(log).not.toContain(trace);
  });
});
