import { createHash, timingSafeEqual } from 'node:crypto';

/** Who may read /metrics: `allowed`, or why not (401: a token would open it; 403: nothing from there can). */
export type MetricsAccess = 'allowed' | 'needsToken' | 'forbidden';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address);
}

/**
 * This machine may read the metrics: the connection comes from loopback and so does the client behind it, as the
 * trusted proxies tell it (a request nginx forwards from the internet arrives on loopback, from a client that is
 * not). Anyone else needs the token, when one is set.
 */
export function metricsAccess(request: { socketAddress: string | undefined; clientAddress: string | undefined; authorization: string | undefined }, token: string | null): MetricsAccess {
  if (isLoopback(request.socketAddress) && isLoopback(request.clientAddress)) return 'allowed';
  if (!token) return 'forbidden';
  const given = /^Bearer (\S+)$/i.exec(request.authorization ?? '')?.[1];
  return given !== undefined && sameSecret(given, token) ? 'allowed' : 'needsToken';
}

/** Compared as digests, in constant time: neither the token nor its length leaks through the answer's timing. */
function sameSecret(given: string, token: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}
