import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/logger';

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: 'not_found', message: `Nothing is served at ${req.method} ${req.path}` });
};

/** The last resort: a clear answer to the client, the details (redacted) in the log. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    if (status >= 500) logger.error('request failed', { error: err });
    if (res.headersSent) return;
    const message =
      status === 400 ? 'The request could not be read.' : status === 413 ? 'The request is too large.' : 'Something went wrong on our side. Please try again.';
    res.status(status).json({ error: status >= 500 ? 'internal_error' : 'bad_request', message });
  };
}
