/**
 * The database port: the only way the service talks to PostgreSQL. Two implementations serve it,
 * pg.Pool (DATABASE_URL) and embedded PGlite (a data folder); the same SQL runs on both.
 */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface Queryable {
  /** One parameterised statement. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** A script of several statements without parameters (migrations only). */
  exec(script: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Hears NOTIFY on a channel, from any instance, until the returned stop is called (see notifications.ts). */
  listen(channel: string, onNotify: NotifyHandler): Promise<StopListening>;
  /** How busy the connections are now (the metrics read it on each scrape). */
  poolUse(): PoolUse;
  close(): Promise<void>;
}

/** PostgreSQL's pool of connections; for PGlite its one connection and the statements queued for it. */
export interface PoolUse {
  total: number;
  idle: number;
  /** Statements (or transactions) waiting for a connection. */
  waiting: number;
}

/** A notification's payload; null after the connection was lost and made again, when some may have been missed. */
export type NotifyHandler = (payload: string | null) => void;
export type StopListening = () => Promise<void>;

/** The database could not be reached or refused to open; the message says what to do. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}
