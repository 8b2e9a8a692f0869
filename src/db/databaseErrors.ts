/**
 * Which failures mean "the database cannot take writes just now" (unreachable, restarting, read-only, full)
 * rather than "this statement was wrong". Callers answer the first with 503 and Retry-After, so clients send the
 * same thing again later; both pg and PGlite errors are read here, and only here.
 */

/**
 * SQLSTATEs of a database that is down, read-only or out of room, not of a bad statement: connection exceptions
 * (08), insufficient resources such as a full disk or too many connections (53), shutdown and restart (57P01–04),
 * system and I/O errors (58), and a read-only transaction (25006: a standby, default_transaction_read_only).
 */
const UNAVAILABLE_PREFIXES = ['08', '53', '57P', '58', '25006'];

/** Errors of the network or the driver itself, before or without any answer from PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const DRIVER_MESSAGES = [
  /^Connection terminated/i, // pg: the server or the network closed the connection
  /timeout exceeded when trying to connect/i, // pg.Pool: connectionTimeoutMillis passed
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  /PGlite is closed/i,
];

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, message, cause } = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => m.test(message))) return true;
  // An AggregateError (connecting to each of several addresses) or a wrapped error: look inside.
  const inner = (err as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.some(isDatabaseUnavailable)) return true;
  return cause !== undefined && cause !== err && isDatabaseUnavailable(cause);
}

/** SQLSTATE 23505: a unique index refused a second row. */
const UNIQUE_VIOLATION = '23505';

/**
 * A unique index refused the row: with constraints named, only when it was one of them (the race a caller expects,
 * not some other bug). The same on pg and PGlite.
 */
export function isUniqueViolation(err: unknown, constraints?: readonly string[]): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, constraint } = err as { code?: unknown; constraint?: unknown };
  if (code !== UNIQUE_VIOLATION) return false;
  return constraints === undefined || (typeof constraint === 'string' && constraints.includes(constraint));
}

/** Seconds a client should wait before sending the same request again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;
