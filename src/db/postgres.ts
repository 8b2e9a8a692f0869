import { Pool, types, type PoolClient } from 'pg';
import type { Database, Queryable, QueryResult } from './database';
import { listenWithPostgres } from './postgresListener';

// int8 (count(*), bigserial) as a JS number, as PGlite returns it; our counts and ids stay far below 2^53.
const INT8_OID = 20;
const typeOverrides = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser,
};

function wrap(client: Pool | PoolClient, statementName: (text: string) => string | undefined): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await client.query({ text, values: params as unknown[], name: statementName(text) });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    async exec(script: string): Promise<void> {
      await client.query(script);
    },
  };
}

/**
 * Every statement the service sends is one of a fixed set of texts, so each gets a name and PostgreSQL parses it
 * once per connection instead of on every call; the cap keeps a connection's prepared statements bounded should
 * some text ever be built at run time (past it, statements go unnamed as before).
 */
const MAX_NAMED_STATEMENTS = 500;

function statementNamer(): (text: string) => string | undefined {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (!name && names.size < MAX_NAMED_STATEMENTS) names.set(text, (name = `s${names.size + 1}`));
    return name;
  };
}

export function openPostgres(connectionString: string, options: { max?: number } = {}): Database {
  // A database that does not answer must fail a request in seconds (and the caller hear the apology within
  // Twilio's 15 s), not leave it waiting on a connection for ever.
  const pool = new Pool({
    connectionString,
    types: typeOverrides,
    max: options.max ?? 10,
    application_name: 'synpunkt',
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  });
  // An idle client that loses its server must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  const statementName = statementNamer();
  const direct = wrap(pool, statementName);
  return {
    kind: 'postgres',
    query: direct.query,
    exec: direct.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, statementName));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    listen: (channel, onNotify) => listenWithPostgres(connectionString, channel, onNotify),
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}
