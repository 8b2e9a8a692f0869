import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/databaseErrors';
import type { Logger } from '../logging/logger';

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: 'not_found', message: `Nothing is served at ${req.method} ${req.path}` });
};

/** The last resort: a clear answer to the client, the details (redacted) in the log. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (isDatabaseUnavailable(err)) {
      // Nothing was saved; the same request later will do. Not the client's fault, and not a bug here.
      logger.warn('request failed: the database is unreachable or read-only', { error: err });
      if (res.headersSent) return;
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ error: 'unavailable', message: 'We cannot save anything just now. Please try again in a moment.' });
      return;
    }
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    if (status >= 500) logger.error('request failed', { error: err });
    if (res.headersSent) return;
    const message =
      status === 400 ? 'The request could not be read.' : status === 413 ? 'The request is too large.' : 'Something went wrong on our side. Please try again.';
    res.status(status).json({ error: status >= 500 ? 'internal_error' : 'bad_request', message });
  };
}
