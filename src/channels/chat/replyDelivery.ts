/**
 * Where the replies to a /api/messages request go. With an app id, Azure Bot Service's requests are authenticated
 * and its serviceUrl is Microsoft's: replies are posted there, as the Bot Framework does. Without one nothing is
 * authenticated, so posting to a serviceUrl a request names would let anyone make the service call any address:
 * replies come back in the response (expectReplies). One exception, in development only: a serviceUrl on this
 * machine (loopback), which is where the Bot Framework Emulator listens, gets its replies posted the normal way.
 */
export type ReplyDelivery = 'serviceUrl' | 'response';

export function replyDeliveryFor(request: { authenticated: boolean; isProduction: boolean; serviceUrl: unknown }): ReplyDelivery {
  if (request.authenticated) return 'serviceUrl';
  if (request.isProduction) return 'response';
  return isLoopbackUrl(request.serviceUrl) ? 'serviceUrl' : 'response';
}

/** http(s) to localhost, 127.0.0.0/8 or ::1, and nothing that only looks like it (127.0.0.1.example.com, user@…). */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]') return true;
  // WHATWG URL parsing already turned 0x7f.1, 2130706433 and the like into dotted decimal.
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets !== null && octets[1] === '127' && octets.slice(2).every((o) => Number(o) <= 255);
}
