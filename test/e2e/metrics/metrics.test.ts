import { networkInterfaces } from 'node:os';
import { Readable } from 'node:stream';
import { getMetricsFromStream, type PromData, type PromHistogramData, type PromMetrics } from 'prom2javascript';
import type { Browser } from 'playwright-core';
import { placeCall } from '../../../src/cli/phoneCall';
import { CHAT_TEST_SECRET } from '../../support/chat';
import { ChatResident } from '../../support/chatResident';
import { registerCase } from '../../../src/intake/registration';
import { axeViolations, launchBrowser } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { anonymousPraise } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { PUBLIC_URL, startVoiceService, TEST_TOKEN, type VoiceService } from '../../support/voice';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789abcdef';
const CALLER = '+46701234567';

let t: TestDatabase;
let service: VoiceService;
let browser: Browser;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  service = await startVoiceService(t.url, undefined, { METRICS_TOKEN, CHAT_TOKEN_SECRET: CHAT_TEST_SECRET });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await t?.drop();
});

function scriptedCaller(answers: (string | null)[]) {
  return { hear: () => undefined, note: () => undefined, answer: async () => (answers.length ? answers.shift()! : null) };
}

async function scrape(headers: Record<string, string> = {}, base = service.url) {
  const response = await fetch(`${base}/metrics`, { headers });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

/** Prometheus's text format read by a parser of it (prom2javascript): metrics by name, typed samples. */
const parsed = (text: string): Promise<PromMetrics> => getMetricsFromStream(Readable.from([text]));

function family(metrics: PromMetrics, name: string, type: string) {
  const found = metrics[name];
  if (!found) throw new Error(`no metric ${name}`);
  expect(found.type).toBe(type);
  return found.data;
}

const samples = (metrics: PromMetrics, name: string, type = 'counter') => family(metrics, name, type) as PromData[];

function valueOf(metrics: PromMetrics, name: string, labels: Record<string, string>, type = 'counter'): number {
  return samples(metrics, name, type).find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value ?? 0;
}

/** The first address of this machine that is not loopback, if it has one. */
function outsideAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (!a.internal && a.family === 'IPv4') return a.address;
  }
  return null;
}

describe('GET /metrics after whole calls', () => {
  let metrics: PromMetrics;
  let text: string;

  beforeAll(async () => {
    // A whole complaint with a callback and an SMS receipt, every webhook signed…
    const complete = await placeCall({
      url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: CALLER, lang: 'sv',
      caller: scriptedCaller([
        '1', '1', '1', 'Personalen glömde ge min mamma hennes medicin i tisdags.', '#', 'På Björkgårdens äldreboende, tisdag kväll.', '#',
        '2', '1', 'Karin Andersson', '1', '1', '2', '1', '',
      ]),
    });
    expect(complete).toBe('ended by service');
    // …and a caller who hangs up when asked what it concerns.
    const left = await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: CALLER, lang: 'sv', caller: scriptedCaller(['1', null]) });
    expect(left).toBe('hung up');
    const scraped = await scrape();
    expect(scraped.status).toBe(200);
    expect(scraped.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    text = scraped.text;
    metrics = await parsed(text);
  });

  it('shows the calls’ steps in the funnel, and where the second caller left', () => {
    const phoneSteps = samples(metrics, 'synpunkt_conversation_turns_total').filter((s) => s.labels.channel === 'phone').map((s) => s.labels.step);
    expect(phoneSteps).toEqual(expect.arrayContaining(['menu', 'kind', 'area', 'what', 'when_where', 'name', 'callback_day', 'callback_window', 'confirm', 'done']));
    expect(valueOf(metrics, 'synpunkt_conversation_turns_total', { channel: 'phone', step: 'menu' })).toBe(2);
    expect(valueOf(metrics, 'synpunkt_conversation_turns_total', { channel: 'phone', step: 'kind' })).toBe(2);
    expect(samples(metrics, 'synpunkt_conversation_hangups_total')).toEqual([{ labels: { channel: 'phone', step: 'kind' }, value: 1 }]);
    expect(samples(metrics, 'synpunkt_cases_registered_total')).toEqual([{ labels: { channel: 'phone', kind: 'klagomal' }, value: 1 }]);
  });

  it('counts every webhook in the latency histogram by route template', () => {
    const histogram = family(metrics, 'synpunkt_http_request_duration_seconds', 'histogram') as PromHistogramData[];
    const timed = (route: string) => histogram.find((s) => s.labels.route === route && s.labels.method === 'POST');
    expect(timed('/voice/incoming')?.count).toBe(2);
    const answers = timed('/voice/answer')!;
    expect(answers.count).toBeGreaterThanOrEqual(10);
    expect(answers.sum).toBeGreaterThan(0);
    expect(answers.buckets['+Inf']).toBe(answers.count);
    expect(timed('/voice/status')?.count).toBeGreaterThanOrEqual(1);
    // Route templates only: no label holds a raw path.
    expect(histogram.every((s) => s.labels.route === 'other' || s.labels.route!.startsWith('/'))).toBe(true);
  });

  it('reads the queues and the pool from the database when scraped', () => {
    expect(valueOf(metrics, 'synpunkt_callbacks', { state: 'waiting' }, 'gauge')).toBe(1);
    expect(valueOf(metrics, 'synpunkt_callbacks', { state: 'overdue' }, 'gauge')).toBe(0);
    expect(valueOf(metrics, 'synpunkt_outbox_messages', { kind: 'sms_receipt', status: 'pending' }, 'gauge')).toBe(1);
    expect(samples(metrics, 'synpunkt_outbox_messages', 'gauge').find((s) => s.labels.kind === 'sms_receipt' && s.labels.status === 'failed')?.value).toBe(0);
    expect(valueOf(metrics, 'synpunkt_db_connections', { state: 'total' }, 'gauge')).toBeGreaterThanOrEqual(1);
    expect(samples(metrics, 'process_resident_memory_bytes', 'gauge')).toHaveLength(1);
  });

  it('holds no caller’s number, case number or call id in any label', async () => {
    const { rows } = await t.db.query<{ reference: string; source_call_sid: string }>('SELECT reference, source_call_sid FROM cases');
    for (const secret of [CALLER, '0701234567', 'Karin', ...rows.flatMap((r) => [r.reference, r.source_call_sid])]) expect(text).not.toContain(secret);
  });
});

