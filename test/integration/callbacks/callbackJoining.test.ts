import { claimCallback } from '../../../src/callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../../src/callbacks/callbackOutcomes';
import { listCallbackQueue } from '../../../src/callbacks/callbackQueue';
import { requestOrJoinCallback } from '../../../src/callbacks/callbackRequests';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { findCaseWithCallbacks } from '../../../src/intake/caseWithCallbacks';
import { registerCaseWithCallback, residentPhone } from '../../support/agentCases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const policy = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 20 });
});
afterAll(() => t.drop());

async function openCallbacksFor(phone: string): Promise<number> {
  const r = await t.db.query<{ n: number }>("SELECT count(*) AS n FROM callback_requests WHERE phone = $1 AND status IN ('pending', 'claimed')", [phone]);
  return r.rows[0]!.n;
}

describe('a second callback request', () => {
  it('does not join a callback an agent has already taken: it gets one of its own', async () => {
    const phone = residentPhone(900_077);
    const first = await registerCaseWithCallback(t.db, { phone });
    await claimCallback(t.db, first.callback!.id, 'anna', policy);
    const second = await registerCaseWithCallback(t.db, { phone });
    expect(second.callback!.id).not.toBe(first.callback!.id);
    expect(second.callback!.status).toBe('pending');
    // Anna reaches the resident about the first case; the second still waits for its call.
    await recordCallbackOutcome(t.db, { callbackId: first.callback!.id, agent: 'anna', outcome: 'reached', note: null }, policy);
    expect(await openCallbacksFor(phone)).toBe(1);
  });

  it('from the same number within a day joins the open callback, and the agent sees both cases', async () => {
    const phone = residentPhone(900_001);
    const first = await registerCaseWithCallback(t.db, { phone });
    const second = await registerCaseWithCallback(t.db, { phone });
    expect(second.callback!.id).toBe(first.callback!.id);
    expect(await openCallbacksFor(phone)).toBe(1);

    const secondEvents = await listCaseEvents(t.db, second.case.id);
    expect(secondEvents.map((e) => e.action)).toEqual(['registered', 'callback_joined']);
    expect(secondEvents[1]!.details).toMatchObject({ callbackId: first.callback!.id, callbackCaseId: first.case.id });

    const queued = (await listCallbackQueue(t.db, policy)).find((q) => q.id === first.callback!.id)!;
    expect(queued.cases.map((c) => c.reference)).toEqual([first.case.reference, second.case.reference]);
    expect((await findCaseWithCallbacks(t.db, second.case.reference)).callbacks.map((c) => c.id)).toEqual([first.callback!.id]);

    // The outcome is written in both cases' histories.
    await claimCallback(t.db, first.callback!.id, 'anna', policy);
    await recordCallbackOutcome(t.db, { callbackId: first.callback!.id, agent: 'anna', outcome: 'reached', note: null }, policy);
    for (const c of [first.case, second.case]) {
      expect((await listCaseEvents(t.db, c.id)).map((e) => e.action).slice(-3)).toEqual(['callback_claimed', 'callback_attempted', 'callback_done']);
    }
  });

  it('for the same case joins its open callback', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    const wish = { phone: callback!.phone, window: 'afternoon' as const, windowStart: new Date(), windowEnd: new Date(Date.now() + 3_600_000) };
    const again = await t.db.transaction((tx) => requestOrJoinCallback(tx, c.id, wish, 'agent:anna'));
    expect(again).toMatchObject({ joined: true, callback: { id: callback!.id } });
    expect((await listCaseEvents(t.db, c.id)).at(-1)).toMatchObject({ action: 'callback_joined', actor: 'agent:anna' });
  });

  it('arriving at the same moment from one number still queues only one call', async () => {
    const phone = residentPhone(900_002);
    const all = await Promise.all(Array.from({ length: 8 }, () => registerCaseWithCallback(t.db, { phone })));
    expect(new Set(all.map((r) => r.callback!.id)).size).toBe(1);
    expect(await openCallbacksFor(phone)).toBe(1);
  });

  it('queues a new callback once the earlier one is finished, or for another number', async () => {
    const phone = residentPhone(900_003);
    const first = await registerCaseWithCallback(t.db, { phone });
    await claimCallback(t.db, first.callback!.id, 'anna', policy);
    await recordCallbackOutcome(t.db, { callbackId: first.callback!.id, agent: 'anna', outcome: 'reached', note: null }, policy);
    const later = await registerCaseWithCallback(t.db, { phone });
    expect(later.callback!.id).not.toBe(first.callback!.id);
    const other = await registerCaseWithCallback(t.db, { phone: residentPhone(900_004) });
    expect(other.callback!.id).not.toBe(later.callback!.id);
  });

  it('from the same number more than a day later queues a call of its own', async () => {
    const phone = residentPhone(900_005);
    const first = await registerCaseWithCallback(t.db, { phone });
    await t.db.query("UPDATE callback_requests SET created_at = now() - interval '25 hours' WHERE id = $1", [first.callback!.id]);
    const later = await registerCaseWithCallback(t.db, { phone });
    expect(later.callback!.id).not.toBe(first.callback!.id);
  });
});
