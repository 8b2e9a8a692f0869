/** Where Prometheus scrapes the service. */
export const METRICS_ROUTE = {
  metrics: '/metrics',
} as const;
