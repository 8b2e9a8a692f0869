/**
 * The deployment example, end to end: Debian's nginx with deploy/nginx/synpunkt.conf terminating TLS (a
 * self-signed certificate made here by openssl) in front of two instances of the service on one PostgreSQL.
 * nginx runs unprivileged with its own prefix in a temporary folder, on loopback ports only; each resident is a
 * loopback address of its own (127.0.0.2, 127.0.0.3), so nginx sees them as different clients.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import twilio from 'twilio';
import WebSocket from 'ws';
import { AGENT_PASSWORD, createAccount } from '../../support/agentClient';
import { HttpsClient } from '../../support/httpsClient';
import { selfSignedCertificate, siteForLoopback, startNginx, type RunningNginx } from '../../support/nginx';
import { freePort } from '../../support/ports';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startServiceProcess, type ServiceProcess } from '../../support/serviceProcess';
import { newCallSid, TEST_TOKEN } from '../../support/voice';

const NAME = 'synpunkt.kommun.test';
const NEW_CHATS_PER_ADDRESS = 3;

let dir: string;
let t: TestDatabase;
let instances: ServiceProcess[] = [];
let nginx: RunningNginx | undefined;
let ca: string;
let publicUrl: string;
let httpPort: number;
let httpsPort: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-nginx-'));
  const { certificate, key } = selfSignedCertificate(dir, NAME);
  ca = fs.readFileSync(certificate, 'utf8');
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  publicUrl = `https://${NAME}:${httpsPort}`;
  t = await createTestDatabase({ migrated: false });
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: t.url,
    PUBLIC_BASE_URL: publicUrl,
    TWILIO_AUTH_TOKEN: TEST_TOKEN,
    CHAT_TOKEN_SECRET: 'nginx-test-chat-secret-of-at-least-32-characters',
    RESIDENT_LINK_SECRET: 'nginx-test-link-secret-of-at-least-32-characters',
    // As the example says: believe X-Forwarded-For from this nginx only.
    TRUST_PROXY: '127.0.0.1',
    CHAT_NEW_CHATS_PER_ADDRESS: String(NEW_CHATS_PER_ADDRESS),
    OPENING_HOURS: 'mon-sun 00:00-24:00',
  };
  // Both at once, as a supervisor starts them: the migrations are applied once between them.
  instances = await Promise.all([startServiceProcess(env), startServiceProcess(env)]);
  await createAccount(t.db, 'anna', 'agent');
  const upstreams = instances.map((s) => Number(new URL(s.url).port));
  nginx = await startNginx(dir, siteForLoopback({ name: NAME, httpPort, httpsPort, upstreams, certificate, key }), httpsPort);
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((s) => s.stop()));
  await t?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const resident = (from = '127.0.0.1') => new HttpsClient({ name: NAME, port: httpsPort, ca }, from);

/** The access lines an instance wrote (JSON in production) for a path. */
function requestsServed(instance: ServiceProcess, path: string): number {
  return instance
    .output()
    .split('\n')
    .filter((line) => line.includes('"message":"request"') && line.includes(`"path":"${path}"`)).length;
}

it('runs nginx as an unprivileged user', () => {
  expect(nginx!.uid()).toBeGreaterThan(0);
});

it('serves over TLS from both instances, with HSTS, and sends plain HTTP to HTTPS', async () => {
  const client = resident();
  for (let i = 0; i < 6; i++) {
    const home = await client.request('GET', '/');
    expect(home.status).toBe(200);
    expect(home.headers['strict-transport-security']).toContain('max-age=');
  }
  // Access lines are written when an answer is finished: give a loaded machine a moment to write them.
  await new Promise((r) => setTimeout(r, 300));
  expect(instances.map((s) => requestsServed(s, '/'))).toEqual([expect.any(Number), expect.any(Number)]);
  for (const s of instances) expect(requestsServed(s, '/')).toBeGreaterThan(0);

  const plain = await fetch(`http://127.0.0.1:${httpPort}/agent/login`, { redirect: 'manual' });
  expect(plain.status).toBe(301);
  expect(plain.headers.get('location')).toBe(`https://${NAME}/agent/login`);
});

