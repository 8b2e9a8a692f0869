import { findCaseByReference } from '../../../src/register/findCase';
import { registerCase } from '../../../src/intake/registration';
import { signedIn, startAgentService, type AgentClient, type AgentService } from '../../support/agentClient';
import { anonymousPraise } from '../../support/cases';
import { deadlinesNow } from '../../support/calendar';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

// Past the 99,999th case of a year the numbers grow a digit; before, lpad cut 100000 to "10000", already taken.
let t: TestDatabase;
let service: AgentService;
let agent: AgentClient;
let year: string;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 25 });
  service = await startAgentService(t);
  agent = await signedIn(service, t.db, 'anna', 'agent');
  year = (await t.db.query<{ year: string }>(`SELECT extract(year FROM now() AT TIME ZONE 'Europe/Stockholm')::text AS year`)).rows[0]!.year;
  // The year so far: case 10000 was given long ago (the number lpad used to cut 100000 to), and 99,998 in all.
  await t.db.query('INSERT INTO case_number_counters (year, last_number) VALUES ($1::integer, 9999)', [year]);
  expect(await register()).toBe(`${year}-10000`);
  await t.db.query('UPDATE case_number_counters SET last_number = 99998 WHERE year = $1::integer', [year]);
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

const register = () => registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow()).then((r) => r.case.reference);

describe('case numbers past 99,999 in a year', () => {
  it('keep growing, one digit more, and stay unique when many register at once', async () => {
    expect(await register()).toBe(`${year}-99999`);
    expect(await register()).toBe(`${year}-100000`);
    expect(await register()).toBe(`${year}-100001`);

    const together = await Promise.all(Array.from({ length: 20 }, register));
    expect(new Set(together).size).toBe(20);
    expect([...together].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `${year}-${100002 + i}`).sort());
  });

  it('are found as people type them, leading zero or not', async () => {
    const reference = `${year}-100000`;
    for (const typed of [reference, `${year}-0100000`, `${year}100000`, `${year} 100000`]) {
      expect((await findCaseByReference(t.db, typed)).case.reference).toBe(reference);
    }
    // Five-digit numbers still take the short form.
    expect((await findCaseByReference(t.db, `${year}-${99999}`)).case.reference).toBe(`${year}-99999`);
  });

  it('are shown whole on the agent pages and in the API', async () => {
    const search = await agent.page(`/agent/cases?reference=${year}-0100001`);
    expect(search).toMatchObject({ status: 303, location: `/agent/cases/${year}-100001` });
    const page = await agent.page(search.location!);
    expect(page.html).toContain(`<h1>Ärende ${year}-100001</h1>`);
    const api = await agent.api<{ case: { reference: string } }>('GET', `/api/agent/cases/${year}100001`);
    expect(api.body.case.reference).toBe(`${year}-100001`);
  });
});
