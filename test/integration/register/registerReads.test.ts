/**
 * What the agents' lists and pages show, pinned before and after their queries were rewritten for a register of
 * a million cases (lookups by key and a UNION instead of `id = … OR id IN (…)`, the overdue list in index order).
 */
import { openCase } from '../../../src/agent/caseWork';
import { callResident } from '../../../src/agent/callbackWork';
import { claimCallback, claimNextCallback } from '../../../src/callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../../src/callbacks/callbackOutcomes';
import { countOpenCallbacks, findQueuedCallback, listCallbackQueue } from '../../../src/callbacks/callbackQueue';
import { requestOrJoinCallback } from '../../../src/callbacks/callbackRequests';
import type { Case } from '../../../src/register/case';
import { listOverdueCases, OVERDUE_PAGE_SIZE } from '../../../src/register/caseLists';
import { registerCase } from '../../../src/intake/registration';
import { registerCaseWithCallback, residentPhone } from '../../support/agentCases';
import { phoneComplaint } from '../../support/cases';
import { deadlinesNow } from '../../support/calendar';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';
import { createAccount } from '../../support/agentClient';

const ALL = { kind: 'all' } as const;

const policy = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };
const hour = 3_600_000;
const anna = { id: 1, username: 'anna', role: 'agent', phone: '+46812345678', disabled: false, createdAt: new Date() } as const;
/** An admin reads every case (the access log needs a real account: made in beforeAll). */
const reader = { agent: { ...anna, role: 'admin' as const, id: 0 }, scope: { kind: 'all' } as const };

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 10 });
  // The reader's account: every case read is logged against it.
  reader.agent.id = (await createAccount(t.db, 'anna', 'admin')).id;
});
afterAll(() => t.drop());

const emptyQueue = () => t.db.query("UPDATE callback_requests SET status = 'cancelled', claimed_by = NULL, claimed_at = NULL WHERE status IN ('pending', 'claimed')");

describe('the callback queue', () => {
  beforeEach(emptyQueue);

  it('counts a callback serious when only a case that joined it is, lists it first and gives it out first', async () => {
    const phone = residentPhone(700_001);
    const earliest = await registerCaseWithCallback(t.db, { windowStart: new Date(Date.now() - 5 * hour) });
    const first = await registerCaseWithCallback(t.db, { phone, windowStart: new Date(Date.now() - 1 * hour) });
    const joiner = await registerCaseWithCallback(t.db, { phone, serious: true });
    expect(joiner.callback!.id).toBe(first.callback!.id);

    const queue = await listCallbackQueue(t.db, policy);
    expect(queue.map((q) => [q.id, q.serious])).toEqual([[first.callback!.id, true], [earliest.callback!.id, false]]);
    expect(queue[0]!.cases.map((c) => c.reference)).toEqual([first.case.reference, joiner.case.reference]);
    expect(await countOpenCallbacks(t.db)).toBe(2);
    expect(await findQueuedCallback(t.db, first.callback!.id, policy)).toMatchObject({ serious: true, cases: queue[0]!.cases });

    expect((await claimNextCallback(t.db, 'anna', policy))!.id).toBe(first.callback!.id);
    expect((await claimNextCallback(t.db, 'bertil', policy))!.id).toBe(earliest.callback!.id);
    // Both claimed: still open, still counted and listed.
    expect(await countOpenCallbacks(t.db)).toBe(2);
    expect((await listCallbackQueue(t.db, policy)).map((q) => q.claimedBy)).toEqual(['anna', 'bertil']);
  });

  it('moves a callback to the front when one of its cases is found serious later, and back when it is not', async () => {
    const phone = residentPhone(700_003);
    const earliest = await registerCaseWithCallback(t.db, { windowStart: new Date(Date.now() - 5 * hour) });
    const first = await registerCaseWithCallback(t.db, { phone, windowStart: new Date(Date.now() - 1 * hour) });
    const joiner = await registerCaseWithCallback(t.db, { phone });
    const order = async () => (await listCallbackQueue(t.db, policy)).map((q) => [q.id, q.serious]);
    expect(await order()).toEqual([[earliest.callback!.id, false], [first.callback!.id, false]]);
    // As when an agent completes an interrupted intake and ticks "serious", or the resident adds to it.
    await t.db.query('UPDATE cases SET serious = true WHERE id = $1', [joiner.case.id]);
    expect(await order()).toEqual([[first.callback!.id, true], [earliest.callback!.id, false]]);
    expect((await claimNextCallback(t.db, 'anna', policy))!.id).toBe(first.callback!.id);
    await t.db.query('UPDATE cases SET serious = false WHERE id = $1', [joiner.case.id]);
    expect(await order()).toEqual([[earliest.callback!.id, false], [first.callback!.id, false]]);
  });

  it('shows the most urgent page of a long queue: serious first, then by window', async () => {
    const start = Date.now() - 300 * hour;
    const all = [];
    for (let i = 0; i < 205; i++) all.push(await registerCaseWithCallback(t.db, { windowStart: new Date(start + i * 60_000), serious: i === 204 }));
    const queue = await listCallbackQueue(t.db, policy);
    expect(queue).toHaveLength(200);
    expect(queue[0]!.id).toBe(all[204]!.callback!.id);
    expect(queue.slice(1).map((q) => q.id)).toEqual(all.slice(0, 199).map((r) => r.callback!.id));
    expect(await countOpenCallbacks(t.db)).toBe(205);
  });
});

