import http from 'node:http';
import twilio from 'twilio';
import { PUBLIC_URL, TEST_TOKEN } from './voice';

/** A signed Twilio webhook whose body is sent only on finish(): a request in flight for as long as the test wants. */
export function heldTwilioPost(port: number, path: string, params: Record<string, string>) {
  const body = new URLSearchParams(params).toString();
  const request = http.request({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body),
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(TEST_TOKEN, PUBLIC_URL + path, params),
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.once('error', reject);
    });
    request.once('error', reject);
  });
  request.write(body.slice(0, 5));
  // The server sees the request once its headers arrive; give a loaded machine a moment to read them.
  const started = new Promise<void>((resolve) => request.once('socket', (s) => s.once('connect', () => setTimeout(resolve, 1000))));
  return {
    started,
    /** The answer, or the error when the connection ends without one. */
    response,
    finish: () => {
      request.end(body.slice(5));
      return response;
    },
  };
}
