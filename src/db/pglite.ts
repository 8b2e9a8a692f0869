import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database';
import { lockDataDir } from './dataDirLock';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(text, params as unknown[]);
      // PGlite reports affectedRows 0 for a SELECT; pg's rowCount counts the rows returned.
      return { rows: result.rows, rowCount: result.affectedRows || result.rows.length };
    },
    async exec(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/** Embedded PostgreSQL in a data folder (or in memory when dir is null): for trying the service, and small single instances. */
export async function openPglite(dir: string | null): Promise<Database> {
  const unlock = dir ? lockDataDir(dir) : () => undefined;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    // pg_trgm (name search, db/019) is a contrib extension: PGlite loads it only when named here.
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const db = (await PGlite.create({ ...(dir ? { dataDir: dir } : {}), extensions: { pg_trgm } })) as unknown as PGlite;
    const direct = wrap(db);
    // One connection: what is asked of it beyond the one statement it runs is waiting (the pool metrics).
    let asked = 0;
    const counted = <T>(work: () => Promise<T>): Promise<T> => {
      asked++;
      return work().finally(() => asked--);
    };
    return {
      kind: 'pglite',
      query: (text, params) => counted(() => direct.query(text, params)),
      exec: direct.exec,
      // Inside a PGlite transaction only tx may be used: db.query would wait for the transaction and deadlock.
      transaction: (fn) => counted(() => db.transaction((tx) => fn(wrap(tx)))),
      poolUse: () => ({ total: 1, idle: asked === 0 ? 1 : 0, waiting: Math.max(0, asked - 1) }),
      // One connection in this process: a notification reaches it directly and is never missed.
      async listen(channel, onNotify) {
        const unsubscribe = await db.listen(channel, (payload) => onNotify(payload));
        return () => unsubscribe();
      },
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}
