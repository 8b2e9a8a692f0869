import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

export interface StubRequest {
  method: string;
  path: string;
  form: Record<string, string>;
  authorization: string | undefined;
}

export interface TwilioStub {
  url: string;
  requests: StubRequest[];
  /** The next `count` requests get this status and a Twilio-style error body. */
  failNext(count: number, status?: number, code?: number): void;
  /** A twilio RequestClient that sends everything meant for *.twilio.com to this stub. */
  httpClient(): twilio.RequestClient;
  close(): Promise<void>;
}

/** A local stand-in for api.twilio.com: records what the service sends and answers as Twilio does. */
export async function startTwilioStub(): Promise<TwilioStub> {
  const requests: StubRequest[] = [];
  const failures: { status: number; code: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      requests.push({ method: req.method ?? '', path: req.url ?? '', form, authorization: req.headers.authorization });
      res.setHeader('Content-Type', 'application/json');
      const failure = failures.shift();
      if (failure) {
        res.statusCode = failure.status;
        res.end(JSON.stringify({ code: failure.code, message: `stub failure ${failure.status}`, status: failure.status }));
        return;
      }
      const prefix = /\/Calls\.json$/.test(req.url ?? '') ? 'CA' : 'SM';
      res.statusCode = 201;
      res.end(JSON.stringify({ sid: `${prefix}${randomBytes(16).toString('hex')}`, status: 'queued', to: form.To, from: form.From }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  class StubRequestClient extends twilio.RequestClient {
    override request: twilio.RequestClient['request'] = (opts) =>
      super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/[a-z0-9.-]+\.twilio\.com/, url) });
  }

  return {
    url,
    requests,
    failNext(count, status = 500, code = 20500) {
      for (let i = 0; i < count; i++) failures.push({ status, code });
    },
    httpClient: () => new StubRequestClient(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
