import { registerCase } from '../../../src/intake/registration';
import type { Case } from '../../../src/register/case';
import { GUESS_POLICY } from '../../../src/residentStatus/guessThrottle';
import { createStatusDesk, type StatusRequest } from '../../../src/residentStatus/statusDesk';
import { deadlinesNow, defaultCalendar } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { threeRungLadder } from '../../support/units';

const NOW = new Date('2026-11-25T09:00:00Z');
const settings = { workspaceUrl: null, seriousCasesEmail: null };
const OWN = '+46701234567';

let t: TestDatabase;
let now = NOW;
let codes: string[];
let desk: ReturnType<typeof createStatusDesk>;
let norr: number;

async function caseIn(): Promise<Case> {
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'investigating' WHERE id = $1`, [c.id, norr]);
  return c;
}

const ask = (c: Case, requester: string, guesser: string, callerNumber: string | null = null): StatusRequest => ({
  requester,
  channel: 'phone',
  reference: c.reference,
  callerNumber,
  guesser: { scope: 'phone', value: guesser },
});
const smsCount = async (c: Case) => Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM outbox_messages WHERE case_id = $1 AND kind = 'sms'`, [c.id])).rows[0]!.n);

beforeAll(async () => {
  t = await createTestDatabase();
  ({ norr } = await threeRungLadder(t.db));
  let n = 0;
  codes = [];
  desk = createStatusDesk({
    db: t.db,
    clock: () => now,
    secret: 'a-secret-for-the-desk-test-only-0123456789',
    guessPolicy: GUESS_POLICY,
    followUp: settings,
    calendar: defaultCalendar(),
    newCode: () => {
      const code = String(123456 + n++);
      codes.push(code);
      return code;
    },
  });
});
afterAll(async () => {
  await t?.drop();
});
beforeEach(() => {
  now = NOW;
});

describe('the status desk', () => {
  it('tells the status at once to a call from the case\'s own number, and sends no code', async () => {
    const c = await caseIn();
    const outcome = await desk.lookUp(ask(c, 'CA-own', OWN, OWN));
    expect(outcome).toMatchObject({ kind: 'told', facts: { reference: c.reference, status: 'investigating', unitName: 'Hemtjänst Norr', answered: false } });
    expect(await smsCount(c)).toBe(0);
  });

  it('a code lasts ten minutes by the injected clock, and is stored only as a hash', async () => {
    const c = await caseIn();
    expect(await desk.lookUp(ask(c, 'CA-late', '+46705551111'))).toMatchObject({ kind: 'codeSent', via: 'sms' });
    const code = codes.at(-1)!;
    const stored = await t.db.query<{ code_hash: string }>('SELECT code_hash FROM status_codes WHERE requester = $1', ['CA-late']);
    expect(stored.rows[0]!.code_hash).not.toContain(code);
    now = new Date(NOW.getTime() + 10 * 60_000);
    expect(await desk.enterCode('CA-late', 'phone', code)).toEqual({ kind: 'expired' });

    expect(await desk.lookUp(ask(c, 'CA-in-time', '+46705551111'))).toMatchObject({ kind: 'codeSent' });
    now = new Date(now.getTime() + 9 * 60_000);
    expect(await desk.enterCode('CA-in-time', 'phone', codes.at(-1)!)).toMatchObject({ kind: 'told' });
    // Keyed right once, the same code does not work again.
    expect(await desk.enterCode('CA-in-time', 'phone', codes.at(-1)!)).toEqual({ kind: 'ended' });
  });

  it('sends at most five codes an hour to one case, whoever asks', async () => {
    const c = await caseIn();
    for (let i = 0; i < 5; i++) expect(await desk.lookUp(ask(c, `CA-flood-${i}`, `+4670555200${i}`))).toMatchObject({ kind: 'codeSent' });
    expect(await desk.lookUp(ask(c, 'CA-flood-5', '+46705552005'))).toEqual({ kind: 'throttled' });
    expect(await smsCount(c)).toBe(5);
    now = new Date(NOW.getTime() + 60 * 60_000);
    expect(await desk.lookUp(ask(c, 'CA-flood-6', '+46705552006'))).toMatchObject({ kind: 'codeSent' });
  });

  it('"not satisfied" only from a requester who proved the number, and only for an answered case', async () => {
    const c = await caseIn();
    expect(await desk.notSatisfied('CA-stranger', 'phone', c.id)).toBeNull();
    await desk.lookUp(ask(c, 'CA-owner', OWN, OWN));
    expect(await desk.notSatisfied('CA-owner', 'phone', c.id)).toMatchObject({ kind: 'notAnswered' });
    now = new Date(NOW.getTime() + 31 * 60_000);
    expect(await desk.notSatisfied('CA-owner', 'phone', c.id)).toBeNull();
  });
});
