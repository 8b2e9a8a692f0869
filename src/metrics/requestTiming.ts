import type { RequestHandler, Response } from 'express';
import type { Histogram } from 'prom-client';
import { OTHER_LABEL, routeLabel } from './metricLabels';

type Timer = Histogram.Internal<'method' | 'route'>;

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Where the start time waits for the answer to finish (a number on res.locals: nothing allocated per request). */
const STARTED = 'metricsStartedAt';

/**
 * Times every request into the histogram by method and route template. The label set of a route is found once and
 * kept with the route, so a request costs a clock read and an observe.
 */
export function requestTiming(histogram: Histogram<'method' | 'route'>): RequestHandler {
  const byRoute = new WeakMap<object, Map<string, Timer>>();
  const unmatched = new Map<string, Timer>();

  function timerFor(res: Response): Timer {
    const req = res.req;
    const method = METHODS.has(req.method) ? req.method : OTHER_LABEL;
    const route = req.route as { path?: unknown } | undefined;
    let timers = route ? byRoute.get(route) : unmatched;
    if (!timers) byRoute.set(route!, (timers = new Map()));
    let timer = timers.get(method);
    if (!timer) timers.set(method, (timer = histogram.labels(method, route ? routeLabel(req.baseUrl, route.path) : OTHER_LABEL)));
    return timer;
  }

  function finished(this: Response): void {
    const started: unknown = this.locals[STARTED];
    // A throw here would be outside any request: a handler that replaced res.locals goes untimed instead.
    if (typeof started === 'number') timerFor(this).observe((performance.now() - started) / 1000);
  }

  return (_req, res, next) => {
    res.locals[STARTED] = performance.now();
    res.once('finish', finished);
    next();
  };
}
