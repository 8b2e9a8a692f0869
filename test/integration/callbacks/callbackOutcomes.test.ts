import { claimCallback } from '../../../src/callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../../src/callbacks/callbackOutcomes';
import type { CallbackPolicy } from '../../../src/callbacks/callbackPolicy';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { registerCaseWithCallback } from '../../support/agentCases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const policy: CallbackPolicy = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Makes a rescheduled callback due again, as if the retry spacing had passed. */
async function timePasses(callbackId: number) {
  await t.db.query('UPDATE callback_requests SET next_attempt_at = now() WHERE id = $1', [callbackId]);
}

describe('recording how a callback went', () => {
  it('is done when the resident is reached', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    await claimCallback(t.db, callback!.id, 'anna', policy);
    const done = await recordCallbackOutcome(t.db, { callbackId: callback!.id, agent: 'anna', outcome: 'reached', note: 'Pratade med dottern.' }, policy);
    expect(done).toMatchObject({ status: 'done', attempts: 1, claimedBy: null });
    const events = await listCaseEvents(t.db, c.id);
    expect(events.slice(-2).map((e) => [e.action, e.actor])).toEqual([
      ['callback_attempted', 'agent:anna'],
      ['callback_done', 'agent:anna'],
    ]);
    expect(events.at(-2)!.details).toMatchObject({ outcome: 'reached', attempt: 1 });
    const attempts = await t.db.query('SELECT agent, outcome, note FROM callback_attempts WHERE callback_id = $1', [callback!.id]);
    expect(attempts.rows).toEqual([{ agent: 'anna', outcome: 'reached', note: 'Pratade med dottern.' }]);
  });

  it('retries after no answer or busy, spaced by the policy, then fails with a note on the case', async () => {
    const { case: c, callback } = await registerCaseWithCallback(t.db);
    const id = callback!.id;
    await claimCallback(t.db, id, 'anna', policy);
    const first = await recordCallbackOutcome(t.db, { callbackId: id, agent: 'anna', outcome: 'no_answer', note: null }, policy);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });
    const spacing = (first.nextAttemptAt.getTime() - Date.now()) / 60_000;
    expect(spacing).toBeGreaterThan(58);
    expect(spacing).toBeLessThan(61);

    await timePasses(id);
    await claimCallback(t.db, id, 'bertil', policy);
    expect(await recordCallbackOutcome(t.db, { callbackId: id, agent: 'bertil', outcome: 'busy', note: null }, policy)).toMatchObject({
      status: 'pending',
      attempts: 2,
    });
    await timePasses(id);
    await claimCallback(t.db, id, 'anna', policy);
    const last = await recordCallbackOutcome(t.db, { callbackId: id, agent: 'anna', outcome: 'no_answer', note: 'Tredje försöket.' }, policy);
    expect(last).toMatchObject({ status: 'failed', attempts: 3 });

    const events = await listCaseEvents(t.db, c.id);
    expect(events.at(-1)).toMatchObject({ action: 'callback_failed', details: { attempts: 3, reason: 'not_reached' } });
    expect(events.filter((e) => e.action === 'callback_attempted').map((e) => e.details.outcome)).toEqual(['no_answer', 'busy', 'no_answer']);
  });

  it('fails at once on a wrong number', async () => {
    const { callback } = await registerCaseWithCallback(t.db);
    await claimCallback(t.db, callback!.id, 'anna', policy);
    expect(
      await recordCallbackOutcome(t.db, { callbackId: callback!.id, agent: 'anna', outcome: 'wrong_number', note: null }, policy),
    ).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('takes an outcome only from the agent holding the claim, and only once', async () => {
    const { callback } = await registerCaseWithCallback(t.db);
    const report = { callbackId: callback!.id, agent: 'anna', outcome: 'reached' as const, note: null };
    await expect(recordCallbackOutcome(t.db, report, policy)).rejects.toThrow(/not claimed by you .*claim it before/);
    await claimCallback(t.db, callback!.id, 'bertil', policy);
    await expect(recordCallbackOutcome(t.db, report, policy)).rejects.toThrow(/being handled by bertil/);
    await recordCallbackOutcome(t.db, { ...report, agent: 'bertil' }, policy);
    await expect(recordCallbackOutcome(t.db, { ...report, agent: 'bertil' }, policy)).rejects.toThrow(/it is done/);
    const n = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM callback_attempts WHERE callback_id = $1', [callback!.id]);
    expect(n.rows[0]!.n).toBe(1);
  });
});
