import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseUnavailableError } from '../../../src/db/database';
import { migrate, pendingMigrations } from '../../../src/db/migrations';
import { openPglite } from '../../../src/db/pglite';
import { findCaseByReference } from '../../../src/register/findCase';
import { registerCase } from '../../../src/intake/registration';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { deadlinesNow } from '../../support/calendar';

// The embedded database the service uses without DATABASE_URL: the same migrations and queries must work on it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synpunkt-pglite-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the embedded PGlite database', () => {
  it('runs the register, keeps it across a restart, and refuses a second process on the same folder', async () => {
    // Set up from scratch (initdb and every migration), as when the install has no template.
    const db = await openPglite(dir, { template: null });
    let reference: string;
    try {
      expect(await migrate(db)).not.toEqual([]);
      const { case: c, callback } = await registerCase(db, phoneComplaint(), 'resident:phone', deadlinesNow());
      reference = c.reference;
      expect(callback?.status).toBe('pending');
      await registerCase(db, anonymousPraise(), 'resident:chat', deadlinesNow());
      const counted = await db.query<{ n: number }>('SELECT count(*) AS n FROM cases');
      expect(counted.rows[0]!.n).toBe(2);

      // A second process (here: a second open) on the same folder must be refused, not corrupt it.
      fs.writeFileSync(path.join(dir, 'synpunkt.lock'), String(process.ppid));
      await expect(openPglite(dir)).rejects.toThrow(DatabaseUnavailableError);
      await expect(openPglite(dir)).rejects.toThrow(/in use by another Synpunkt process/);
      fs.writeFileSync(path.join(dir, 'synpunkt.lock'), String(process.pid));
    } finally {
      await db.close();
    }

    const reopened = await openPglite(dir);
    try {
      expect(await migrate(reopened)).toEqual([]);
      expect(await pendingMigrations(reopened)).toEqual([]);
      const found = await findCaseByReference(reopened, reference);
      expect(found.events.map((e) => e.action)).toEqual(['registered', 'callback_requested']);
    } finally {
      await reopened.close();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    fs.writeFileSync(path.join(dir, 'synpunkt.lock'), '999999');
    const db = await openPglite(dir);
    await db.close();
    expect(fs.existsSync(path.join(dir, 'synpunkt.lock'))).toBe(false);
  });
});
