import { createAgent, findCredentials } from '../../../src/agent/agentStore';
import { createPasswordHasher } from '../../../src/agent/passwordHasher';
import { AGENT_PASSWORD, AgentClient, createAccount, startAgentService } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const storedHash = async (username: string) => (await findCredentials(t.db, username))!.passwordHash;

describe('a password hash with older parameters', () => {
  it('is redone at N=2^17, the default, at the next successful login (and still opens the account)', async () => {
    // The cost this service used before: N=2^14.
    await createAgent(t.db, { username: 'ulla', role: 'agent', unitId: null, phone: null, password: AGENT_PASSWORD }, createPasswordHasher({ cost: { N: 2 ** 14, r: 8, p: 1 } }));
    expect(await storedHash('ulla')).toMatch(/^scrypt\$16384\$8\$1\$/);
    // The service at its own default cost: no test cost injected.
    const service = await startAgentService(t, {}, { passwordCost: undefined });
    try {
      expect((await new AgentClient(service.url).logIn('ulla', 'not the password')).status).toBe(401);
      expect(await storedHash('ulla')).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect((await new AgentClient(service.url).logIn('ulla')).status).toBe(303);
      const rehashed = await storedHash('ulla');
      expect(rehashed).toMatch(/^scrypt\$131072\$8\$1\$/);
      expect((await new AgentClient(service.url).logIn('ulla')).status).toBe(303);
      expect(await storedHash('ulla')).toBe(rehashed);
    } finally {
      await service.close();
    }
  }, 120_000);

  it('is left alone when it has the current parameters', async () => {
    const service = await startAgentService(t);
    try {
      await createAccount(t.db, 'vera', 'agent');
      const before = await storedHash('vera');
      expect((await new AgentClient(service.url).logIn('vera')).status).toBe(303);
      expect(await storedHash('vera')).toBe(before);
    } finally {
      await service.close();
    }
  });
});