describe('GET /metrics after a chat', () => {
  it('counts the chat’s turns in the funnel and times its turns by the activities route', async () => {
    const resident = await ChatResident.open(service.url, 'sv');
    try {
      await resident.press('Synpunkter, klagomål eller beröm om omsorg, socialtjänst och stöd');
      await resident.type('klagomål');
    } finally {
      resident.end();
    }
    const metrics = await parsed((await scrape()).text);
    expect(valueOf(metrics, 'synpunkt_conversation_turns_total', { channel: 'chat', step: 'menu' })).toBe(1);
    expect(valueOf(metrics, 'synpunkt_conversation_turns_total', { channel: 'chat', step: 'kind' })).toBe(1);
    expect(valueOf(metrics, 'synpunkt_conversation_turns_total', { channel: 'chat', step: 'area' })).toBe(1);
    const turns = (family(metrics, 'synpunkt_http_request_duration_seconds', 'histogram') as PromHistogramData[]).find(
      (s) => s.labels.method === 'POST' && s.labels.route === '/v3/directline/conversations/:conversationId/activities',
    );
    expect(turns?.count).toBe(2);
  });
});

describe('who may read /metrics', () => {
  const FROM_THE_INTERNET = { 'X-Forwarded-For': '203.0.113.9' };

  it('refuses a client behind the proxy without the token, and serves it with the token', async () => {
    const refused = await scrape(FROM_THE_INTERNET);
    expect(refused.status).toBe(401);
    expect(refused.text).not.toContain('synpunkt_');
    expect((await scrape({ ...FROM_THE_INTERNET, Authorization: 'Bearer not-the-token' })).status).toBe(401);
    const served = await scrape({ ...FROM_THE_INTERNET, Authorization: `Bearer ${METRICS_TOKEN}` });
    expect(served.status).toBe(200);
    expect(Object.keys(await parsed(served.text))).toContain('synpunkt_conversation_turns_total');
  });

  const address = outsideAddress();
  (address ? it : it.skip)(`refuses another machine's address without the token (${address ?? 'this machine has none'})`, async () => {
    const base = service.url.replace('127.0.0.1', address!);
    expect((await scrape({}, base)).status).toBe(401);
    expect((await scrape({ Authorization: `Bearer ${METRICS_TOKEN}` }, base)).status).toBe(200);
  });
});

describe('the public statistics', () => {
  it('shows counts per area and kind, small ones as "< 5", and passes axe in Swedish and English', async () => {
    for (let i = 0; i < 6; i++) await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow());
    // The cases carry the database's own time: the page counts the half-year that is now.
    service.setNow(new Date());
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    expect((await page.goto(`${service.url}/`))!.status()).toBe(200);
    await page.getByRole('link', { name: /^Statistik/ }).click();
    await page.waitForURL(/\/statistik\?lang=sv$/);
    expect(await page.textContent('h1')).toBe('Statistik: synpunkter, klagomål och beröm');
    const current = page.getByRole('table').first();
    const cellOf = async (area: string, column: number) => (await current.getByRole('row', { name: new RegExp(`^${area}`) }).getByRole('cell').nth(column).textContent())?.trim();
    // Columns: klagomål, synpunkter, förslag, beröm.
    expect(await cellOf('Äldreomsorg', 0)).toBe('< 5');
    expect(await cellOf('Stöd och service', 3)).toBe('6');
    expect(await cellOf('Stöd och service', 0)).toBe('0');
    expect(await page.getByRole('table').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(/\/statistik\?lang=en$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('table').first().getByRole('row', { name: /^Care of older people/ }).getByRole('cell').first().textContent()).toBe('< 5');
    expect(await axeViolations(page)).toEqual([]);
  });
});
