import { loadConfig } from '../config/config';
import type { Database } from './database';
import { migrate } from './migrations';
import { openDatabase } from './openDatabase';

/** For a terminal command (`npm run agents`, `npm run units`): the configured database, migrated, closed after fn. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}
