import { randomBytes } from 'node:crypto';
import type autocannon from 'autocannon';
import twilio from 'twilio';
import { CALL_ANSWERS } from './callAnswers';

/** The auth token and public address the benches start the service with, and sign every webhook for. */
export const BENCH_TOKEN = 'bench-token';
export const BENCH_PUBLIC_URL = 'http://bench.local';
const TOKEN = BENCH_TOKEN;
const PUBLIC_URL = BENCH_PUBLIC_URL;

interface CallContext {
  callSid?: string;
  from?: string;
  next?: string;
}

function form(params: Record<string, string>, url: string) {
  return {
    method: 'POST' as const,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
    },
    body: new URLSearchParams(params).toString(),
  };
}

const nextAction = (body: string) => /action="([^"]+)"/.exec(body)?.[1]?.replace(/&amp;/g, '&');

/** One caller's whole call as autocannon requests: each turn follows the action URL of the last answer. */
export function callRequests(): autocannon.Request[] {
  const start: autocannon.Request = {
    setupRequest: (req, context: CallContext) => {
      context.callSid = `CA${randomBytes(16).toString('hex')}`;
      context.from = `+4670${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      const params = { CallSid: context.callSid, From: context.from, CallStatus: 'ringing' };
      return { ...req, path: '/voice/incoming', ...form(params, `${PUBLIC_URL}/voice/incoming`) };
    },
    onResponse: (_status, body, context: CallContext) => {
      context.next = nextAction(body);
    },
  };
  const answers = CALL_ANSWERS.map<autocannon.Request>((answer) => ({
    setupRequest: (req, context: CallContext) => {
      const url = context.next ?? `${PUBLIC_URL}/voice/incoming`;
      const params = { CallSid: context.callSid!, From: context.from!, ...answer };
      return { ...req, path: url.slice(PUBLIC_URL.length), ...form(params, url) };
    },
    onResponse: (_status, body, context: CallContext) => {
      context.next = nextAction(body);
    },
  }));
  return [start, ...answers];
}
