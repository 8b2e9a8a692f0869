import { PassThrough } from 'node:stream';
import { createLogging } from '../../../src/logging/logger';
import { startOutboxWorker } from '../../../src/outbox/outboxWorker';
import { registerCaseWithCallback } from '../../support/agentCases';
import { signedIn, startAgentService, type AgentClient, type AgentService } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const quietLogger = createLogging({ level: 'error', json: true, stream: new PassThrough() }).logger;

let t: TestDatabase;
let service: AgentService;
let anna: AgentClient;
let bertil: AgentClient;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
  anna = await signedIn(service, t.db, 'anna', 'agent', { phone: '+46702222222' });
  bertil = await signedIn(service, t.db, 'bertil', 'agent');
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

type CallbackAnswer = { callback: { id: number; status: string; attempts: number; claimedBy: string | null } | null };

describe('working the callback queue over the API', () => {
  it('lists, claims, records an outcome, and writes every step in the case history', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db, { serious: true });
    const queue = await anna.api<{ callbacks: { id: number; serious: boolean; waitingMinutes: number }[] }>('GET', '/api/agent/callbacks');
    expect(queue.body.callbacks[0]).toMatchObject({ id: callback!.id, serious: true });
    expect(queue.body.callbacks[0]!.waitingMinutes).toBeGreaterThanOrEqual(59);

    const claimed = await anna.api<CallbackAnswer>('POST', '/api/agent/callbacks/next/claim', {});
    expect(claimed.body.callback).toMatchObject({ id: callback!.id, status: 'claimed', claimedBy: 'anna' });
    const taken = await bertil.api('POST', `/api/agent/callbacks/${callback!.id}/claim`, {});
    expect(taken).toMatchObject({ status: 409, body: { error: 'conflict', message: expect.stringMatching(/being handled by anna/) } });
    const notHers = await bertil.api('POST', `/api/agent/callbacks/${callback!.id}/outcome`, { outcome: 'reached', note: '' });
    expect(notHers.status).toBe(409);

    const noAnswer = await anna.api<CallbackAnswer>('POST', `/api/agent/callbacks/${callback!.id}/outcome`, { outcome: 'no_answer', note: 'Signalerna gick fram.' });
    expect(noAnswer.body.callback).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });

    const view = await anna.api<{ events: { action: string; actor: string }[]; attempts: { note: string }[] }>('GET', `/api/agent/cases/${c.reference}`);
    // No unit, no managers and no admins' address in this service: the history says nobody could be told.
    expect(view.body.events.map((e) => e.action)).toEqual(['registered', 'serious_notified', 'callback_requested', 'callback_claimed', 'callback_attempted']);
    expect(view.body.attempts).toEqual([expect.objectContaining({ outcome: 'no_answer', note: 'Signalerna gick fram.', agent: 'anna' })]);
  });

  it('refuses an unknown outcome and a bad id with the field named', async () => {
    const bad = await anna.api<{ problems: { field: string }[] }>('POST', '/api/agent/callbacks/1/outcome', { outcome: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]!.field).toBe('outcome');
    const badId = await anna.api<{ problems: { field: string }[] }>('POST', '/api/agent/callbacks/abc/claim', {});
    expect(badId).toMatchObject({ status: 400, body: { problems: [{ field: 'id' }] } });
    expect((await anna.api('POST', '/api/agent/callbacks/999999/claim', {})).status).toBe(404);
  });

  it('says so when nothing is waiting', async () => {
    await t.db.query("UPDATE callback_requests SET status = 'cancelled', claimed_by = NULL, claimed_at = NULL WHERE status IN ('pending', 'claimed')");
    expect((await anna.api<CallbackAnswer>('POST', '/api/agent/callbacks/next/claim', {})).body).toEqual({ callback: null });
  });

  it('shows a note with HTML or script in it as text, never as markup', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    await anna.api('POST', `/api/agent/callbacks/${callback!.id}/claim`, {});
    const note = '<script>alert("x")</script><img src=x onerror=alert(1)> & "citat"';
    await anna.api('POST', `/api/agent/callbacks/${callback!.id}/outcome`, { outcome: 'reached', note });
    await anna.api('POST', `/api/agent/cases/${c.reference}/notes`, { note });
    for (const path of [`/agent/cases/${c.reference}`, `/agent/callbacks/${callback!.id}`]) {
      const page = await anna.page(path);
      expect(page.status).toBe(200);
      expect(page.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;citat&quot;');
      expect(page.html).not.toContain('<script>alert');
      expect(page.html).not.toContain('<img src=x');
    }
  });

  it('puts a click-to-call in the outbox, which waits marked as not sent without Twilio credentials', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    expect((await anna.api('POST', `/api/agent/callbacks/${callback!.id}/call`, {})).status).toBe(409);
    await anna.api('POST', `/api/agent/callbacks/${callback!.id}/claim`, {});
    const call = await anna.api<{ outbox: { id: number; status: string } }>('POST', `/api/agent/callbacks/${callback!.id}/call`, { agentPhone: '' });
    expect(call).toMatchObject({ status: 202, body: { outbox: { status: 'pending' } } });
    const row = await t.db.query<{ kind: string; recipient: string; payload: Record<string, unknown> }>('SELECT kind, recipient, payload FROM outbox_messages WHERE id = $1', [call.body.outbox.id]);
    expect(row.rows[0]).toEqual({ kind: 'click_to_call', recipient: '+46702222222', payload: { residentPhone: callback!.phone, callbackId: callback!.id, agent: 'anna' } });

    const worker = startOutboxWorker({ db: t.db, deliver: null, policy: { maxAttempts: 3, retryBaseSeconds: 30 }, intervalMs: 3_600_000, logger: quietLogger });
    await worker.runOnce();
    await worker.stop();
    const page = await anna.page(`/agent/cases/${c.reference}`);
    expect(page.html).toContain('Uppringning via Twilio: <strong>Väntar på att skickas</strong>');
    expect(page.html).toContain('Inte skickat ännu: Twilio är inte inställt i tjänsten.');
    expect(page.html).not.toContain('not sent');
  });
});
