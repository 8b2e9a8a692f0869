import { Writable } from 'node:stream';
import type { Agent } from '../../../src/agent/agentTypes';
import { callResident } from '../../../src/agent/callbackWork';
import { claimCallback, releaseCallback } from '../../../src/callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../../src/callbacks/callbackOutcomes';
import { createLogging } from '../../../src/logging/logger';
import { enqueueOutboxMessage, listOutboxForCase } from '../../../src/outbox/outboxStore';
import { OUTBOX_KIND } from '../../../src/outbox/outboxTypes';
import { startOutboxWorker, type OutboxWorker } from '../../../src/outbox/outboxWorker';
import { twilioDelivery, twilioDeliveryFromConfig } from '../../../src/outbox/twilioDelivery';
import { registerCase } from '../../../src/intake/registration';
import { registerCaseWithCallback, residentPhone } from '../../support/agentCases';
import { startTwilioStub, type TwilioStub } from '../../support/agentTwilioStub';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deadlinesNow } from '../../support/calendar';

const credentials = { accountSid: `AC${'0'.repeat(32)}`, authToken: 'stub-token', phoneNumber: '+46850000000' };
const policy = { maxAttempts: 3, retryBaseSeconds: 30 };

let t: TestDatabase;
let stub: TwilioStub;
let logLines = '';
const logging = createLogging({
  level: 'debug',
  json: true,
  stream: new Writable({ write: (chunk: Buffer, _enc, done) => ((logLines += chunk.toString()), done()) }),
});
const workers: OutboxWorker[] = [];

function worker(options: { withCredentials?: boolean } = {}): OutboxWorker {
  const deliver = options.withCredentials === false ? null : twilioDelivery(credentials, { httpClient: stub.httpClient() });
  // A long interval: the tests drive rounds themselves with runOnce().
  const w = startOutboxWorker({ db: t.db, deliver, policy, intervalMs: 3_600_000, logger: logging.logger });
  workers.push(w);
  return w;
}

async function caseId(): Promise<number> {
  return (await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow())).case.id;
}

async function receipt(text = 'Ditt ärendenummer är 2026-00001.', phone = residentPhone(1)) {
  return enqueueOutboxMessage(t.db, { kind: OUTBOX_KIND.smsReceipt, caseId: await caseId(), recipient: phone, body: text });
}

async function makeDue() {
  await t.db.query("UPDATE outbox_messages SET next_attempt_at = now() WHERE status = 'pending'");
}

const claims = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };
const anna: Agent = { id: 1, username: 'anna', role: 'agent', unit: null, phone: '+46702222222', disabled: false, createdAt: new Date() };

/** A registered case whose callback the agent has claimed, ready to be called. */
async function claimedBy(agent: Agent) {
  const { callback } = await registerCaseWithCallback(t.db);
  return { callback: await claimCallback(t.db, callback!.id, agent.username, claims) };
}

async function outboxRow(id: number) {
  const result = await t.db.query<{ status: string; attempts: number; lastError: string | null }>(
    'SELECT status, attempts, last_error AS "lastError" FROM outbox_messages WHERE id = $1',
    [id],
  );
  return result.rows[0];
}

beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 20 });
  stub = await startTwilioStub();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await t.db.query("UPDATE outbox_messages SET status = 'failed' WHERE status = 'pending'");
  stub.requests.length = 0;
});
afterAll(async () => {
  await stub.close();
  await t.drop();
});

