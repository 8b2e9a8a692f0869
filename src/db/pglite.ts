import fs from 'node:fs';
import path from 'node:path';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database';
import { lockDataDir } from './dataDirLock';
import { defaultTemplateFiles, readTemplate, type TemplateFiles } from './pgliteTemplate';

/**
 * PGlite's own start parameters, and shared_buffers at 32 MB instead of PostgreSQL's 128 MB: the embedded database
 * is for trying the service and small instances, its files stay in the OS's page cache anyway, and 128 MB of
 * buffers are cleared at every start (about 0.4 s) and held by the process for good.
 */
const SHARED_BUFFERS = ['-c', 'shared_buffers=32MB'];

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

/** A folder PostgreSQL has not been set up in yet (or memory): where the template can stand in for initdb. */
function isNew(dir: string | null): boolean {
  return dir === null || !fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/** PGlite itself, started in the folder (or in memory): a new one from the template when one is given and fits. */
export async function startPglite(dir: string | null, templateFiles: TemplateFiles | null): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  // pg_trgm (name search, db/019) is a contrib extension: PGlite loads it only when named here.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const template = templateFiles && isNew(dir) ? readTemplate(templateFiles) : null;
  return (await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...SHARED_BUFFERS],
  })) as unknown as PGlite;
}

/** Embedded PostgreSQL in a data folder (or in memory when dir is null): for trying the service, and small single instances. */
export async function openPglite(dir: string | null, options: { template?: TemplateFiles | null } = {}): Promise<Database> {
  const unlock = dir ? lockDataDir(dir) : () => undefined;
  try {
    return pgliteDatabase(await startPglite(dir, options.template === undefined ? defaultTemplateFiles() : options.template), unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}

/** The Database port over a started PGlite; `onClose` runs once it has closed (the data folder's lock). */
export function pgliteDatabase(db: PGlite, onClose: () => void = () => undefined): Database {
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
      onClose();
    },
  };
}
