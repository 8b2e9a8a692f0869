import { Router } from 'express';
import type { Registry } from 'prom-client';
import { metricsAccess } from './metricsAccess';
import { METRICS_ROUTE } from './metricsRoutes';

/** GET /metrics in Prometheus's text format, to this machine or to whoever has METRICS_TOKEN. */
export function metricsRouter(registry: Registry, token: string | null): Router {
  const router = Router();
  router.get(METRICS_ROUTE.metrics, async (req, res) => {
    const access = metricsAccess({ socketAddress: req.socket.remoteAddress, clientAddress: req.ip, authorization: req.get('authorization') }, token);
    res.setHeader('Cache-Control', 'no-store');
    if (access === 'needsToken') {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).type('text/plain').send('The metrics need Authorization: Bearer <METRICS_TOKEN>.\n');
      return;
    }
    if (access === 'forbidden') {
      res.status(403).type('text/plain').send('The metrics are served to this machine only; set METRICS_TOKEN to let Prometheus elsewhere read them.\n');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
