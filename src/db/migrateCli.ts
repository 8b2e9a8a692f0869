import { ConfigError, loadConfig } from '../config/config';
import { migrate } from './migrations';
import { openDatabase } from './openDatabase';

/** `npm run migrate`: applies what db/ holds and the database has not, then exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Migration failed: ${err instanceof ConfigError ? err.message : (err as Error).message}\n`);
  process.exit(1);
});
