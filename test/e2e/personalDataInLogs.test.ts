import { AgentClient, signedIn } from '../support/agentClient';
import { logOf } from '../support/serviceLog';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { newCallSid, startVoiceService, twilioPost, type VoiceService } from '../support/voice';

/** What a client may put in a request id or a path, and must never find again in the service's log. */
const PERSONNUMMER = '19650312-4417';
const PHONE = '+46709876543';
const EMAIL = 'anna.berg@example.se';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestDatabase;
let service: VoiceService;
let agent: AgentClient;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url);
  agent = await signedIn(service, t.db, 'anna', 'agent');
});
afterAll(async () => {
  await service?.close();
  await t?.drop();
});

function expectNothingPersonal(text: string): void {
  for (const trace of ['19650312', '709876543', '%2B46', 'anna.berg', '%40example', 'example.se']) expect(text).not.toContain(trace);
}

describe('request ids', () => {
  it.each([
    ['a personnummer', PERSONNUMMER],
    ['a phone number', PHONE],
    ['an e-mail address', EMAIL],
    ['a personnummer in the shape of a UUID', `${PERSONNUMMER}-4000-8000-000000000000`],
  ])('a client’s X-Request-Id holding %s is neither logged nor echoed: the service uses its own', async (_label, sent) => {
    let echoed: string | null = null;
    const log = await logOf(service, async () => {
      const response = await fetch(`${service.url}/voice/incoming`, { method: 'POST', headers: { 'X-Request-Id': sent } });
      echoed = response.headers.get('x-request-id');
    });
    expect(echoed).toMatch(UUID);
    expect(echoed).not.toBe(sent);
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.lines.every((line) => line.requestId === echoed)).toBe(true);
    expectNothingPersonal(log.text);
  });

  it('keeps a proxy’s UUID beside its own id, to find the request in both logs', async () => {
    const proxyId = '3f2b8c4e-9d1a-4e7f-8b6c-2a5d7e9f1c3b';
    let echoed: string | null = null;
    const log = await logOf(service, async () => {
      echoed = (await fetch(`${service.url}/healthz`, { headers: { 'X-Request-Id': proxyId } })).headers.get('x-request-id');
    });
    expect(echoed).toMatch(UUID);
    expect(echoed).not.toBe(proxyId);
    expect(log.lines.find((line) => line.message === 'request')).toMatchObject({ requestId: echoed, clientRequestId: proxyId, path: '/healthz' });
  });
});

describe('paths', () => {
  it.each([
    ['a phone number, percent-encoded', `/agent/cases/${encodeURIComponent(PHONE)}`],
    ['a phone number, encoded twice', `/agent/cases/${encodeURIComponent(encodeURIComponent(PHONE))}`],
    ['an e-mail address, percent-encoded', `/agent/cases/${encodeURIComponent(EMAIL)}`],
    ['a personnummer', `/agent/cases/${PERSONNUMMER}`],
    ['a personnummer with an encoded dash', '/agent/cases/19650312%2D4417'],
  ])('a path holding %s is logged decoded and redacted', async (_label, path) => {
    const log = await logOf(service, () => agent.page(path));
    const request = log.lines.find((line) => line.message === 'request');
    expect(request?.path).toBe('/agent/cases/[redacted]');
    expectNothingPersonal(log.text);
  });

  it('logs a path with a malformed percent-sequence, without failing', async () => {
    const log = await logOf(service, () => agent.page('/agent/cases/%E0%A4%A'));
    // What can be decoded is; a broken character becomes U+FFFD, the rest stays as it came.
    expect(log.lines.find((line) => line.message === 'request')?.path).toBe('/agent/cases/\uFFFD%A');
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('logs the whole path of a voice webhook, not the part its router saw', async () => {
    const log = await logOf(service, () => twilioPost(service, '/voice/incoming', { CallSid: newCallSid(), From: PHONE }));
    expect(log.lines.find((line) => line.message === 'request')?.path).toBe('/voice/incoming');
    expectNothingPersonal(log.text);
  });

  it('names the whole path of a refused, unsigned webhook, and not its query', async () => {
    const log = await logOf(service, () => twilioPost(service, '/voice/answer?step=what&turn=3', { CallSid: newCallSid(), From: PHONE }, null));
    const refused = log.lines.find((line) => line.level === 'warn');
    expect(refused).toMatchObject({ path: '/voice/answer' });
    expectNothingPersonal(log.text);
  });
});

describe('refused logins', () => {
  it('are logged with their reason, never the username, the password or the address', async () => {
    const stranger = new AgentClient(service.url, '198.51.100.77');
    const log = await logOf(service, () => stranger.logIn(EMAIL, 'fel lösenord 19650312'));
    const refused = log.lines.filter((line) => line.message.startsWith('agent login refused'));
    expect(refused.map((line) => [line.level, line.message])).toEqual([['warn', 'agent login refused: wrong username or password']]);
    expectNothingPersonal(log.text);
    expect(log.text).not.toContain('fel lösenord');
    expect(log.text).not.toContain('198.51.100.77');
  });

  it('name a form that did not come from the login page', async () => {
    const log = await logOf(service, () =>
      fetch(`${service.url}/agent/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'anna', password: 'x', _login: 'forged' }).toString(),
      }),
    );
    expect(log.lines.find((line) => line.message.startsWith('agent login refused'))?.message).toBe('agent login refused: form expired or not from the login page');
  });
});
