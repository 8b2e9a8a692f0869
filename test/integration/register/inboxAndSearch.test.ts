import { registerCase } from '../../../src/intake/registration';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { searchCases } from '../../../src/register/caseSearch';
import { countInbox, INBOX_PAGE_SIZE, readInbox } from '../../../src/register/inbox';
import type { NewCaseInput } from '../../../src/register/newCase';
import { readScopeOf } from '../../../src/agent/readScopeOf';
import { signedIn, startAgentService, type AgentClient, type AgentService } from '../../support/agentClient';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';

/**
 * The ladder: Äldreomsorg norr (verksamhet) above Hemtjänst Norr and Särskilt boende Norr (enheter); LSS Söder
 * (an enhet elsewhere). A handler of Hemtjänst Norr, the verksamhetschef of Äldreomsorg norr, a handler of LSS
 * Söder, customer service and an admin.
 */
let t: TestDatabase;
let service: AgentService;
const unit: Record<'verksamhet' | 'hemtjanst' | 'boende' | 'lss', number> = { verksamhet: 0, hemtjanst: 0, boende: 0, lss: 0 };
let hanna: AgentClient;
let vera: AgentClient;
let lasse: AgentClient;
let anna: AgentClient;
let adam: AgentClient;

/** A case registered as the intake does, then put straight in a unit (and status) to shape the lists. */
async function newCase(unitId: number | null, overrides: Partial<NewCaseInput> = {}, status?: string): Promise<Case> {
  const c = (await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', ...overrides }), 'resident:phone', deadlinesNow())).case;
  await t.db.query(`UPDATE cases SET unit_id = $2, status = coalesce($3, status) WHERE id = $1`, [c.id, unitId, status ?? null]);
  return { ...c, unitId, status: (status as Case['status']) ?? c.status };
}

const references = (cases: { reference: string }[]) => cases.map((c) => c.reference).sort();

beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
  unit.verksamhet = await unitNamed(t.db, 'Äldreomsorg norr', { level: 'verksamhet' });
  unit.hemtjanst = await unitNamed(t.db, 'Hemtjänst Norr', { parentId: unit.verksamhet });
  unit.boende = await unitNamed(t.db, 'Särskilt boende Norr', { parentId: unit.verksamhet });
  unit.lss = await unitNamed(t.db, 'LSS Söder');
  // Each handler belongs to the unit named (createAccount makes the membership).
  hanna = await signedIn(service, t.db, 'hanna', 'handler', { unit: 'Hemtjänst Norr' });
  vera = await signedIn(service, t.db, 'vera', 'handler', { unit: 'Äldreomsorg norr' });
  lasse = await signedIn(service, t.db, 'lasse', 'handler', { unit: 'LSS Söder' });
  anna = await signedIn(service, t.db, 'anna', 'agent');
  adam = await signedIn(service, t.db, 'adam', 'admin');
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

describe('the inbox', () => {
  let open: Case[];
  beforeAll(async () => {
    open = [
      await newCase(unit.hemtjanst, { what: 'Ingen kom på tisdagen.' }),
      await newCase(unit.hemtjanst, { serious: true, what: 'Pappa föll och ingen hjälpte honom upp.' }, 'routed'),
      await newCase(unit.hemtjanst, { kind: 'synpunkt', channel: 'chat' }, 'investigating'),
      await newCase(unit.boende, { area: 'aldreomsorg', confidential: true }),
    ];
    // Not in any inbox: answered, closed, another unit's, no unit yet.
    await newCase(unit.hemtjanst, {}, 'answered');
    await newCase(unit.hemtjanst, {}, 'closed');
    await newCase(unit.lss, { area: 'stod_och_service' });
  });

  it('holds a handler’s units’ open cases, serious first; a manager’s also those of the units below', async () => {
    const hannas = await readInbox(t.db, await readScopeOf(t.db, { id: await idOf('hanna'), role: 'handler' }));
    expect(references(hannas.cases)).toEqual(references(open.slice(0, 3)));
    expect(hannas.cases[0]!.serious).toBe(true);
    expect(hannas.total).toBe(3);
    const veras = await readInbox(t.db, await readScopeOf(t.db, { id: await idOf('vera'), role: 'handler' }));
    expect(references(veras.cases)).toEqual(references(open));
    expect(await countInbox(t.db, await readScopeOf(t.db, { id: await idOf('vera'), role: 'handler' }))).toEqual({ open: 4, serious: 1 });
    const lasses = await readInbox(t.db, await readScopeOf(t.db, { id: await idOf('lasse'), role: 'handler' }));
    expect(lasses.cases.map((c) => c.unitId)).toEqual([unit.lss]);
    // Customer service: every open case but the confidential one; a handler of no unit: nothing.
    const customerService = await readInbox(t.db, { kind: 'notConfidential' });
    expect(customerService.cases.some((c) => c.confidential)).toBe(false);
    expect((await readInbox(t.db, { kind: 'ofUnits', unitIds: [] })).total).toBe(0);
  });

  it('filters by status, kind, area, channel, serious, category and period', async () => {
    const scope = { kind: 'ofUnits' as const, unitIds: [unit.hemtjanst, unit.boende] };
    const only = async (query: Parameters<typeof readInbox>[2]) => references((await readInbox(t.db, scope, query)).cases);
    expect(await only({ status: 'investigating' })).toEqual([open[2]!.reference]);
    expect(await only({ kind: 'synpunkt' })).toEqual([open[2]!.reference]);
    expect(await only({ channel: 'chat' })).toEqual([open[2]!.reference]);
    expect(await only({ serious: true })).toEqual([open[1]!.reference]);
    expect(await only({ serious: false, status: 'registered' })).toEqual(references([open[0]!, open[3]!]));
    expect(await only({ area: 'stod_och_service' })).toEqual([]);
    const yesterday = new Date(Date.now() - 86_400_000);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await only({ registeredFrom: yesterday, registeredBefore: tomorrow })).toHaveLength(4);
    expect(await only({ registeredBefore: yesterday })).toEqual([]);
    await t.db.query(`UPDATE cases SET categories = '{bemötande}' WHERE id = $1`, [open[0]!.id]);
    expect(await only({ category: 'bemötande' })).toEqual([open[0]!.reference]);
  });

  it('pages by 50, in a stable order, with the total', async () => {
    const pageUnit = await unitNamed(t.db, 'Hemsjukvård Väst');
    const many = 2 * INBOX_PAGE_SIZE + 3;
    for (let i = 0; i < many; i++) await newCase(pageUnit, { serious: i % 10 === 0 });
    const scope = { kind: 'ofUnits' as const, unitIds: [pageUnit] };
    const pages = [await readInbox(t.db, scope, { page: 1 }), await readInbox(t.db, scope, { page: 2 }), await readInbox(t.db, scope, { page: 3 })];
    expect(pages.map((p) => p.cases.length)).toEqual([50, 50, 3]);
    expect(pages.every((p) => p.total === many)).toBe(true);
    const all = pages.flatMap((p) => p.cases);
    expect(new Set(all.map((c) => c.id)).size).toBe(many);
    expect(all.slice(0, 11).every((c) => c.serious)).toBe(true);
    expect(all.slice(11).some((c) => c.serious)).toBe(false);
    expect((await readInbox(t.db, scope, { page: 4 })).cases).toEqual([]);
    const newest = await readInbox(t.db, scope, { sort: 'newest' });
    expect(newest.cases[0]!.id).toBeGreaterThan(newest.cases[1]!.id);
  });

  it('is the handler’s start page, with the count in the menu; filters come back in the form and refuse what is not a choice', async () => {
    const home = await hanna.page('/agent');
    expect(home.location).toBe('/agent/inbox');
    const inbox = await hanna.page('/agent/inbox?serious=ja');
    expect(inbox.status).toBe(200);
    expect(inbox.html).toContain('Inkorg (3, varav 1 allvarliga)');
    expect(inbox.html).toContain(open[1]!.reference);
    expect(inbox.html).not.toContain(open[0]!.reference);
    expect(inbox.html).toMatch(/<option value="ja" selected>/);
    // 14 days, or a few more when the 14th is not a working day.
    expect(inbox.html).toMatch(/1[4-7] dagar kvar/);
    expect((await hanna.page('/agent/inbox?status=closed')).status).toBe(400);
    expect((await hanna.page('/agent/inbox?category=nothing-like-it')).status).toBe(400);
    expect((await hanna.page('/agent/inbox?page=0')).status).toBe(400);
    expect((await hanna.page('/agent/inbox?from=2026-02-30')).status).toBe(400);
    // Customer service starts where it did, with the inbox in the menu.
    expect((await anna.page('/agent')).location).toBe('/agent/calls');
    expect((await anna.page('/agent/inbox')).status).toBe(200);
    const api = await hanna.api<{ cases: Case[]; total: number }>('GET', '/api/agent/inbox?kind=synpunkt');
    expect(api.body.cases.map((c) => c.reference)).toEqual([open[2]!.reference]);
  });
});

