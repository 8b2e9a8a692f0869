import type { Database, Queryable } from '../../../src/db/database';
import { registerCase } from '../../../src/intake/registration';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** The database, counting round trips: each statement, and a transaction's BEGIN and COMMIT. */
function counting(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const counted = (q: Queryable): Queryable['query'] => (text, params) => {
    statements.push(text.trim().split(/\s+/).slice(0, 3).join(' '));
    return q.query(text, params);
  };
  const wrapped: Database = {
    ...db,
    query: counted(db),
    transaction: (fn) => {
      statements.push('BEGIN');
      return db.transaction((tx) => fn({ ...tx, query: counted(tx) })).finally(() => statements.push('COMMIT'));
    },
  };
  return { db: wrapped, statements };
}

describe('registering a case with its callback and its SMS receipt', () => {
  it('writes all of it in one transaction of seven round trips: the number, the routing rule, then case with receipt and history, then the callback', async () => {
    const { db, statements } = counting(t.db);
    const { case: c, callback } = await registerCase(db, phoneComplaint({ receiptPhone: '+46701234567' }), 'resident:phone', deadlinesNow());
    expect(callback).toMatchObject({ caseId: c.id, status: 'pending' });
    const outbox = await t.db.query('SELECT kind FROM outbox_messages WHERE case_id = $1', [c.id]);
    expect(outbox.rows).toEqual([{ kind: 'sms_receipt' }]);
    const events = await t.db.query<{ action: string }>('SELECT action FROM case_events WHERE case_id = $1 ORDER BY id', [c.id]);
    expect(events.rows.map((e) => e.action)).toEqual(['registered', 'receipt_queued', 'callback_requested']);
    // Before this split the register did the same in six (seven with the conversation's saved turn beside it); the
    // routing of a new case to its unit (db/013) reads the area's rules, one indexed read, before the insert.
    expect(statements).toHaveLength(7);
    expect(statements[1]).toBe('BEGIN');
    expect(statements[2]).toBe('SELECT r.id, r.words,');
    expect(statements.at(-1)).toBe('COMMIT');
  });

  it('asks the routing rules once for a serious case they give no unit: who is told comes from that answer', async () => {
    const { db, statements } = counting(t.db);
    const settings = { workspaceUrl: 'http://localhost:3000', seriousCasesEmail: 'registrator@kommun.example' };
    const { case: c } = await registerCase(db, phoneComplaint({ serious: true, area: 'annat', callback: null }), 'resident:phone', deadlinesNow(), settings);
    expect(c.unitId).toBeNull();
    expect(statements.filter((s) => s === 'SELECT r.id, r.words,')).toHaveLength(1);
    const told = await t.db.query<{ recipient: string }>("SELECT recipient FROM outbox_messages WHERE case_id = $1 AND kind = 'email'", [c.id]);
    expect(told.rows).toEqual([{ recipient: 'registrator@kommun.example' }]);
  });
});
