import { claimCallback, claimNextCallback, releaseCallback, releaseExpiredClaims } from '../../../src/callbacks/callbackClaims';
import { CallbackConflictError } from '../../../src/callbacks/callbackErrors';
import type { CallbackPolicy } from '../../../src/callbacks/callbackPolicy';
import { listCallbackQueue } from '../../../src/callbacks/callbackQueue';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { registerCaseWithCallback } from '../../support/agentCases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const policy: CallbackPolicy = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 25 });
});
afterAll(() => t.drop());
beforeEach(async () => {
  // Each test starts with an empty queue; cases may stay.
  await t.db.query("UPDATE callback_requests SET status = 'cancelled', claimed_by = NULL, claimed_at = NULL WHERE status IN ('pending', 'claimed')");
});

describe('claiming callbacks', () => {
  it('gives each of 100 callbacks to exactly one of 20 agents claiming at once', async () => {
    const registered = await Promise.all(Array.from({ length: 100 }, () => registerCaseWithCallback(t.db)));
    const ids = registered.map((r) => r.callback!.id);
    const claimsByAgent = await Promise.all(
      Array.from({ length: 20 }, async (_, a) => {
        const mine: number[] = [];
        for (;;) {
          const claimed = await claimNextCallback(t.db, `agent${a}`, policy);
          if (!claimed) return mine;
          mine.push(claimed.id);
        }
      }),
    );
    const all = claimsByAgent.flat();
    expect(all).toHaveLength(100);
    expect(new Set(all)).toEqual(new Set(ids));
    // More than one agent got work: the claims really ran side by side.
    expect(claimsByAgent.filter((c) => c.length > 0).length).toBeGreaterThan(1);
    const rows = await t.db.query<{ n: number }>("SELECT count(*) AS n FROM case_events WHERE action = 'callback_claimed'");
    expect(rows.rows[0]!.n).toBe(100);
  });

  it('lets exactly one of 10 agents win the same callback picked from the queue', async () => {
    const { callback } = await registerCaseWithCallback(t.db);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, a) => claimCallback(t.db, callback!.id, `agent${a}`, policy)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.reason).toBeInstanceOf(CallbackConflictError);
    expect(String(refused[0]!.reason.message)).toMatch(/is being handled by agent\d/);
  });

  it('takes serious cases first, then by time window, and only what is due', async () => {
    const hour = 3_600_000;
    const later = await registerCaseWithCallback(t.db, { windowStart: new Date(Date.now() - 1 * hour) });
    const earlier = await registerCaseWithCallback(t.db, { windowStart: new Date(Date.now() - 3 * hour) });
    const serious = await registerCaseWithCallback(t.db, { serious: true, windowStart: new Date(Date.now() - 1 * hour) });
    const tomorrow = await registerCaseWithCallback(t.db, { windowStart: new Date(Date.now() + 20 * hour) });

    const queue = await listCallbackQueue(t.db, policy);
    expect(queue.map((q) => q.id)).toEqual([serious, earlier, later, tomorrow].map((r) => r.callback!.id));
    expect(queue[0]).toMatchObject({ serious: true, due: true, cases: [{ reference: serious.case.reference }] });
    expect(queue[1]!.waitingMinutes).toBeGreaterThanOrEqual(179);
    expect(queue[3]).toMatchObject({ due: false, waitingMinutes: 0 });

    const order = [];
    for (let claimed; (claimed = await claimNextCallback(t.db, 'anna', policy)); ) order.push(claimed.id);
    expect(order).toEqual([serious, earlier, later].map((r) => r.callback!.id));
  });

  it('returns a claim left untouched to the queue once it has expired', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    await claimNextCallback(t.db, 'anna', policy);
    expect(await claimNextCallback(t.db, 'bertil', policy)).toBeNull();
    await expect(claimCallback(t.db, callback!.id, 'bertil', policy)).rejects.toThrow(/being handled by anna/);

    await t.db.query("UPDATE callback_requests SET claimed_at = now() - interval '16 minutes' WHERE id = $1", [callback!.id]);
    const [listed] = await listCallbackQueue(t.db, policy);
    expect(listed).toMatchObject({ status: 'claimed', claimExpired: true });
    expect(await releaseExpiredClaims(t.db, policy)).toBe(1);
    const [released] = await listCallbackQueue(t.db, policy);
    expect(released).toMatchObject({ status: 'pending', claimedBy: null });
    expect(await claimNextCallback(t.db, 'bertil', policy)).toMatchObject({ id: callback!.id, claimedBy: 'bertil' });

    const events = await listCaseEvents(t.db, c.id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['registered', 'resident:phone'],
      ['callback_requested', 'resident:phone'],
      ['callback_claimed', 'agent:anna'],
      ['callback_released', 'system'],
      ['callback_claimed', 'agent:bertil'],
    ]);
    expect(events[3]!.details).toMatchObject({ reason: 'claim expired', agent: 'anna' });
  });

  it('lets another agent take over a lapsed claim directly, noting the lapse', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    await claimCallback(t.db, callback!.id, 'anna', policy);
    await t.db.query("UPDATE callback_requests SET claimed_at = now() - interval '1 hour' WHERE id = $1", [callback!.id]);
    expect(await claimCallback(t.db, callback!.id, 'bertil', policy)).toMatchObject({ claimedBy: 'bertil' });
    const actions = (await listCaseEvents(t.db, c.id)).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['callback_claimed', 'callback_released', 'callback_claimed']);
  });

  it('releases a claim back to the queue, only by the agent holding it', async () => {
    const { callback } = await registerCaseWithCallback(t.db);
    await claimCallback(t.db, callback!.id, 'anna', policy);
    await expect(releaseCallback(t.db, callback!.id, 'bertil')).rejects.toThrow(/being handled by anna/);
    expect(await releaseCallback(t.db, callback!.id, 'anna')).toMatchObject({ status: 'pending', claimedBy: null });
    await expect(releaseCallback(t.db, callback!.id, 'anna')).rejects.toThrow(/not claimed by you/);
  });
});
