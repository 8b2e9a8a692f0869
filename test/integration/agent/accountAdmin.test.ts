import { disableAgent } from '../../../src/agent/agentStore';
import { AGENT_PASSWORD, AgentClient, createAccount, signedIn, startAgentService, type AgentService } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const NEW_PASSWORD = 'ett helt nytt långt lösenord';

let t: TestDatabase;
let service: AgentService;
let admin: AgentClient;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
  admin = await signedIn(service, t.db, 'admina', 'admin');
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

const logInFrom = (address: string, username: string, password = AGENT_PASSWORD) => new AgentClient(service.url, address).logIn(username, password);

/** The account's page, and the API its form named `label` posts to (the page's script sends it with the CSRF token). */
async function formOnAccountPage(username: string, label: string): Promise<{ html: string; api: string }> {
  const page = await admin.page(`/agent/accounts/${username}`);
  expect(page.status).toBe(200);
  const forms = [...page.html.matchAll(/<form class="api-form" method="post" action="[^"]*" data-api="([^"]+)"[\s\S]*?<\/form>/g)];
  const form = forms.find((f) => f[0].includes(`<button type="submit">${label}</button>`));
  if (!form) throw new Error(`no form "${label}" on the page of ${username}`);
  return { html: page.html, api: form[1]! };
}

async function events(username: string): Promise<{ action: string; actor: string }[]> {
  const result = await t.db.query<{ action: string; actor: string }>(
    'SELECT e.action, e.actor FROM agent_account_events e JOIN agents a ON a.id = e.agent_id WHERE a.username = $1 ORDER BY e.id',
    [username],
  );
  return result.rows;
}

describe('an admin on the accounts pages', () => {
  it('unlocks an account locked by failed logins, at once and from every address; it is recorded', async () => {
    await createAccount(t.db, 'bodil', 'agent');
    for (let i = 0; i < 6; i++) await logInFrom('198.51.100.1', 'bodil', `fel ${i}`);
    expect((await logInFrom('198.51.100.1', 'bodil')).status).toBe(429);
    const { html, api } = await formOnAccountPage('bodil', 'Lås upp bodil');
    expect(html).toContain('Spärrat från en adress');
    expect(api).toBe('/api/agent/accounts/bodil/unlock');
    expect((await admin.api('POST', api, {}, { csrf: null })).status).toBe(403);
    expect(await admin.api('POST', api, {})).toMatchObject({ status: 200, body: { account: { username: 'bodil' } } });
    expect((await logInFrom('198.51.100.1', 'bodil')).status).toBe(303);
    expect(await events('bodil')).toEqual([{ action: 'unlocked', actor: 'agent:admina' }]);
    expect((await admin.page('/agent/accounts/bodil')).html).toMatch(/: admina låste upp kontot<\/li>/);
  });

  it('gives an account a new password: its sessions end, the old password stops working, and it is recorded', async () => {
    const user = await signedIn(service, t.db, 'cilla', 'agent');
    const { api } = await formOnAccountPage('cilla', 'Spara nytt lösenord');
    const tooShort = await admin.api('POST', api, { password: 'kort' });
    expect(tooShort).toMatchObject({ status: 400, body: { message: expect.stringContaining('at least 12 characters') } });
    expect((await user.api('GET', '/api/agent/me')).status).toBe(200);

    expect((await admin.api('POST', api, { password: NEW_PASSWORD })).status).toBe(200);
    expect((await user.api('GET', '/api/agent/me')).status).toBe(401);
    expect((await new AgentClient(service.url).logIn('cilla')).status).toBe(401);
    expect((await new AgentClient(service.url).logIn('cilla', NEW_PASSWORD)).status).toBe(303);
    expect(await events('cilla')).toEqual([{ action: 'password_reset', actor: 'agent:admina' }]);
  });

  it('enables a disabled account again; it is recorded', async () => {
    await createAccount(t.db, 'dagny', 'agent');
    await disableAgent(t.db, 'dagny');
    expect((await new AgentClient(service.url).logIn('dagny')).status).toBe(401);
    const { html, api } = await formOnAccountPage('dagny', 'Aktivera dagny');
    expect(html).toContain('<dd>Avstängt</dd>');
    expect((await admin.api('POST', api, {})).status).toBe(200);
    expect((await new AgentClient(service.url).logIn('dagny')).status).toBe(303);
    expect((await admin.page('/agent/accounts')).html).toMatch(/>dagny<\/a><\/td><td>Kundtjänst<\/td><td><\/td><td>Aktivt, en misslyckad inloggning senaste kvarten<\/td>/);
    expect(await events('dagny')).toEqual([{ action: 'enabled', actor: 'agent:admina' }]);
  });

  it('records creating and disabling from the pages too', async () => {
    expect((await admin.api('POST', '/api/agent/accounts', { username: 'ebba', role: 'agent', password: AGENT_PASSWORD })).status).toBe(201);
    expect((await admin.api('POST', '/api/agent/accounts/ebba/disable', {})).status).toBe(200);
    expect(await events('ebba')).toEqual([
      { action: 'created', actor: 'agent:admina' },
      { action: 'disabled', actor: 'agent:admina' },
    ]);
  });

  it('is the only one who may: others get 403, and an account that is not there is said to be so', async () => {
    const agent = await signedIn(service, t.db, 'frans', 'agent');
    for (const path of ['/api/agent/accounts/admina/unlock', '/api/agent/accounts/admina/enable']) expect((await agent.api('POST', path, {})).status).toBe(403);
    expect((await agent.api('POST', '/api/agent/accounts/admina/password', { password: NEW_PASSWORD })).status).toBe(403);
    expect((await agent.page('/agent/accounts/admina')).status).toBe(403);
    expect((await admin.api('POST', '/api/agent/accounts/nobody/unlock', {})).status).toBe(400);
    expect((await admin.page('/agent/accounts/nobody')).status).toBe(404);
  });
});
