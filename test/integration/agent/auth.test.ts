import { disableAgent } from '../../../src/agent/agentStore';
import { AGENT_PASSWORD, AgentClient, createAccount, signedIn, startAgentService, type AgentService } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
let service: AgentService;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

describe('without a session', () => {
  it('the API answers 401 and the pages send the visitor to the login page', async () => {
    const client = new AgentClient(service.url);
    for (const path of ['/api/agent/me', '/api/agent/callbacks', '/api/agent/calls', '/api/agent/cases?reference=2026-1']) {
      const answer = await client.api('GET', path);
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'not_signed_in' });
    }
    expect((await client.api('POST', '/api/agent/callbacks/next/claim', {})).status).toBe(401);
    const page = await client.page('/agent/callbacks');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/agent/login?next=%2Fagent%2Fcallbacks');
  });

  it('serves an accessible Swedish login page with its own CSRF token', async () => {
    const page = await new AgentClient(service.url).page('/agent/login');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="sv">');
    expect(page.html).toMatch(/<label for="username">Användarnamn<\/label>/);
    expect(page.html).toMatch(/name="_login" value="[\w-]{20,}"/);
  });
});

describe('logging in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and returns to the page asked for', async () => {
    await createAccount(t.db, 'anna', 'agent');
    const client = new AgentClient(service.url);
    const form = await (await client.fetch('/agent/login?next=%2Fagent%2Fcallbacks')).text();
    const token = /name="_login" value="([^"]+)"/.exec(form)![1]!;
    const response = await client.fetch('/agent/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'Anna', password: AGENT_PASSWORD, _login: token, next: '/agent/callbacks' }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/agent/callbacks');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('synpunkt_agent='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.api('GET', '/api/agent/me');
    expect(me.body).toMatchObject({ agent: { username: 'anna', role: 'agent' } });
  });

  it('never sends the agent to another site after login', async () => {
    await createAccount(t.db, 'berit', 'agent');
    const client = new AgentClient(service.url);
    const form = await (await client.fetch('/agent/login')).text();
    const token = /name="_login" value="([^"]+)"/.exec(form)![1]!;
    const response = await client.fetch('/agent/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'berit', password: AGENT_PASSWORD, _login: token, next: '//evil.example/agent' }).toString(),
    });
    expect(response.headers.get('location')).toBe('/agent/calls');
  });

  it('refuses a login form posted without its token (login CSRF)', async () => {
    const client = new AgentClient(service.url);
    const response = await client.fetch('/agent/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'anna', password: AGENT_PASSWORD, _login: 'guessed' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Formuläret hade gått ut');
  });

  it('says the same for a wrong password and an unknown user', async () => {
    const wrongPassword = await new AgentClient(service.url).logIn('anna', 'not the password');
    const unknown = await new AgentClient(service.url).logIn('nobody', AGENT_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrongPassword.text()).toContain('Fel användarnamn eller lösenord.');
  });

  it('locks a username from an address for 15 minutes after 5 failed logins from it, even for the right password', async () => {
    await createAccount(t.db, 'cecilia', 'agent');
    for (let i = 0; i < 5; i++) expect((await new AgentClient(service.url).logIn('cecilia', `wrong ${i}`)).status).toBe(401);
    const locked = await new AgentClient(service.url).logIn('cecilia');
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('spärrad i högst 15 minuter');
    expect(locked.headers.get('retry-after')).toBe('900');
    // Fifteen minutes later the failures no longer count.
    await t.db.query("UPDATE agent_login_throttle SET window_start = now() - interval '16 minutes' WHERE username = 'cecilia'");
    expect((await new AgentClient(service.url).logIn('cecilia')).status).toBe(303);
  });

  it('does not let parallel guesses slip past the lockout', async () => {
    await createAccount(t.db, 'david', 'agent');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => new AgentClient(service.url).logIn('david', `guess ${i}`)));
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(7);
    expect((await new AgentClient(service.url).logIn('david')).status).toBe(429);
  });
});

