import { logIn } from '../../../src/agent/login';
import { LOGIN_LIMITS, pruneLoginThrottle } from '../../../src/agent/loginThrottle';
import { createPasswordHasher, type PasswordHasher } from '../../../src/agent/passwordHasher';
import { AGENT_PASSWORD, AgentClient, createAccount, signedIn, startAgentService, TEST_PASSWORD_COST, type AgentService } from '../../support/agentClient';
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

/** Logs in through the form from a client address, as a browser behind the load balancer would. */
const logInFrom = (address: string, username: string, password = AGENT_PASSWORD) => new AgentClient(service.url, address).logIn(username, password);

async function throttleRows(): Promise<number> {
  return (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agent_login_throttle')).rows[0]!.n;
}

describe('an attacker guessing passwords', () => {
  it('at one address, failing 20 times, cannot keep the user at another address out', async () => {
    await createAccount(t.db, 'admin1', 'admin');
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push((await logInFrom('198.51.100.7', 'admin1', `guess number ${i}`)).status);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.slice(5)).toEqual(Array(15).fill(429));
    // Even the right password is refused from the attacker's address now…
    expect((await logInFrom('198.51.100.7', 'admin1')).status).toBe(429);
    // …while the admin at the office logs in, typo and all.
    expect((await logInFrom('203.0.113.20', 'admin1', 'a typo in it')).status).toBe(401);
    expect((await logInFrom('203.0.113.20', 'admin1')).status).toBe(303);
  });

  it('from many addresses gets fewer tries per address once the username is under attack, never locking out a fresh address', async () => {
    await createAccount(t.db, 'admin2', 'admin');
    for (let i = 0; i < LOGIN_LIMITS.usernameUnderAttack; i++) expect((await logInFrom(`192.0.2.${i + 1}`, 'admin2', `guess ${i}`)).status).toBe(401);
    // Under attack: an address that failed once gets one more try, not four.
    expect((await logInFrom('192.0.2.1', 'admin2', 'guess again')).status).toBe(401);
    expect((await logInFrom('192.0.2.1', 'admin2', 'and again')).status).toBe(429);
    // An address with no failures for the username still reaches the password check.
    expect((await logInFrom('192.0.2.200', 'admin2')).status).toBe(303);
  });

  it('trying many usernames from one address locks that address, and only it', async () => {
    await createAccount(t.db, 'olle', 'agent');
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) expect((await logInFrom('198.51.100.99', `user${i}`, 'guess')).status).toBe(401);
    const locked = await logInFrom('198.51.100.99', 'olle');
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('För många misslyckade inloggningar härifrån');
    expect((await logInFrom('198.51.100.100', 'olle')).status).toBe(303);
    // An IPv6 client is counted by its /64: hopping within it gives no fresh tries.
    for (let i = 0; i < 5; i++) expect((await logInFrom(`2001:db8:1:2::${i + 1}`, 'olle', `guess ${i}`)).status).toBe(401);
    expect((await logInFrom('2001:db8:1:2:ffff::9', 'olle')).status).toBe(429);
    expect((await logInFrom('2001:db8:1:3::1', 'olle')).status).toBe(303);
  });

  it('is refused before any scrypt work once throttled, and a flood adds no rows', async () => {
    await createAccount(t.db, 'petra', 'agent');
    let checked = 0;
    const real = createPasswordHasher({ cost: TEST_PASSWORD_COST });
    const counting: PasswordHasher = { ...real, verify: (password, stored) => (checked++, real.verify(password, stored)) };
    const attempt = { username: 'petra', password: 'wrong password', address: '198.51.100.50' };
    for (let i = 0; i < 5; i++) expect(await logIn({ db: t.db, passwords: counting }, attempt)).toEqual({ ok: false, reason: 'invalid' });
    const rowsBefore = await throttleRows();
    for (let i = 0; i < 100; i++) expect(await logIn({ db: t.db, passwords: counting }, attempt)).toEqual({ ok: false, reason: 'locked' });
    expect(checked).toBe(5);
    expect(await throttleRows()).toBe(rowsBefore);
  });

  it('flooding the service is told "busy" beyond what scrypt work it takes, which counts as no failure', async () => {
    await createAccount(t.db, 'pia', 'agent');
    // One hash at a time, none waiting; a slow one (2^16) holds the only slot while the logins arrive.
    const passwords = createPasswordHasher({ cost: { N: 2 ** 16, r: 8, p: 1 }, concurrency: 1, maxWaiting: 0 });
    const busyHashing = passwords.hash('keeps the slot busy');
    const attempt = (i: number) => logIn({ db: t.db, passwords }, { username: 'pia', password: 'wrong password', address: `198.51.100.${40 + i}` });
    expect(await Promise.all([0, 1, 2].map(attempt))).toEqual(Array(3).fill({ ok: false, reason: 'busy' }));
    const counted = async () =>
      (await t.db.query<{ n: number }>("SELECT sum(attempts)::int AS n FROM agent_login_throttle WHERE username = 'pia' OR address LIKE '198.51.100.4_'")).rows[0]!.n;
    expect(await counted()).toBe(0);
    await busyHashing;
    expect(await attempt(3)).toEqual({ ok: false, reason: 'invalid' });
    expect(await counted()).toBe(3);
  }, 120_000);

  it('is counted the same by every instance of the service', async () => {
    await createAccount(t.db, 'quinn', 'agent');
    const other = await startAgentService(t);
    try {
      for (const url of [service.url, other.url, service.url, other.url, service.url]) {
        expect((await new AgentClient(url, '198.51.100.80').logIn('quinn', 'wrong password')).status).toBe(401);
      }
      expect((await new AgentClient(other.url, '198.51.100.80').logIn('quinn')).status).toBe(429);
      expect((await new AgentClient(service.url, '198.51.100.80').logIn('quinn')).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('never finds its guesses in the log', async () => {
    await createAccount(t.db, 'rut', 'agent');
    await logInFrom('198.51.100.60', 'rut', 'hemligt-gissat-lösen');
    await logInFrom('198.51.100.60', 'rut');
    const log = service.logLines.join('');
    expect(log).not.toContain('hemligt-gissat-lösen');
    expect(log).not.toContain(AGENT_PASSWORD);
  });
});

describe('old login counts', () => {
  it('are pruned, so the table does not grow for ever', async () => {
    for (let i = 0; i < 10; i++) await logInFrom(`198.51.100.${150 + i}`, `prune${i}`, 'guess');
    const rows = await throttleRows();
    await t.db.query(`UPDATE agent_login_throttle SET window_start = now() - interval '16 minutes' WHERE username LIKE 'prune%' OR address LIKE '198.51.100.15_'`);
    expect(await pruneLoginThrottle(t.db)).toBe(30);
    expect(await throttleRows()).toBe(rows - 30);
    expect((await t.db.query("SELECT 1 FROM agent_login_throttle WHERE username LIKE 'prune%'")).rows).toEqual([]);
  });
});

describe('the accounts page', () => {
  it('shows the admin that an account is locked, and from how many addresses', async () => {
    await createAccount(t.db, 'sara', 'agent');
    for (let i = 0; i < 6; i++) await logInFrom('198.51.100.70', 'sara', `guess ${i}`);
    const admin = await signedIn(service, t.db, 'admin3', 'admin');
    const list = await admin.page('/agent/accounts');
    expect(list.html).toMatch(/<td>Spärrat från en adress till \d\d:\d\d efter 6 misslyckade inloggningar<\/td>/);
    const one = await admin.page('/agent/accounts/sara');
    expect(one.status).toBe(200);
    expect(one.html).toContain('Lås upp sara');
  });
});
