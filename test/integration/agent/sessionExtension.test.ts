import { signedIn, startAgentService, type AgentService } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/** "Förläng" in the warning before the login ends (WCAG 2.2.1): POST /api/agent/session/extension. */
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

const EXTENSION = '/api/agent/session/extension';

/** Seconds the account's session has left, as the database counts them. */
async function secondsLeft(username: string): Promise<number[]> {
  const result = await t.db.query<{ left: number }>(
    `SELECT extract(epoch FROM s.expires_at - now())::integer AS "left" FROM agent_sessions s JOIN agents a ON a.id = s.agent_id WHERE a.username = $1`,
    [username],
  );
  return result.rows.map((r) => r.left);
}

describe('extending the login', () => {
  it('gives a session near its end ten hours from now, and renews the cookie', async () => {
    const client = await signedIn(service, t.db, 'kim', 'agent');
    await t.db.query(`UPDATE agent_sessions SET expires_at = now() + interval '3 minutes'`);
    const answer = await client.api<{ secondsLeft: number; expiresAt: string }>('POST', EXTENSION, {});
    expect(answer.status).toBe(200);
    expect(answer.body.secondsLeft).toBeGreaterThan(10 * 3600 - 60);
    const [left] = await secondsLeft('kim');
    expect(left).toBeGreaterThan(10 * 3600 - 60);
    expect(answer.headers.getSetCookie().join(';')).toMatch(/synpunkt_agent=[^;]+;.*Max-Age=36000/i);
    // The page knows the time left: its warning is scheduled from it.
    expect((await client.page('/agent/callbacks')).html).toMatch(/id="session-timeout"[^>]*data-seconds-left="(3599\d|3600\d)"/s);
  });

  it('refuses without the page’s CSRF token, and changes nothing', async () => {
    const client = await signedIn(service, t.db, 'lo', 'agent');
    await t.db.query(`UPDATE agent_sessions s SET expires_at = now() + interval '3 minutes' FROM agents a WHERE a.id = s.agent_id AND a.username = 'lo'`);
    expect((await client.api('POST', EXTENSION, {}, { csrf: null })).status).toBe(403);
    expect((await client.api('POST', EXTENSION, {}, { csrf: 'x'.repeat(43) })).status).toBe(403);
    const [left] = await secondsLeft('lo');
    expect(left).toBeLessThanOrEqual(180);
  });

  it('cannot bring back a session that has ended: 401, log in again', async () => {
    const client = await signedIn(service, t.db, 'mo', 'agent');
    await t.db.query(`UPDATE agent_sessions s SET created_at = now() - interval '10 hours', expires_at = now() - interval '1 second' FROM agents a WHERE a.id = s.agent_id AND a.username = 'mo'`);
    const answer = await client.api('POST', EXTENSION, {});
    expect(answer).toMatchObject({ status: 401, body: { error: 'not_signed_in' } });
    expect(await secondsLeft('mo')).toEqual([expect.any(Number)]);
    expect((await secondsLeft('mo'))[0]).toBeLessThanOrEqual(0);
  });
});
