import { PassThrough } from 'node:stream';
import { createLogging } from '../../../src/logging/logger';
import { registerCase } from '../../../src/intake/registration';
import { enqueueEmail, listOutboxForCase } from '../../../src/outbox/outboxStore';
import { NO_SMTP_ERROR } from '../../../src/outbox/outboxTypes';
import { startOutboxWorker, type OutboxWorker } from '../../../src/outbox/outboxWorker';
import { smtpDelivery } from '../../../src/outbox/smtpDelivery';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';

const quiet = createLogging({ level: 'error', json: true, stream: new PassThrough() }).logger;
const policy = { maxAttempts: 3, retryBaseSeconds: 30 };

let t: TestDatabase;
let smtp: TestSmtpServer;
const workers: OutboxWorker[] = [];

function worker(smtpUrl: string | null): OutboxWorker {
  const deliverEmail = smtpUrl ? smtpDelivery({ url: smtpUrl, from: 'Synpunkt <synpunkt@kommun.example>' }) : null;
  const w = startOutboxWorker({ db: t.db, deliver: null, deliverEmail, policy, intervalMs: 3_600_000, logger: quiet });
  workers.push(w);
  return w;
}

async function caseId(): Promise<number> {
  return (await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow())).case.id;
}

const email = (to: string) => ({ to, subject: 'Allvarligt ärende 2026-00001', text: 'Ett ärende har flaggats.\nÖppna det i Synpunkt.', language: 'sv' as const });

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpServer();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  await t.db.query("UPDATE outbox_messages SET status = 'failed' WHERE status = 'pending'");
  smtp.received.length = 0;
  smtp.refuse.clear();
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe('e-mail through the outbox', () => {
  it('delivers an e-mail to a real SMTP server: recipient, sender, subject, text and language as queued', async () => {
    const id = await caseId();
    const queued = await enqueueEmail(t.db, { ...email('chef@kommun.example'), caseId: id });
    expect(queued?.status).toBe('pending');

    expect(await worker(smtp.url).runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [arrived] = await smtp.waitFor(1);
    expect(arrived!.envelopeTo).toEqual(['chef@kommun.example']);
    expect(arrived!.from).toBe('synpunkt@kommun.example');
    expect(arrived!.mail.subject).toBe('Allvarligt ärende 2026-00001');
    expect(arrived!.mail.text?.trim()).toBe('Ett ärende har flaggats.\nÖppna det i Synpunkt.');
    expect(arrived!.mail.headers.get('content-language')).toBe('sv');

    const [row] = await listOutboxForCase(t.db, id);
    expect(row).toMatchObject({ kind: 'email', status: 'sent', attempts: 1, lastError: null });
    expect(row!.providerId).toBe(arrived!.mail.messageId);
  });

  it('without SMTP configured an e-mail waits, marked as not sent, and goes once a server is configured', async () => {
    const id = await caseId();
    await enqueueEmail(t.db, { ...email('vantar@kommun.example'), caseId: id });
    await worker(null).runOnce();
    expect((await listOutboxForCase(t.db, id))[0]).toMatchObject({ status: 'pending', attempts: 0, lastError: NO_SMTP_ERROR });
    expect(smtp.received).toHaveLength(0);

    await worker(smtp.url).runOnce();
    await smtp.waitFor(1);
    expect((await listOutboxForCase(t.db, id))[0]).toMatchObject({ status: 'sent', lastError: null });
  });

  it('a mailbox the server refuses (550) fails for good; a server that cannot be reached is retried', async () => {
    const id = await caseId();
    smtp.refuse.add('finns.inte@kommun.example');
    await enqueueEmail(t.db, { ...email('finns.inte@kommun.example'), caseId: id });
    expect(await worker(smtp.url).runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect((await listOutboxForCase(t.db, id))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await listOutboxForCase(t.db, id))[0]!.lastError).toMatch(/550/);
    expect((await listOutboxForCase(t.db, id))[0]!.lastError).not.toContain('finns.inte@kommun.example');

    const other = await caseId();
    await enqueueEmail(t.db, { ...email('chef@kommun.example'), caseId: other });
    // A port nothing listens on: the connection is refused, which may pass later.
    expect(await worker('smtp://synpunkt:x@127.0.0.1:1').runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await listOutboxForCase(t.db, other))[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await listOutboxForCase(t.db, other))[0]!.lastError).toMatch(/could not be reached/);
  });

  it('a wrong login is retried, never marked sent', async () => {
    const id = await caseId();
    await enqueueEmail(t.db, { ...email('chef@kommun.example'), caseId: id });
    const wrongLogin = smtp.url.replace('smtp-test-password', 'fel');
    expect(await worker(wrongLogin).runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('the same notice about a case reaches a recipient once, however often it is asked for', async () => {
    const id = await caseId();
    const first = await enqueueEmail(t.db, { ...email('chef@kommun.example'), caseId: id, purpose: 'serious' });
    const again = await enqueueEmail(t.db, { ...email('chef@kommun.example'), caseId: id, purpose: 'serious' });
    const someoneElse = await enqueueEmail(t.db, { ...email('chef2@kommun.example'), caseId: id, purpose: 'serious' });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    expect(someoneElse).not.toBeNull();
    expect(await listOutboxForCase(t.db, id)).toHaveLength(2);
  });

  it('two workers deliver each e-mail once', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => caseId()));
    for (const id of ids) await enqueueEmail(t.db, { ...email(`chef${id}@kommun.example`), caseId: id });
    const results = await Promise.all([worker(smtp.url).runOnce(), worker(smtp.url).runOnce()]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
    await smtp.waitFor(6);
    expect(new Set(smtp.received.map((r) => r.envelopeTo[0])).size).toBe(6);
  });
});
