import type { Queryable } from '../../src/db/database';

/**
 * What a run left behind in the tables every turn writes: dead row versions, how many updates were HOT (no new
 * index entries), and each index's size. Read after the service has stopped, so every backend's statistics are
 * flushed (a backend sends them on exit).
 */
const TABLES = ['conversation_sessions', 'chat_conversations'];

export async function tableHealthReport(db: Queryable): Promise<string> {
  const tables = await db.query<{ relname: string; n_live_tup: number; n_dead_tup: number; n_tup_upd: number; n_tup_hot_upd: number; autovacuum_count: number; size: number }>(
    `SELECT relname, n_live_tup, n_dead_tup, n_tup_upd, n_tup_hot_upd, autovacuum_count, pg_table_size(relid) AS size
     FROM pg_stat_user_tables WHERE relname = ANY($1::text[]) ORDER BY relname`,
    [TABLES],
  );
  const indexes = await db.query<{ relname: string; indexrelname: string; size: number }>(
    `SELECT relname, indexrelname, pg_relation_size(indexrelid) AS size
     FROM pg_stat_user_indexes WHERE relname = ANY($1::text[]) ORDER BY relname, indexrelname`,
    [TABLES],
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  return [
    'table                   live rows  dead rows    updates  HOT updates  autovacuums  heap size',
    ...tables.rows.map((r) =>
      `${r.relname.padEnd(22)} ${String(r.n_live_tup).padStart(10)} ${String(r.n_dead_tup).padStart(10)} ${String(r.n_tup_upd).padStart(10)} ${String(r.n_tup_hot_upd).padStart(12)} ${String(r.autovacuum_count).padStart(12)} ${kb(r.size).padStart(10)}`),
    'index                                                 size',
    ...indexes.rows.map((r) => `${r.indexrelname.padEnd(50)} ${kb(r.size).padStart(8)}`),
  ].join('\n');
}
