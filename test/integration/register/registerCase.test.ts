import { findCaseWithCallbacks } from '../../../src/intake/caseWithCallbacks';
import { InvalidCaseError } from '../../../src/register/errors';
import { registerCase } from '../../../src/intake/registration';
import type { NewCaseInput } from '../../../src/register/newCase';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deadlinesNow } from '../../support/calendar';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 20 });
});
afterAll(() => t.drop());

async function counts() {
  const r = await t.db.query<{ cases: number; events: number; callbacks: number }>(
    `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM case_events) AS events,
            (SELECT count(*) FROM callback_requests) AS callbacks`,
  );
  return r.rows[0]!;
}

describe('registering a case', () => {
  it('gives a complaint with a callback a readable number, deadlines, history and a queued callback', async () => {
    const deadlines = deadlinesNow();
    const { case: c, callback } = await registerCase(t.db, phoneComplaint(), 'resident:phone', deadlines);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date());
    expect(c.reference).toMatch(new RegExp(`^${year}-\\d{5}$`));
    expect(c.status).toBe('registered');
    expect(c.contact).toEqual({ name: 'Karin Andersson', phone: '+46701234567', email: null, address: null });
    // The working calendar's deadlines, as given: two and four weeks on, or the next working day's end.
    expect([c.newsDue, c.answerDue]).toEqual([deadlines.newsDue, deadlines.answerDue]);
    const days = (d: Date) => (d.getTime() - c.registeredAt.getTime()) / 86_400_000;
    expect(days(c.newsDue)).toBeGreaterThanOrEqual(13);
    expect(days(c.answerDue)).toBeGreaterThanOrEqual(27);
    expect(callback).toMatchObject({ caseId: c.id, phone: '+46701234567', status: 'pending', attempts: 0, window: 'morning' });

    const found = await findCaseWithCallbacks(t.db, c.reference);
    expect(found.case.what).toBe(phoneComplaint().what);
    expect(found.events.map((e) => e.action)).toEqual(['registered', 'callback_requested']);
    expect(found.events.every((e) => e.actor === 'resident:phone')).toBe(true);
    expect(found.callbacks).toHaveLength(1);
  });

  it('registers a case without a callback and writes its history', async () => {
    const { case: c, callback } = await registerCase(
      t.db,
      phoneComplaint({ callback: null, replyMethod: 'letter', contact: { name: 'Per', phone: null, email: null } }),
      'agent:anna',
      deadlinesNow(),
    );
    expect(callback).toBeNull();
    const found = await findCaseWithCallbacks(t.db, c.reference);
    expect(found.events).toEqual([expect.objectContaining({ action: 'registered', actor: 'agent:anna' })]);
    expect(found.callbacks).toEqual([]);
  });

  it('finds a case by the number as a person says it', async () => {
    const { case: c } = await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow());
    const [year, seq] = c.reference.split('-');
    const found = await findCaseWithCallbacks(t.db, `${year} ${Number(seq)}`);
    expect(found.case.id).toBe(c.id);
  });

  it('keeps no contact data on an anonymous case', async () => {
    const { case: c } = await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow());
    expect(c.anonymous).toBe(true);
    expect(c.contact).toEqual({ name: null, phone: null, email: null, address: null });
    expect(c.replyMethod).toBeNull();
  });

  it('refuses an anonymous case that carries contact data, and the database refuses it too', async () => {
    const before = await counts();
    await expect(
      registerCase(t.db, anonymousPraise({ contact: { name: 'Eva', phone: null, email: null } }), 'resident:chat', deadlinesNow()),
    ).rejects.toThrow(/anonymous case cannot keep contact details/);
    await expect(
      t.db.query(
        `INSERT INTO cases (reference, status, kind, area, channel, what, language, anonymous, contact_name, news_due, answer_due)
         VALUES ('1999-00001', 'registered', 'berom', 'annat', 'chat', 'x', 'sv', true, 'Eva', now() + interval '14 days', now() + interval '28 days')`,
      ),
    ).rejects.toThrow(/anonymous_keeps_no_contact/);
    expect(await counts()).toEqual(before);
  });

  it('gives 50 simultaneous registrations 50 different numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => registerCase(t.db, phoneComplaint({ callback: null, what: `Ärende ${i}` }), 'resident:phone', deadlinesNow())),
    );
    const refs = results.map((r) => r.case.reference);
    expect(new Set(refs).size).toBe(50);
    const numbers = refs.map((r) => Number(r.split('-')[1])).sort((a, b) => a - b);
    expect(numbers[49]! - numbers[0]!).toBe(49);
  });
});

describe('invalid input is refused with a clear error, and nothing is written', () => {
  const cases: [string, Partial<NewCaseInput>, RegExp][] = [
    ['a registered case without what happened', { what: null }, /what: a registered case needs a description/],
    ['an unknown kind', { kind: 'gnäll' as never }, /kind/],
    ['an unknown area', { area: 'skola' as never }, /area/],
    ['a phone number not in E.164', { contact: { name: 'Per', phone: '070-123', email: null } }, /contact\.phone: must be a phone number/],
    ['a callback window that ends before it starts', {
      callback: { phone: '+46701234567', window: 'morning', windowStart: new Date('2026-11-26T11:00:00Z'), windowEnd: new Date('2026-11-26T07:00:00Z') },
    }, /callback\.windowEnd: the callback window must end after it starts/],
    ['a callback without a reply by phone', { replyMethod: 'letter' }, /a callback is a reply by phone/],
    ['a reply by e-mail without an address', { replyMethod: 'email', callback: null }, /needs an e-mail address/],
    ['an over-long description', { what: 'x'.repeat(8001) }, /what/],
    ['an incomplete case with nothing said', { status: 'incomplete', what: null, whenWhere: null, consequences: null }, /must keep something the resident said/],
  ];

  it.each(cases)('refuses %s', async (_label, overrides, message) => {
    const before = await counts();
    const attempt = registerCase(t.db, phoneComplaint(overrides), 'resident:phone', deadlinesNow());
    await expect(attempt).rejects.toBeInstanceOf(InvalidCaseError);
    await expect(attempt).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  });

  it('writes no half case when the database fails after the case row is written', async () => {
    // A database hiccup between the case row and its callback: the whole registration must roll back.
    await t.db.exec(`CREATE FUNCTION refuse_callback() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'simulated failure'; END $$;
      CREATE TRIGGER refuse_callback BEFORE INSERT ON callback_requests FOR EACH ROW EXECUTE FUNCTION refuse_callback();`);
    try {
      const before = await counts();
      // A number nobody is waiting on: a second request from the same number would join the open callback instead.
      const phone = '+46709876543';
      const callback = { ...phoneComplaint().callback!, phone };
      const input = phoneComplaint({ contact: { name: 'Karin Andersson', phone, email: null }, callback });
      await expect(registerCase(t.db, input, 'resident:phone', deadlinesNow())).rejects.toThrow(/simulated failure/);
      expect(await counts()).toEqual(before);
    } finally {
      await t.db.exec('DROP TRIGGER refuse_callback ON callback_requests; DROP FUNCTION refuse_callback();');
    }
  });
});