describe('search as agents type, within what each may read', () => {
  let karin: Case;
  let secret: Case;
  let other: Case;
  beforeAll(async () => {
    karin = await newCase(unit.hemtjanst, {
      contact: { name: 'Karin Lindqvist', phone: '+46701112233', email: 'Karin.Lindqvist@Example.se' },
      what: 'Hemtjänsten glömde medicinerna tre kvällar i rad.',
    });
    secret = await newCase(unit.boende, {
      confidential: true,
      contact: { name: 'Sekretess Svensson', phone: '+46709998877', email: null },
      what: 'Ett ärende om en skyddad person på boendet.',
    });
    other = await newCase(unit.lss, {
      area: 'stod_och_service',
      contact: { name: 'Karin Östberg', phone: '+46701112299', email: 'karin.ostberg@example.se' },
      what: 'Ledsagningen uteblev.',
    });
  });

  const search = async (client: AgentClient, q: string) => {
    const answer = await client.api<{ kind: string | null; hits: { case: Case; matched: string }[] }>('GET', `/api/agent/search?q=${encodeURIComponent(q)}`);
    expect(answer.status).toBe(200);
    return { kind: answer.body.kind, found: answer.body.hits.map((h) => h.case.reference), matched: answer.body.hits.map((h) => h.matched) };
  };

  it('finds a case by a number prefix, with or without its zeros', async () => {
    const [year, number] = karin.reference.split('-') as [string, string];
    const short = String(Number(number));
    expect((await search(adam, `${year} ${short}`)).found[0]).toBe(karin.reference);
    expect((await search(adam, `${year}-${number}`)).found).toEqual([karin.reference]);
    expect((await search(adam, `${year}${number.slice(0, 4)}`)).found).toContain(karin.reference);
    const prefix = await search(adam, `${year} ${short.slice(0, 1)}`);
    expect(prefix.kind).toBe('reference');
    expect(prefix.found.every((r) => r.startsWith(`${year}-`) && String(Number(r.split('-')[1])).startsWith(short.slice(0, 1)))).toBe(true);
    expect(prefix.found.length).toBeGreaterThan(1);
  });

  it('finds a name by any part of it, a phone number in any common form, an e-mail address, words of the description', async () => {
    expect((await search(hanna, 'lindq')).found).toEqual([karin.reference]);
    expect((await search(hanna, 'karin lind')).matched).toEqual(['name']);
    for (const typed of ['070-111 22 33', '0701112233', '+46 70 111 22 33', '0046701112233', '070-111 2']) {
      expect({ typed, found: (await search(hanna, typed)).found }).toEqual({ typed, found: [karin.reference] });
    }
    expect((await search(hanna, 'karin.lindqvist@example.se')).found).toEqual([karin.reference]);
    expect((await search(hanna, 'KARIN.L')).kind).toBe('words');
    expect((await search(hanna, 'karin.lindqvist@')).found).toEqual([karin.reference]);
    // Swedish stemming: "medicin" finds "medicinerna", the last word as typed so far.
    const words = await search(hanna, 'glömde medicin');
    expect(words.found).toEqual([karin.reference]);
    expect(words.matched).toEqual(['description']);
  });

  it('never finds a case outside the scope: another unit’s, or a confidential one for customer service', async () => {
    // (Earlier cases have the test resident Karin Andersson, in Hemtjänst Norr.)
    expect((await search(hanna, 'karin')).found).toContain(karin.reference);
    expect((await search(hanna, 'karin')).found).not.toContain(other.reference);
    expect((await search(hanna, 'östberg')).found).toEqual([]);
    expect((await search(lasse, 'karin')).found).toContain(other.reference);
    expect((await search(lasse, 'karin')).found).not.toContain(karin.reference);
    expect((await search(vera, 'sekretess')).found).toEqual([secret.reference]);
    expect((await search(anna, 'sekretess')).found).toEqual([]);
    expect((await search(anna, '070-999 88 77')).found).toEqual([]);
    expect((await search(adam, 'sekretess')).found).toEqual([secret.reference]);
    expect(references((await searchCases(t.db, { kind: 'all' }, 'karin l')).hits.map((h) => h.case))).toEqual(references([karin]));
    expect(references((await searchCases(t.db, { kind: 'all' }, 'karin ö')).hits.map((h) => h.case))).toEqual(references([other]));
  });

  it('takes what it does not understand as text, never as SQL, and refuses what is too long', async () => {
    expect((await search(adam, "karin' OR '1'='1")).found).toEqual([]);
    expect((await search(adam, '%%%')).found).toEqual([]);
    expect((await search(adam, '_a_')).kind).toBeNull();
    expect((await adam.api('GET', `/api/agent/search?q=${'a'.repeat(201)}`)).status).toBe(400);
  });

  it('works without script: the search page lists the hits', async () => {
    const page = await hanna.page(`/agent/cases?q=${encodeURIComponent('Lindqvist')}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`href="/agent/cases/${karin.reference}"`);
    expect(page.html).toContain('Karin Lindqvist, 070-111 22 33');
    expect(page.html).toContain('1 träff.');
    // A whole number sent opens the case; while typing, the list shows it.
    const [year, number] = karin.reference.split('-') as [string, string];
    expect(await hanna.page(`/agent/cases?q=${year}+${Number(number)}`)).toMatchObject({ status: 303, location: `/agent/cases/${karin.reference}` });
    expect((await hanna.page(`/agent/cases?q=${year}+${Number(number)}&typing=1`)).status).toBe(200);
    // Another unit's case is not opened that way either.
    expect((await lasse.page(`/agent/cases?q=${karin.reference}`)).status).toBe(200);
  });

  it('writes each case a search lists to the access log, and opening a hit as a read', async () => {
    const logged = async (username: string) =>
      (await t.db.query<{ action: string; case_id: number }>(
        `SELECT l.action, l.case_id FROM case_access_log l JOIN agents a ON a.id = l.agent_id WHERE a.username = $1 ORDER BY l.id`, [username],
      )).rows;
    const before = (await logged('vera')).length;
    expect((await search(vera, 'sekretess')).found).toEqual([secret.reference]);
    expect((await vera.page(`/agent/cases?q=${encodeURIComponent('Lindqvist')}`)).status).toBe(200);
    expect((await search(vera, 'ingen har detta namn')).found).toEqual([]);
    expect((await logged('vera')).slice(before)).toEqual([{ action: 'search', case_id: secret.id }, { action: 'search', case_id: karin.id }]);
    expect((await vera.page(`/agent/cases/${karin.reference}`)).status).toBe(200);
    expect((await logged('vera')).at(-1)).toEqual({ action: 'read', case_id: karin.id });
  });
});

describe('categories', () => {
  it('are set by the case’s handler from the configured list, kept in the history, and refused otherwise', async () => {
    const c = await newCase(unit.hemtjanst);
    const path = `/api/agent/cases/${c.reference}/categories`;
    const set = await hanna.api<{ case: Case }>('POST', path, { categories: ['bemötande', 'tillgänglighet'] });
    expect(set.status).toBe(200);
    expect(set.body.case.categories).toEqual(['bemötande', 'tillgänglighet']);
    const events = await listCaseEvents(t.db, c.id);
    expect(events.at(-1)).toMatchObject({ actor: 'agent:hanna', action: 'updated', details: { categories: ['bemötande', 'tillgänglighet'] } });
    expect((await hanna.api('POST', path, { categories: ['inte en kategori'] })).status).toBe(400);
    expect((await hanna.api('POST', path, { categories: 'bemötande' })).status).toBe(400);
    expect((await lasse.api('POST', path, { categories: ['annat'] })).status).toBe(403);
    expect((await anna.api('POST', path, { categories: ['annat'] })).status).toBe(403);
    expect((await vera.api('POST', path, { categories: [] })).status).toBe(200);
    const page = await hanna.page(`/agent/cases/${c.reference}`);
    expect(page.html).toContain('name="categories" type="checkbox" value="bemötande" data-array');
    expect((await lasse.page(`/agent/cases/${c.reference}`)).html).not.toContain('name="categories"');
  });
});

async function idOf(username: string): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>(`SELECT id FROM agents WHERE username = $1`, [username]);
  return rows[0]!.id;
}
