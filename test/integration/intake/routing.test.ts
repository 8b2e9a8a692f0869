import { reroute } from '../../../src/agent/caseWork';
import { completeCase, registerCase } from '../../../src/intake/registration';
import { addRule } from '../../../src/organisation/routingRules';
import { setActive } from '../../../src/organisation/units';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { InvalidCaseError } from '../../../src/register/errors';
import { createAccount } from '../../support/agentClient';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';

let t: TestDatabase;
let norr: number;
let syd: number;
beforeAll(async () => {
  t = await createTestDatabase();
  norr = await unitNamed(t.db, 'Hemtjänst Norr');
  syd = await unitNamed(t.db, 'Hemtjänst Syd');
  await addRule(t.db, { serviceArea: 'aldreomsorg', words: ['norr'], unitId: norr, priority: 10 });
});
afterAll(() => t.drop());

const register = (overrides = {}) => registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', ...overrides }), 'resident:phone', deadlinesNow());
const history = async (caseId: number) => (await listCaseEvents(t.db, caseId)).map((e) => [e.actor, e.action, e.details]);

describe('a new case at registration', () => {
  it('lands routed in the unit of the first matching rule, in the same statement, with the rule in its history', async () => {
    const { case: c } = await register({ what: 'Hemtjänsten i Norr kom inte.' });
    expect(c).toMatchObject({ status: 'routed', unitId: norr });
    expect(await history(c.id)).toEqual([
      ['resident:phone', 'registered', expect.objectContaining({ area: 'aldreomsorg' })],
      ['system', 'status_changed', { from: 'registered', to: 'routed', unit: 'Hemtjänst Norr', unitId: norr, rule: expect.any(Number) }],
    ]);
  });

  it('waits, registered and with no unit, when no rule matches', async () => {
    const { case: c } = await register({ what: 'Maten var kall.', whenWhere: null, consequences: null });
    expect(c).toMatchObject({ status: 'registered', unitId: null });
    expect((await history(c.id)).map((e) => e[1])).toEqual(['registered']);
  });

  it('goes to the unit the agent chose, before any rule, and refuses a unit that cannot take it', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', what: 'Norr', unitId: syd }), 'agent:anna', deadlinesNow());
    expect(c).toMatchObject({ status: 'routed', unitId: syd });
    expect((await history(c.id))[1]).toEqual(['agent:anna', 'status_changed', { from: 'registered', to: 'routed', unit: 'Hemtjänst Syd', unitId: syd }]);

    await expect(register({ unitId: 999999 })).rejects.toThrow(InvalidCaseError);
    await setActive(t.db, syd, false);
    const refused = await register({ unitId: syd }).catch((e: unknown) => e as InvalidCaseError);
    expect(refused).toBeInstanceOf(InvalidCaseError);
    expect((refused as InvalidCaseError).problems).toEqual([{ field: 'unitId', message: 'Hemtjänst Syd tar inte emot ärenden längre. Välj en annan enhet.' }]);
    await setActive(t.db, syd, true);
  });

  it('is routed when an incomplete case is completed, by the rules like any new case', async () => {
    const { case: kept } = await registerCase(t.db, { status: 'incomplete', channel: 'phone', what: 'Hemtjänsten norr…' }, 'resident:phone', deadlinesNow());
    expect(kept).toMatchObject({ status: 'incomplete', unitId: null });
    const done = await t.db.transaction((tx) => completeCase(tx, kept.id, { kind: 'klagomal', area: 'aldreomsorg', what: 'Hemtjänsten Norr kom inte.' }, 'anna'));
    expect(done.case).toMatchObject({ status: 'routed', unitId: norr });
    expect((await history(kept.id)).map((e) => [e[0], e[1]])).toEqual([
      ['resident:phone', 'kept_incomplete'],
      ['agent:anna', 'completed'],
      ['system', 'status_changed'],
    ]);
  });
});

describe('re-routing', () => {
  it('moves a case to another unit with the reason in its history; the reason and a real unit are required', async () => {
    const admin = await createAccount(t.db, 'adam', 'admin');
    const reader = { agent: admin, scope: { kind: 'all' } as const };
    const { case: c } = await register({ what: 'Hemtjänsten i Norr kom inte.' });
    const moved = await reroute(t.db, c.reference, { unitId: syd, reason: 'Gäller Syds brukare.' }, reader);
    expect(moved).toMatchObject({ status: 'routed', unitId: syd });
    expect((await history(c.id)).at(-1)).toEqual(['agent:adam', 'rerouted', { fromUnit: 'Hemtjänst Norr', unit: 'Hemtjänst Syd', unitId: syd, reason: 'Gäller Syds brukare.' }]);
    await expect(reroute(t.db, c.reference, { unitId: syd, reason: 'igen' }, reader)).rejects.toThrow(InvalidCaseError);
    await expect(reroute(t.db, c.reference, { unitId: 999999, reason: 'x' }, reader)).rejects.toThrow(InvalidCaseError);
  });
});