it('takes a signed Twilio call checked against the https public address, its turns on either instance', async () => {
  const caller = resident();
  const post = (pathAndQuery: string, params: Record<string, string>, signedUrl = publicUrl + pathAndQuery) =>
    caller.request('POST', pathAndQuery, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': twilio.getExpectedTwilioSignature(TEST_TOKEN, signedUrl, params) },
      body: new URLSearchParams(params).toString(),
    });
  const call = { CallSid: newCallSid(), From: '+46701234567' };
  const before = instances.map((s) => requestsServed(s, '/voice/answer'));

  const first = await post('/voice/incoming', { ...call, CallStatus: 'ringing' });
  expect(first.status).toBe(200);
  let action = /action="([^"]+)"/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
  expect(action?.startsWith(`${publicUrl}/voice/answer?`)).toBe(true);
  for (const digit of ['1', '1', '1']) {
    const next = await post(action!.slice(publicUrl.length), { ...call, Digits: digit });
    expect(next.status).toBe(200);
    action = /action="([^"]+)"/.exec(next.body)?.[1]?.replace(/&amp;/g, '&');
    expect(action?.startsWith(`${publicUrl}/voice/answer?`)).toBe(true);
  }
  await new Promise((r) => setTimeout(r, 300));
  const answered = instances.map((s, i) => requestsServed(s, '/voice/answer') - before[i]!);
  expect(answered.reduce((a, b) => a + b)).toBe(3);
  expect(answered.every((n) => n > 0)).toBe(true); // one call, its turns taken by both instances

  // Signed for the address the request arrived at behind the proxy, not the public one: refused.
  const internal = await post('/voice/incoming', { CallSid: newCallSid(), From: '+46701234567' }, `http://127.0.0.1:${new URL(instances[0]!.url).port}/voice/incoming`);
  expect(internal.status).toBe(403);
});

it('logs an agent in through https with Secure __Host- cookies that carry the session', async () => {
  const browser = resident();
  const form = await browser.request('GET', '/agent/login');
  expect(form.status).toBe(200);
  const loginCookie = (form.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-synpunkt_login='));
  expect(loginCookie).toMatch(/; Secure/);
  expect(loginCookie).toMatch(/; HttpOnly/);
  const token = /name="_login" value="([^"]+)"/.exec(form.body)?.[1] ?? '';

  const login = await browser.request('POST', '/agent/login', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'anna', password: AGENT_PASSWORD, _login: token, next: '' }).toString(),
  });
  expect(login.status).toBe(303);
  const session = (login.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-synpunkt_agent='));
  expect(session).toMatch(/; Secure/);
  expect(session).toMatch(/; Path=\//);

  // A few requests, so both instances read the one session from PostgreSQL.
  for (let i = 0; i < 4; i++) {
    const me = await browser.request('GET', '/api/agent/me');
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toMatchObject({ agent: { username: 'anna' } });
  }
});

it("counts each resident's own address in the rate limits, not nginx's nor one the client claims", async () => {
  const generate = (client: HttpsClient, claimed?: string) =>
    client.request('POST', '/v3/directline/tokens/generate', { headers: claimed ? { 'X-Forwarded-For': claimed } : {} });
  const first = resident('127.0.0.2');
  const second = resident('127.0.0.3');
  for (let i = 0; i < NEW_CHATS_PER_ADDRESS; i++) expect((await generate(first)).status).toBe(200);
  const refused = await generate(first);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  // Claiming another address does not help: nginx replaces the header with the address it saw.
  expect((await generate(first, '203.0.113.7')).status).toBe(429);
  // Another resident is not held back by the first (they would share nginx's address without TRUST_PROXY).
  for (let i = 0; i < NEW_CHATS_PER_ADDRESS; i++) expect((await generate(second, `198.51.100.${i}`)).status).toBe(200);
  expect((await generate(second, '198.51.100.99')).status).toBe(429);
});

it("carries the chat's stream as a WebSocket on the public wss:// address", async () => {
  const client = resident('127.0.0.4');
  const { token } = JSON.parse((await client.request('POST', '/v3/directline/tokens/generate')).body) as { token: string };
  const start = await client.request('POST', '/v3/directline/conversations', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(start.status).toBe(201);
  const { streamUrl } = JSON.parse(start.body) as { streamUrl: string };
  expect(streamUrl.startsWith(`wss://${NAME}:${httpsPort}/v3/directline/conversations/`)).toBe(true);

  const first = await new Promise<{ activities: unknown[] }>((resolve, reject) => {
    const socket = new WebSocket(streamUrl, {
      ca,
      localAddress: '127.0.0.4',
      // The public name resolves to loopback here, as DNS would send a browser to nginx.
      lookup: ((_host: string, options: { all?: boolean }, done: (...args: unknown[]) => void) =>
        options.all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)) as never,
    });
    socket.once('message', (data) => {
      socket.close();
      resolve(JSON.parse(String(data)) as { activities: unknown[] });
    });
    socket.once('error', reject);
  });
  expect(first.activities.length).toBeGreaterThan(0);
});