describe('the case page', () => {
  beforeEach(emptyQueue);

  it('lists the callbacks a case was queued for and joined, their attempts, and what was sent about it', async () => {
    const phone = residentPhone(700_002);
    const own = await registerCaseWithCallback(t.db, { phone });
    await claimCallback(t.db, own.callback!.id, 'anna', policy);
    await callResident(t.db, own.callback!.id, anna, null);
    await recordCallbackOutcome(t.db, { callbackId: own.callback!.id, agent: 'anna', outcome: 'reached', note: null }, policy);
    // Another case from the same number queues a new call, and the first case asks again: it joins that call.
    const other = await registerCaseWithCallback(t.db, { phone });
    expect(other.callback!.id).not.toBe(own.callback!.id);
    const again = await t.db.transaction((tx) =>
      requestOrJoinCallback(tx, own.case.id, { phone, window: 'morning', windowStart: new Date(), windowEnd: new Date(Date.now() + 4 * hour) }, 'resident:phone'),
    );
    expect(again).toMatchObject({ joined: true, callback: { id: other.callback!.id } });
    await claimCallback(t.db, other.callback!.id, 'anna', policy);
    await recordCallbackOutcome(t.db, { callbackId: other.callback!.id, agent: 'anna', outcome: 'no_answer', note: null }, policy);

    const view = await openCase(t.db, own.case.reference, reader);
    expect(view.callbacks.map((c) => c.id)).toEqual([own.callback!.id, other.callback!.id]);
    expect(view.attempts.map((a) => [a.callbackId, a.outcome])).toEqual([[own.callback!.id, 'reached'], [other.callback!.id, 'no_answer']]);
    expect(view.outbox.map((m) => [m.kind, m.caseId])).toEqual([['click_to_call', own.case.id]]);

    const otherView = await openCase(t.db, other.case.reference, reader);
    expect(otherView.callbacks.map((c) => c.id)).toEqual([other.callback!.id]);
    expect(otherView.attempts.map((a) => a.outcome)).toEqual(['no_answer']);
    expect(otherView.outbox).toEqual([]);
  });

  it('shows a case with no callback and nothing sent as just that', async () => {
    const quiet = await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', contact: { name: 'Per', phone: null, email: null } }), 'agent:anna', deadlinesNow());
    const view = await openCase(t.db, quiet.case.reference, reader);
    expect([view.callbacks, view.attempts, view.outbox]).toEqual([[], [], []]);
  });
});

