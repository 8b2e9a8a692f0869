import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logging } from '../logging/logger';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Gives every request an id (a proxy's X-Request-Id when it is sane), echoed back and carried by every log line. */
export function requestIdMiddleware(logging: Logging): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    logging.withRequestId(id, () => {
      const started = process.hrtime.bigint();
      // Timing every request costs; only when someone reads the http level.
      if (logging.logger.isLevelEnabled('http')) res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // The path only: query strings and bodies may hold personal data.
        logging.logger.http('request', { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
      });
      next();
    });
  };
}
