import { addMember, listMembers, unitsOfAccounts } from '../../../src/organisation/memberships';
import { OrganisationError } from '../../../src/organisation/organisationErrors';
import { addRule, listRules, removeRule, routeFor } from '../../../src/organisation/routingRules';
import { addManager, listManagers } from '../../../src/organisation/unitManagers';
import { newManagerSchema, newRuleSchema, newUnitSchema, unitDetailsSchema } from '../../../src/organisation/unitSchemas';
import { addUnit, findUnitByName, listUnits, setActive, setParent, updateUnit } from '../../../src/organisation/units';
import { createAccount } from '../../support/agentClient';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const unit = (input: Record<string, unknown>) => addUnit(t.db, newUnitSchema.parse(input));
const refusal = async (promise: Promise<unknown>) => {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(OrganisationError);
  const { field, message } = err as OrganisationError;
  return { field, message };
};

describe('units in a ladder', () => {
  it('keeps a name once, however it is spelt in case and spacing, and finds it by any spelling', async () => {
    const norr = await unit({ name: '  Hemtjänst   Norr ', serviceAreas: 'aldreomsorg' });
    expect(norr).toMatchObject({ name: 'Hemtjänst Norr', level: 'enhet', parentId: null, serviceAreas: ['aldreomsorg'], active: true });
    expect(await refusal(unit({ name: 'hemtjänst norr' }))).toEqual({ field: 'name', message: expect.stringContaining('Det finns redan en enhet som heter Hemtjänst Norr') });
    expect((await findUnitByName(t.db, 'HEMTJÄNST  norr'))?.id).toBe(norr.id);
    expect(newUnitSchema.safeParse({ name: '   ' }).error?.issues[0]?.message).toBe('skriv enhetens namn');
    expect(newUnitSchema.safeParse({ name: 'x', serviceAreas: { aldreomsorg: true, annat: false } }).data?.serviceAreas).toEqual(['aldreomsorg']);
    expect(newUnitSchema.safeParse({ name: 'x', serviceAreas: 'skola' }).success).toBe(false);

    const other = await unit({ name: 'Hemtjänst Mitt' });
    expect(await updateUnit(t.db, other.id, unitDetailsSchema.parse({ name: 'Hemtjänst  Centrum', serviceAreas: 'aldreomsorg,annat' }))).toMatchObject({ name: 'Hemtjänst Centrum', serviceAreas: ['aldreomsorg', 'annat'] });
    expect(await refusal(updateUnit(t.db, other.id, unitDetailsSchema.parse({ name: 'HEMTJÄNST NORR', serviceAreas: [] })))).toMatchObject({ field: 'name' });
    expect((await findUnitByName(t.db, 'hemtjänst centrum'))?.id).toBe(other.id);
  });

  it('puts a unit only under a higher rung, so the ladder cannot loop', async () => {
    const sektor = await unit({ name: 'Vård och omsorg', level: 'sektor' });
    const aldre = await unit({ name: 'Äldreomsorgen', level: 'verksamhet', parentId: sektor.id });
    const syd = await unit({ name: 'Hemtjänst Syd', parentId: aldre.id });
    expect(await refusal(unit({ name: 'Fel', level: 'verksamhet', parentId: syd.id }))).toMatchObject({ field: 'parentId', message: expect.stringContaining('en nivå högre') });
    expect(await refusal(setParent(t.db, sektor.id, aldre.id))).toMatchObject({ field: 'parentId' });
    expect(await refusal(setParent(t.db, aldre.id, aldre.id))).toMatchObject({ field: 'parentId' });
    expect(await refusal(unit({ name: 'Ingenstans', parentId: 999999 }))).toMatchObject({ field: 'parentId', message: expect.stringContaining('ingen enhet nummer 999999') });
    const norr = (await findUnitByName(t.db, 'Hemtjänst Norr'))!;
    expect(await setParent(t.db, norr.id, aldre.id)).toMatchObject({ parentId: aldre.id });
    expect(await setParent(t.db, norr.id, sektor.id)).toMatchObject({ parentId: sektor.id });
    expect(await setParent(t.db, norr.id, null)).toMatchObject({ parentId: null });
  });

  it('gives a unit managers whose title is its rung, with an account when they have one', async () => {
    const aldre = (await findUnitByName(t.db, 'Äldreomsorgen'))!;
    const vera = await createAccount(t.db, 'vera', 'handler', { unit: 'Äldreomsorgen' });
    const manager = await addManager(t.db, aldre.id, newManagerSchema.parse({ title: 'verksamhetschef', name: 'Vera Viklund', email: 'vera@kommun.se', username: 'Vera' }));
    expect(manager).toMatchObject({ unitId: aldre.id, title: 'verksamhetschef', agentId: vera.id });
    expect(await refusal(addManager(t.db, aldre.id, newManagerSchema.parse({ title: 'enhetschef', name: 'E', email: 'e@kommun.se' })))).toMatchObject({ field: 'title' });
    expect(await refusal(addManager(t.db, aldre.id, newManagerSchema.parse({ title: 'verksamhetschef', name: 'X', email: 'x@kommun.se', username: 'nobody' })))).toMatchObject({ field: 'username' });
    expect(newManagerSchema.safeParse({ title: 'verksamhetschef', name: 'X', email: 'inte en adress' }).success).toBe(false);
    expect((await listManagers(t.db, aldre.id)).map((m) => m.name)).toEqual(['Vera Viklund']);
    expect((await listMembers(t.db, aldre.id)).map((m) => m.username)).toEqual(['vera']);
    await addMember(t.db, aldre.id, vera.id); // again: no change
    expect((await unitsOfAccounts(t.db)).get(vera.id)?.map((u) => u.name)).toEqual(['Äldreomsorgen']);
  });
});

