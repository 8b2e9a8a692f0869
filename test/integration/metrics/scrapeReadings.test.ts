import { callbackBacklog } from '../../../src/callbacks/callbackBacklog';
import { registerCase } from '../../../src/intake/registration';
import { enqueueOutboxMessage, markFailed } from '../../../src/outbox/outboxStore';
import { outboxBacklog } from '../../../src/outbox/outboxBacklog';
import { caseCountsByAreaAndKind } from '../../../src/register/caseCounts';
import { deadlinesNow } from '../../support/calendar';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

/** Each on its own number: a second callback to the same number would join the first. */
const window = (phone: string, start: string, end: string) => ({ phone, window: 'morning' as const, windowStart: new Date(start), windowEnd: new Date(end) });

describe('what the metrics read on a scrape', () => {
  it('counts open callbacks, and as overdue those whose window has closed', async () => {
    await registerCase(t.db, phoneComplaint({ receiptPhone: '+46701111111', callback: window('+46701111111', '2026-11-26T07:00:00Z', '2026-11-26T11:00:00Z') }), 'resident:phone', deadlinesNow());
    await registerCase(t.db, phoneComplaint({ receiptPhone: '+46702222222', callback: window('+46702222222', '2026-11-27T07:00:00Z', '2026-11-27T11:00:00Z') }), 'resident:phone', deadlinesNow());
    const done = await registerCase(t.db, phoneComplaint({ receiptPhone: '+46703333333', callback: window('+46703333333', '2026-11-20T07:00:00Z', '2026-11-20T11:00:00Z') }), 'resident:phone', deadlinesNow());
    await t.db.query(`UPDATE callback_requests SET status = 'done' WHERE id = $1`, [done.callback!.id]);

    expect(await callbackBacklog(t.db, new Date('2026-11-25T12:00:00Z'))).toEqual({ waiting: 2, overdue: 0 });
    expect(await callbackBacklog(t.db, new Date('2026-11-26T12:00:00Z'))).toEqual({ waiting: 2, overdue: 1 });
    expect(await callbackBacklog(t.db, new Date('2026-12-01T12:00:00Z'))).toEqual({ waiting: 2, overdue: 2 });
  });

  it('counts pending and failed messages per kind, every kind named', async () => {
    const before = await outboxBacklog(t.db);
    const click = await enqueueOutboxMessage(t.db, { kind: 'click_to_call', caseId: null, recipient: '+46701234567', body: null, payload: {} });
    await markFailed(t.db, click.id, 'no answer');
    const after = await outboxBacklog(t.db);
    expect(Object.keys(after).sort()).toEqual(['click_to_call', 'email', 'letter', 'sms', 'sms_receipt']);
    // Three complaints above each queued an SMS receipt.
    expect(after.sms_receipt).toEqual({ pending: 3, failed: 0 });
    expect(after.click_to_call).toEqual({ pending: before.click_to_call.pending, failed: before.click_to_call.failed + 1 });
  });

  it('counts registered cases per area and kind within a period, incomplete intakes left out', async () => {
    await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow());
    await registerCase(t.db, { status: 'incomplete', channel: 'phone', what: 'Lade på mitt i.' }, 'resident:phone', deadlinesNow());
    const now = Date.now();
    const counts = await caseCountsByAreaAndKind(t.db, new Date(now - 3_600_000), new Date(now + 3_600_000));
    expect(counts.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { area: 'stod_och_service', kind: 'berom', count: 1 },
      { area: 'aldreomsorg', kind: 'klagomal', count: 3 },
    ]);
    expect(await caseCountsByAreaAndKind(t.db, new Date(now + 3_600_000), new Date(now + 7_200_000))).toEqual([]);
  });
});
