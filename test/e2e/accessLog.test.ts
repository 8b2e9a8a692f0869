import { logOf, type LogLine } from '../support/serviceLog';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { OPEN, startVoiceService, type VoiceService } from '../support/voice';

/** The access log as an operator sees it at the default level (info), read from the service's own output. */
let t: TestDatabase;
let service: VoiceService;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url, OPEN, { LOG_LEVEL: 'info' });
});
afterAll(async () => {
  await service?.close();
  await t?.drop();
});

/** The access lines written while fn ran. */
async function accessLinesOf(fn: () => Promise<unknown>): Promise<{ text: string; requests: LogLine[] }> {
  const { text, lines } = await logOf(service, fn);
  return { text, requests: lines.filter((line) => line.message === 'request') };
}

describe('the access log at the default level', () => {
  it('writes one line per request: method, the whole path redacted, status, time and the request id; no query', async () => {
    let response: Response | undefined;
    const log = await accessLinesOf(async () => {
      response = await fetch(`${service.url}/agent/cases/%2B46709876543?q=anna.berg%40example.se`, { redirect: 'manual' });
    });
    expect(log.requests).toEqual([
      {
        level: 'info',
        message: 'request',
        method: 'GET',
        path: '/agent/cases/[redacted]',
        status: response!.status,
        ms: expect.any(Number),
        requestId: response!.headers.get('x-request-id'),
        timestamp: expect.any(String),
      },
    ]);
    for (const trace of ['709876543', '%2B46', 'anna.berg', 'example.se', '?q']) expect(log.text).not.toContain(trace);
  });

  it('writes a line for each of several requests, with their own statuses', async () => {
    const log = await accessLinesOf(async () => {
      await fetch(`${service.url}/no-such-page`);
      await fetch(`${service.url}/voice/incoming`, { method: 'POST' });
    });
    expect(log.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'GET', path: '/no-such-page', status: 404 },
      { method: 'POST', path: '/voice/incoming', status: 403 },
    ]);
  });

  it('leaves the load balancer’s health probes out (they are logged at debug)', async () => {
    const log = await accessLinesOf(async () => {
      for (let i = 0; i < 3; i++) {
        expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
      }
      await fetch(`${service.url}/no-such-page`);
    });
    expect(log.requests.map((line) => line.path)).toEqual(['/no-such-page']);
  });
});
