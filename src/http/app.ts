import express, { type Express, type RequestHandler } from 'express';
import type { Database } from '../db/database';
import type { Logging } from '../logging/logger';
import { errorHandler, notFound } from './errors';
import { healthRouter } from './health';
import { requestIdMiddleware } from './requestId';

export interface AppParts {
  db: Database;
  logging: Logging;
  /** Routers of the channels and the agent workspace, mounted in order. */
  routers?: express.Router[];
  /** The proxies to believe about the client's address: rate limits count residents, not the load balancer. */
  trustProxy?: number | string[];
  /** Strict-Transport-Security on every answer: production, which is served over HTTPS only. */
  hsts?: boolean;
  /** Times every request for the metrics (src/metrics/requestTiming.ts); first, so it sees the whole answer. */
  requestTiming?: RequestHandler;
}

export function createApp({ db, logging, routers = [], trustProxy = ['loopback'], hsts = false, requestTiming }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  if (requestTiming) app.use(requestTiming);
  if (hsts) {
    app.use((_req, res, next) => {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
      next();
    });
  }
  app.use(requestIdMiddleware(logging));
  app.use(healthRouter(db, logging.logger));
  for (const router of routers) app.use(router);
  app.use(notFound);
  app.use(errorHandler(logging.logger));
  return app;
}