describe('routing rules', () => {
  it('route by area, then by the words all found in the description, lowest priority first; inactive units are skipped', async () => {
    const id = async (name: string) => (await findUnitByName(t.db, name))!.id;
    const whole = await addRule(t.db, newRuleSchema.parse({ serviceArea: 'aldreomsorg', unitId: await id('Äldreomsorgen') }));
    const syd = await addRule(t.db, newRuleSchema.parse({ serviceArea: 'aldreomsorg', words: 'Hemtjänst, SYD', unitId: await id('Hemtjänst Syd'), priority: '10' }));
    const norr = await addRule(t.db, newRuleSchema.parse({ serviceArea: 'aldreomsorg', words: ['hemtjänst', 'norr'], unitId: await id('Hemtjänst Norr'), priority: 20 }));
    expect(syd).toMatchObject({ words: ['hemtjänst', 'syd'], priority: 10 });
    expect(whole).toMatchObject({ words: [], priority: 100 });

    expect(await routeFor(t.db, 'aldreomsorg', 'Hemtjänsten i Syd kom inte.')).toEqual({ unit: { id: await id('Hemtjänst Syd'), name: 'Hemtjänst Syd' }, ruleId: syd.id });
    expect(await routeFor(t.db, 'aldreomsorg', 'HEMTJÄNST NORR glömde maten')).toMatchObject({ ruleId: norr.id });
    expect(await routeFor(t.db, 'aldreomsorg', 'Maten på boendet var kall.')).toMatchObject({ ruleId: whole.id });
    expect(await routeFor(t.db, 'stod_och_service', 'Hemtjänst Syd')).toBeNull();
    expect(await routeFor(t.db, null, 'Hemtjänst Syd')).toBeNull();

    await setActive(t.db, await id('Hemtjänst Syd'), false);
    expect(await routeFor(t.db, 'aldreomsorg', 'Hemtjänsten i Syd kom inte.')).toMatchObject({ ruleId: whole.id });
    expect(await refusal(addRule(t.db, newRuleSchema.parse({ serviceArea: 'annat', unitId: await id('Hemtjänst Syd') })))).toMatchObject({ field: 'unitId', message: expect.stringContaining('tar inte emot ärenden') });
    await setActive(t.db, await id('Hemtjänst Syd'), true);

    await removeRule(t.db, whole.id);
    expect(await routeFor(t.db, 'aldreomsorg', 'Maten på boendet var kall.')).toBeNull();
    expect(await refusal(removeRule(t.db, whole.id))).toMatchObject({ field: 'ruleId' });
    expect((await listRules(t.db)).map((r) => r.id)).toEqual([syd.id, norr.id]);
    expect((await listUnits(t.db, { activeOnly: true })).every((u) => u.active)).toBe(true);
  });
});
