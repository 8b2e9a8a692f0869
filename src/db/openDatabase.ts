import type { Config } from '../config/config';
import type { Database } from './database';
import type * as Pglite from './pglite';
import type * as Postgres from './postgres';

/**
 * PostgreSQL when DATABASE_URL is set, the embedded PGlite in DATA_DIR otherwise. Each is loaded only when chosen
 * (on purpose, with require): a service on one never reads the other's library at start.
 */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'databasePoolSize'>): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = require('./postgres') as typeof Postgres;
    return Promise.resolve(openPostgres(config.databaseUrl, { max: config.databasePoolSize }));
  }
  const { openPglite } = require('./pglite') as typeof Pglite;
  return openPglite(config.dataDir);
}
