/** Every route path the service serves, named once: routers and renderers use these, never string literals. */
export const ROUTE = {
  healthz: '/healthz',
  readyz: '/readyz',
} as const;
