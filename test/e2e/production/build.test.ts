import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startCommand } from '../../support/serviceProcess';
import { buildInto, type Build } from '../../support/build';
import { CHAT_ROUTE } from '../../../src/channels/chat/chatRoutes';
import { AGENT_ROUTE } from '../../../src/agent/agentRoutes';

// Production runs plain Node on the build: every file the service reads by path at run time (migrations, the chat's
// and the agents' assets) must be where the compiled code looks for it.
describe('the build, run with plain Node', () => {
  let build: Build;
  let t: TestDatabase;
  beforeAll(async () => {
    build = buildInto();
    t = await createTestDatabase({ migrated: false });
  }, 180_000);
  afterAll(async () => {
    build?.remove();
    await t?.drop();
  });

  it('migrates a fresh database, answers ready and serves the chat and the agents’ assets', async () => {
    const service = await startCommand(process.execPath, [build.main], { DATABASE_URL: t.url }, { cwd: build.dir });
    try {
      expect(service.output()).toMatch(/applied migrations: 001_register/);
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });

      const page = await fetch(`${service.url}${CHAT_ROUTE.page}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(CHAT_ROUTE.pageScript);
      const script = await fetch(`${service.url}${CHAT_ROUTE.pageScript}`);
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(100);

      const agentStyle = await fetch(`${service.url}${AGENT_ROUTE.assets}/agent.css`);
      expect(agentStyle.status).toBe(200);
      expect(agentStyle.headers.get('content-type')).toMatch(/text\/css/);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });
});
