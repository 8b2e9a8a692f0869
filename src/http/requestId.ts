import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logging } from '../logging/logger';
import { loggablePath, redactText } from '../logging/redact';
import { ROUTE } from './routes';

/** Health probes: logged only at debug. */
const PROBES: ReadonlySet<string> = new Set([ROUTE.healthz, ROUTE.readyz]);

/** A proxy's own request id is kept beside ours only in this shape: a UUID names no one… */
const CLIENT_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** …and only when redaction finds nothing in it either (19650312-4417-… is a UUID's shape too). */
function clientRequestIdOf(header: string | undefined): string | null {
  return header && CLIENT_REQUEST_ID.test(header) && redactText(header) === header ? header : null;
}

/**
 * Gives every request an id of the service's own, echoed back and carried by every log line. A client's
 * X-Request-Id is never used as it: it can carry anything, a personnummer too. A safe one is logged beside ours.
 */
export function requestIdMiddleware(logging: Logging): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    res.setHeader('X-Request-Id', id);
    logging.withRequestId(id, () => {
      const started = process.hrtime.bigint();
      // One line per request at info; a load balancer's probes (every few seconds, from several places) at debug,
      // or they would bury the requests people make. Timing costs, so only when the level is read.
      const level = PROBES.has(req.path) ? 'debug' : 'info';
      if (logging.logger.isLevelEnabled(level)) res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const clientRequestId = clientRequestIdOf(req.get('x-request-id'));
        // The whole path (not the part a router saw), decoded and redacted; never the query or the body.
        logging.logger.log(level, 'request', {
          method: req.method,
          path: loggablePath(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ...(clientRequestId ? { clientRequestId } : {}),
        });
      });
      next();
    });
  };
}