describe('the overdue list', () => {
  const newCase = async (unit: string | null) =>
    (await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', unitId: unit === null ? null : await unitNamed(t.db, unit), contact: { name: 'Per', phone: null, email: null } }), 'agent:anna', deadlinesNow())).case;
  const dueIn = (id: number, status: string, newsDays: number, answerDays: number) =>
    t.db.query(
      `UPDATE cases SET status = $2, registered_at = now() - interval '40 days',
         news_due = now() + make_interval(days => $3), answer_due = now() + make_interval(days => $4) WHERE id = $1`,
      [id, status, newsDays, answerDays],
    );

  beforeAll(() => t.db.query("UPDATE cases SET status = 'closed'"));

  it('lists the first deadline missed first, each case once, and leaves out what is answered, closed or on time', async () => {
    const units = ['Hemtjänst Norr', 'Hemtjänst Söder', null];
    const cases: Case[] = [];
    for (let i = 0; i < 9; i++) cases.push(await newCase(units[i % 3]!));
    // Units in turn: a, d, g in Norr; b, e, h in Söder; c, f, k in none.
    const [a, b, c, d, e, f, g, h, k] = cases.map((x) => x.id) as [number, number, number, number, number, number, number, number, number];
    await dueIn(a, 'investigating', -20, -6); // answer missed
    await dueIn(b, 'registered', -30, -16); // answer missed, earliest
    await dueIn(c, 'routed', -3, 11); // news missed
    await dueIn(d, 'investigating', -3, 11); // news reached the resident in time: not overdue
    await t.db.query(`UPDATE cases SET news_given_at = now() - interval '5 days' WHERE id = $1`, [d]);
    await dueIn(e, 'answered', -30, -16); // answered: not overdue
    await dueIn(f, 'closed', -30, -16); // closed: not overdue
    await dueIn(g, 'incomplete', -1, 13); // an interrupted intake nobody followed up
    await dueIn(h, 'registered', 2, 16); // not yet due
    await dueIn(k, 'investigating', -25, -11); // answer missed

    const all = await listOverdueCases(t.db, ALL);
    const ref = (id: number) => cases.find((x) => x.id === id)!.reference;
    expect(all.map((o) => [o.case.reference, o.missed])).toEqual([
      [ref(b), 'answer'],
      [ref(k), 'answer'],
      [ref(a), 'answer'],
      [ref(c), 'news'],
      [ref(g), 'news'],
    ]);
    expect((await listOverdueCases(t.db, { kind: 'ofUnits', unitIds: [await unitNamed(t.db, 'Hemtjänst Norr')] })).map((o) => o.case.reference)).toEqual([ref(a), ref(g)]);
    expect((await listOverdueCases(t.db, { kind: 'ofUnits', unitIds: [await unitNamed(t.db, 'Hemtjänst Söder')] })).map((o) => o.case.reference)).toEqual([ref(b)]);
    expect(await listOverdueCases(t.db, { kind: 'ofUnits', unitIds: [] })).toEqual([]);
  });

  it('stops at a page, most overdue first', async () => {
    await t.db.query("UPDATE cases SET status = 'closed'");
    const ids = [];
    for (let i = 0; i < OVERDUE_PAGE_SIZE + 3; i++) ids.push((await newCase('Hemtjänst Norr')).id);
    // The later registered, the longer overdue: the order is by deadline, not by id.
    await t.db.query(
      `UPDATE cases SET status = 'investigating', registered_at = now() - interval '2000 days',
         news_due = now() - make_interval(days => 300 + id), answer_due = now() - make_interval(days => 200 + id) WHERE id = ANY($1::integer[])`,
      [ids],
    );
    const norr = { kind: 'ofUnits', unitIds: [await unitNamed(t.db, 'Hemtjänst Norr')] } as const;
    const page = await listOverdueCases(t.db, norr);
    expect(page).toHaveLength(OVERDUE_PAGE_SIZE);
    expect(page.map((o) => o.case.id)).toEqual([...ids].reverse().slice(0, OVERDUE_PAGE_SIZE));
    expect((await listOverdueCases(t.db, ALL)).map((o) => o.case.id)).toEqual(page.map((o) => o.case.id));
    // The next page goes on where this one stopped.
    expect((await listOverdueCases(t.db, norr, 2)).map((o) => o.case.id)).toEqual([...ids].reverse().slice(OVERDUE_PAGE_SIZE));
  });
});