describe('the outbox worker', () => {
  it('sends an SMS receipt through the Twilio client and keeps Twilio’s id', async () => {
    const message = await receipt('Ditt ärendenummer är 2026-00042.');
    expect(await worker().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.path).toBe(`/2010-04-01/Accounts/${credentials.accountSid}/Messages.json`);
    expect(request!.form).toEqual({ To: residentPhone(1), From: credentials.phoneNumber, Body: 'Ditt ärendenummer är 2026-00042.' });
    expect(request!.authorization).toBe(`Basic ${Buffer.from(`${credentials.accountSid}:stub-token`).toString('base64')}`);
    const [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null, providerId: expect.stringMatching(/^SM[0-9a-f]{32}$/) });
  });

  it("sends to Twilio's REST API at the configured address (region and edge, or TWILIO_API_URL)", async () => {
    await receipt('Ditt ärendenummer är 2026-00043.');
    const deliver = twilioDeliveryFromConfig({ ...credentials, apiBaseUrl: stub.url });
    const w = startOutboxWorker({ db: t.db, deliver, policy, intervalMs: 3_600_000, logger: logging.logger });
    workers.push(w);
    expect(await w.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(stub.requests.map((r) => r.path)).toEqual([`/2010-04-01/Accounts/${credentials.accountSid}/Messages.json`]);
  });

  it('rings the agent first and bridges the call to the resident (click-to-call)', async () => {
    const { callback } = await claimedBy(anna);
    const message = await callResident(t.db, callback.id, anna, null);
    expect(message.payload).toEqual({ residentPhone: callback.phone, callbackId: callback.id, agent: 'anna' });
    expect(await worker().runOnce()).toMatchObject({ sent: 1 });
    const [request] = stub.requests;
    expect(request!.path).toMatch(/\/Calls\.json$/);
    expect(request!.form.To).toBe(anna.phone);
    expect(request!.form.From).toBe(credentials.phoneNumber);
    expect(request!.form.Twiml).toContain(`<Dial callerId="${credentials.phoneNumber}">${callback.phone}</Dial>`);
  });

  it('gives a click-to-call up after about two minutes, where an SMS would go on trying', async () => {
    const { callback } = await claimedBy(anna);
    const message = await callResident(t.db, callback.id, anna, null);
    stub.failNext(2, 503);
    const w = worker();
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    // 100 seconds on, the next try (a minute later) would ring the agent well after they asked: give up now.
    await t.db.query("UPDATE outbox_messages SET created_at = created_at - interval '100 seconds' WHERE id = $1", [message.id]);
    await makeDue();
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const stored = await outboxRow(message.id);
    expect(stored).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringMatching(/^not called: .*within 2 minutes.*Twilio answered 503/) });
    await makeDue();
    await w.runOnce();
    expect(stub.requests).toHaveLength(2);
  });

  it('never places a click-to-call that waited more than two minutes (no credentials, or no worker running)', async () => {
    const { callback } = await claimedBy(anna);
    const message = await callResident(t.db, callback.id, anna, null);
    await worker({ withCredentials: false }).runOnce();
    await t.db.query("UPDATE outbox_messages SET created_at = created_at - interval '3 minutes' WHERE id = $1", [message.id]);
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await outboxRow(message.id)).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^not called: .*within 2 minutes/) });
    expect(stub.requests).toHaveLength(0);
  });

  it.each([
    ['released it', async (id: number) => void (await releaseCallback(t.db, id, 'anna'))],
    ['lost it to another agent', async (id: number) => {
      await releaseCallback(t.db, id, 'anna');
      await claimCallback(t.db, id, 'bo', claims);
    }],
    ['finished it', async (id: number) => void (await recordCallbackOutcome(t.db, { callbackId: id, agent: 'anna', outcome: 'reached', note: null }, claims))],
  ])('does not ring the agent when they have %s meanwhile', async (_name, meanwhile) => {
    const { callback } = await claimedBy(anna);
    const message = await callResident(t.db, callback.id, anna, null);
    await meanwhile(callback.id);
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await outboxRow(message.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'not called: the callback is no longer yours' });
    expect(stub.requests).toHaveLength(0);
  });

  it('retries when Twilio fails, with growing waits, and delivers once it answers', async () => {
    const message = await receipt();
    stub.failNext(2, 503);
    const w = worker();
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/Twilio answered 503/) });
    const firstWait = (stored!.nextAttemptAt.getTime() - Date.now()) / 1000;
    expect(firstWait).toBeGreaterThan(25);
    expect(firstWait).toBeLessThanOrEqual(30);
    // Not due yet: a round now sends nothing.
    expect(await w.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    await makeDue();
    await w.runOnce();
    [stored] = await listOutboxForCase(t.db, message.caseId!);
    const secondWait = (stored!.nextAttemptAt.getTime() - Date.now()) / 1000;
    expect(secondWait).toBeGreaterThan(55);

    await makeDue();
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(stub.requests).toHaveLength(3);
    expect(logLines).not.toContain(residentPhone(1));
  });

  it('gives up after the last attempt, keeping the last error', async () => {
    const message = await receipt();
    stub.failNext(3, 500);
    const w = worker();
    for (let i = 0; i < 3; i++) {
      await w.runOnce();
      await makeDue();
    }
    const [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.stringMatching(/Twilio answered 500 \(error 20500\)/) });
  });

  it('fails at once when Twilio refuses the request itself (an invalid number)', async () => {
    const message = await receipt();
    stub.failNext(1, 400, 21211);
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/400 \(error 21211\)/) });
  });

  it('keeps messages when Twilio cannot be reached at all', async () => {
    const message = await receipt();
    const unreachable = await startTwilioStub();
    await unreachable.close();
    const deliver = twilioDelivery(credentials, { httpClient: unreachable.httpClient() });
    const w = startOutboxWorker({ db: t.db, deliver, policy, intervalMs: 3_600_000, logger: logging.logger });
    workers.push(w);
    expect(await w.runOnce()).toMatchObject({ retrying: 1 });
    const [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'pending', lastError: expect.stringMatching(/Twilio could not be reached/) });
  });

  it('without Twilio credentials sends nothing and says so on the message', async () => {
    const message = await receipt();
    expect(await worker({ withCredentials: false }).runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const [stored] = await listOutboxForCase(t.db, message.caseId!);
    expect(stored).toMatchObject({ status: 'pending', attempts: 0, lastError: 'not sent: no Twilio credentials', sentAt: null });
    expect(stub.requests).toHaveLength(0);
  });

  it('sends each of 60 messages exactly once with three instances delivering at the same time', async () => {
    const ids = new Set<number>();
    for (let i = 0; i < 60; i++) ids.add((await receipt(`Kvitto ${i}`, residentPhone(100 + i))).id);
    stub.failNext(5, 503);
    const instances = [worker(), worker(), worker()];
    for (let round = 0; round < 4; round++) {
      await Promise.all(instances.map((w) => w.runOnce()));
      await makeDue();
    }
    const rows = await t.db.query<{ status: string; n: number }>(
      'SELECT status, count(*) AS n FROM outbox_messages WHERE id = ANY($1::int[]) GROUP BY status',
      [[...ids]],
    );
    expect(rows.rows).toEqual([{ status: 'sent', n: 60 }]);
    const delivered = stub.requests.filter((r) => r.path.endsWith('/Messages.json')).map((r) => r.form.Body);
    // Five requests failed and were retried; every text reached Twilio successfully once.
    expect(delivered).toHaveLength(65);
    expect(new Set(delivered).size).toBe(60);
  });
});