describe('a signed-in agent', () => {
  it('must send the CSRF token with every change', async () => {
    const client = await signedIn(service, t.db, 'erik', 'agent');
    expect((await client.api('POST', '/api/agent/callbacks/next/claim', {}, { csrf: null })).status).toBe(403);
    const wrong = await client.api('POST', '/api/agent/callbacks/next/claim', {}, { csrf: 'x'.repeat(43) });
    expect(wrong).toMatchObject({ status: 403, body: { error: 'csrf' } });
    expect((await client.api('POST', '/api/agent/callbacks/next/claim', {})).status).toBe(200);
    // Another session's token does not do either.
    const other = await signedIn(service, t.db, 'frida', 'agent');
    expect((await client.api('POST', '/api/agent/callbacks/next/claim', {}, { csrf: other.csrfToken })).status).toBe(403);
  });

  it('gets 403 when acting beyond the role', async () => {
    const handler = await signedIn(service, t.db, 'gustav', 'handler', { unit: 'Hemtjänst Norr' });
    expect((await handler.api('GET', '/api/agent/callbacks')).status).toBe(403);
    expect((await handler.api('POST', '/api/agent/callbacks/next/claim', {})).status).toBe(403);
    expect((await handler.api('GET', '/api/agent/calls')).status).toBe(403);
    const agent = await signedIn(service, t.db, 'hanna', 'agent');
    const accounts = await agent.api('GET', '/api/agent/accounts');
    expect(accounts).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect((await agent.page('/agent/accounts')).status).toBe(403);
    const admin = await signedIn(service, t.db, 'ingrid', 'admin');
    expect((await admin.api('GET', '/api/agent/callbacks')).status).toBe(200);
    expect((await admin.api('GET', '/api/agent/accounts')).status).toBe(200);
  });

  it('is signed out by logging out, and by having the account disabled', async () => {
    const client = await signedIn(service, t.db, 'johan', 'agent');
    const refused = await client.fetch('/agent/logout', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '_csrf=wrong' });
    expect(refused.status).toBe(303);
    expect((await client.api('GET', '/api/agent/me')).status).toBe(200);
    const out = await client.fetch('/agent/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: client.csrfToken }).toString(),
    });
    expect(out.headers.get('location')).toBe('/agent/login');
    expect((await client.api('GET', '/api/agent/me')).status).toBe(401);

    const other = await signedIn(service, t.db, 'karin', 'agent');
    await disableAgent(t.db, 'karin');
    expect((await other.api('GET', '/api/agent/me')).status).toBe(401);
    expect((await new AgentClient(service.url).logIn('karin')).status).toBe(401);
  });

  it('sends the workspace with headers that keep its personal data in', async () => {
    const client = await signedIn(service, t.db, 'lars', 'agent');
    const response = await client.fetch('/agent/calls');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // Development runs on plain http://localhost: no HSTS, or the browser would insist on https for localhost.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${service.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('in production', () => {
  it('marks the session cookie Secure, with the __Host- prefix, and tells browsers to use HTTPS only', async () => {
    const production = await startAgentService(t, {
      NODE_ENV: 'production',
      PUBLIC_BASE_URL: 'https://synpunkt.kommun.test',
      CHAT_TOKEN_SECRET: 'a-secret-for-the-chat-tokens-of-this-test-only',
      RESIDENT_LINK_SECRET: 'a-secret-for-the-resident-links-of-this-test-only',
    });
    try {
      await createAccount(t.db, 'maria', 'agent');
      const client = new AgentClient(production.url);
      const response = await client.logIn('maria');
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-synpunkt_agent='));
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/Path=\//);
      for (const answer of [response, await fetch(`${production.url}/healthz`), await fetch(`${production.url}/no-such-page`)]) {
        expect(answer.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      await production.close();
    }
  });
});
