import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { readyzUntil } from '../support/databaseOutage';
import { startServiceProcess } from '../support/serviceProcess';

describe('starting the service as a newcomer does', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('runs on the embedded database with no server, ready to take cases', async () => {
    const service = await startServiceProcess({ DATA_DIR: dataDir });
    try {
      expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
      const missing = await fetch(`${service.url}/nothing-here`);
      expect(missing.status).toBe(404);

      // A second process on the same data folder is refused with a line that says what to do.
      await expect(startServiceProcess({ DATA_DIR: dataDir })).rejects.toMatchObject({
        code: 1,
        output: expect.stringMatching(/in use by another Synpunkt process .* set DATA_DIR to another folder/),
      });
    } finally {
      expect(await service.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(dataDir, 'synpunkt.lock'))).toBe(false);
  });

  it('stops at once on a bad setting, naming it', async () => {
    await expect(startServiceProcess({ DATA_DIR: dataDir, PORT: 'abc' })).rejects.toMatchObject({
      code: 1,
      output: expect.stringContaining('Synpunkt cannot start: PORT must be a whole number from 0 to 65535 (got "abc")'),
    });
  });
});

describe('starting the service on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  afterAll(() => t.drop());

  it('migrates and answers ready; not ready while a migration is missing', async () => {
    const service = await startServiceProcess({ DATABASE_URL: t.url });
    try {
      const ready = await fetch(`${service.url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });
      await t.db.query("DELETE FROM schema_migrations WHERE id = '001_register'");
      // Readiness asks the database at most every few seconds: the answer changes at the next check.
      const notReady = await readyzUntil(service.url, 503);
      expect(notReady).toEqual({ status: 503, body: { status: 'not ready', reason: 'migrations not applied: 001_register' } });
      expect(service.output()).toMatch(/applied migrations: 001_register/);
    } finally {
      await service.stop();
    }
  });
});
