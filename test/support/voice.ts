import { randomBytes } from 'node:crypto';
import { DOMParser, type Element } from '@xmldom/xmldom';
import twilio from 'twilio';
import type { RunningService } from '../../src/service';
import { startInProcessService, type InProcessService } from './inProcessService';

export const TEST_TOKEN = 'test-auth-token-for-signatures';
/** Twilio signs the public address; the tests reach the service on loopback, as behind a proxy. */
export const PUBLIC_URL = 'https://synpunkt.kommun.test';
/** Wednesday 25 November 2026, 10:00 in Stockholm: customer service is open. */
export const OPEN = new Date('2026-11-25T09:00:00Z');
/** Friday 25 December 2026 (juldagen), 10:00 in Stockholm: a weekday, but a public holiday. */
export const CHRISTMAS_DAY = new Date('2026-12-25T09:00:00Z');
/** Saturday 28 November 2026, 10:00 in Stockholm: closed. */
export const CLOSED = new Date('2026-11-28T09:00:00Z');

export type VoiceService = InProcessService;

export function startVoiceService(
  databaseUrl: string,
  now = OPEN,
  env: Record<string, string> = {},
  options: Parameters<typeof startInProcessService>[2] = {},
): Promise<VoiceService> {
  return startInProcessService({ DATABASE_URL: databaseUrl, TWILIO_AUTH_TOKEN: TEST_TOKEN, PUBLIC_BASE_URL: PUBLIC_URL, ...env }, now, options);
}

export const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;

/** Posts form fields to a voice route as Twilio would, signed for the public URL. */
export async function twilioPost(
  service: RunningService,
  pathAndQuery: string,
  params: Record<string, string>,
  signature: string | null = twilio.getExpectedTwilioSignature(TEST_TOKEN, PUBLIC_URL + pathAndQuery, params),
): Promise<{ status: number; body: string }> {
  const response = await fetch(service.url + pathAndQuery, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'X-Twilio-Signature': signature }),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: await response.text() };
}

/** Follows a Gather or Record action URL (absolute, public) to its path and query. */
export const pathOf = (url: string) => url.slice(PUBLIC_URL.length);

export function twimlOf(body: string): Element {
  const root = new DOMParser().parseFromString(body, 'text/xml').documentElement;
  if (!root || root.nodeName !== 'Response') throw new Error(`not TwiML: ${body}`);
  return root;
}

export function children(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (!name || n.nodeName === name)) out.push(n as Element);
  return out;
}

/** Everything said in a TwiML response, in order, Gathers included. */
export function spokenText(root: Element): string {
  return children(root)
    .flatMap((el) => (el.nodeName === 'Gather' ? children(el, 'Say') : el.nodeName === 'Say' ? [el] : []))
    .map((s) => s.textContent ?? '')
    .join(' ');
}
