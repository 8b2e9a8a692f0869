import express, { type Express } from 'express';
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
}

export function createApp({ db, logging, routers = [], trustProxy = ['loopback'] }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(requestIdMiddleware(logging));
  app.use(healthRouter(db, logging.logger));
  for (const router of routers) app.use(router);
  app.use(notFound);
  app.use(errorHandler(logging.logger));
  return app;
}
