import { listCaseEvents } from '../../../src/register/caseEvents';
import { registerCase } from '../../../src/intake/registration';
import { signedIn, startAgentService, type AgentClient, type AgentService } from '../../support/agentClient';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deadlinesNow } from '../../support/calendar';
import { unitNamed } from '../../support/units';

let t: TestDatabase;
let service: AgentService;
let agent: AgentClient;
let north: AgentClient;
let south: AgentClient;
let admin: AgentClient;
let norr: number;
let soder: number;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
  agent = await signedIn(service, t.db, 'anna', 'agent');
  north = await signedIn(service, t.db, 'nils', 'handler', { unit: 'Hemtjänst Norr' });
  south = await signedIn(service, t.db, 'sara', 'handler', { unit: 'Hemtjänst Söder' });
  admin = await signedIn(service, t.db, 'adam', 'admin');
  [norr, soder] = [await unitNamed(t.db, 'Hemtjänst Norr'), await unitNamed(t.db, 'Hemtjänst Söder')];
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

async function newCase(overrides = {}) {
  return (await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter', ...overrides }), 'resident:phone', deadlinesNow())).case;
}

describe('finding a case', () => {
  it('by its number as a person types it, on a page that shows everything', async () => {
    const c = await newCase({ serious: true });
    const [year, number] = c.reference.split('-');
    const search = await agent.page(`/agent/cases?reference=${year}-${Number(number)}`);
    expect(search).toMatchObject({ status: 303, location: `/agent/cases/${c.reference}` });
    const page = await agent.page(search.location!);
    expect(page.html).toContain(`<h1>Ärende ${c.reference}</h1>`);
    expect(page.html).toContain('Hemtjänsten kom inte på tisdagen');
    expect(page.html).toContain('Allvarligt (bedöm enligt Lex Sarah / Lex Maria)');
    expect(page.html).toContain('Registrerat</strong>');
    const missing = await agent.page('/agent/cases?reference=1999-99999');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Inget ärende har numret 1999-99999');
    expect((await agent.api('GET', '/api/agent/cases?reference=1999-1')).status).toBe(404);
  });

  it('never links a voice message at Twilio: it waits to be copied, then plays through the service', async () => {
    const withRecording = await newCase({ source: { callSid: null, conversationId: null, recordingUrl: 'https://api.twilio.com/recordings/RE1', agent: null } });
    const html = (await agent.page(`/agent/cases/${withRecording.reference}`)).html;
    expect(html).toContain('Röstmeddelandet väntar på Twilios besked att inspelningen är klar');
    expect(html).not.toContain('api.twilio.com');
  });
});

describe('moving a case on', () => {
  it('customer service routes a new case to its unit; that unit’s handler works it to an answer', async () => {
    const c = await newCase();
    expect((await agent.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'investigating' })).status).toBe(403);
    const routedWithoutUnit = await agent.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'routed', unitId: '' });
    expect(routedWithoutUnit).toMatchObject({ status: 400, body: { problems: [{ field: 'unitId' }] } });
    const noSuchUnit = await agent.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'routed', unitId: 999999 });
    expect(noSuchUnit).toMatchObject({ status: 400, body: { problems: [{ field: 'unitId', message: expect.stringContaining('ingen enhet nummer 999999') }] } });
    expect((await agent.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'routed', unitId: String(norr) })).status).toBe(200);

    expect((await south.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'investigating' })).status).toBe(403);
    expect((await north.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'investigating', measures: 'Pratat med personalen.' })).status).toBe(200);
    const noAnswer = await north.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'answered', answer: '' });
    expect(noAnswer).toMatchObject({ status: 400, body: { problems: [{ field: 'answer' }] } });
    const answered = await north.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'answered', answer: 'Vi har ändrat schemat.' });
    expect(answered.body).toMatchObject({ case: { status: 'answered' } });
    expect((await north.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'closed' })).status).toBe(200);
    const closedAgain = await admin.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'investigating' });
    expect(closedAgain).toMatchObject({ status: 409, body: { error: 'conflict' } });

    const history = (await listCaseEvents(t.db, c.id)).filter((e) => e.action === 'status_changed');
    expect(history.map((e) => [e.actor, e.details])).toEqual([
      ['agent:anna', { from: 'registered', to: 'routed', unit: 'Hemtjänst Norr', unitId: norr }],
      ['agent:nils', { from: 'routed', to: 'investigating', measures: 'Pratat med personalen.' }],
      ['agent:nils', { from: 'investigating', to: 'answered', answer: 'Vi har ändrat schemat.' }],
      ['agent:nils', { from: 'answered', to: 'closed' }],
    ]);
    const page = await north.page(`/agent/cases/${c.reference}`);
    // Measures have a section of their own, not only an entry in the history.
    expect(page.html).toMatch(/<h2>Åtgärder<\/h2><ol class="recorded"><li><p class="meta"><time [^>]+>[^<]+<\/time>, \w+<\/p><p class="text">Pratat med personalen.<\/p>/);
    expect(page.html).toMatch(/<h2>Svaret i korthet<\/h2><ol class="recorded"><li><p class="meta"><time [^>]+>[^<]+<\/time>, nils<\/p><p class="text">Vi har ändrat schemat.<\/p>/);
  });

  it('refuses to answer an anonymous case: it is closed with its measures instead', async () => {
    const c = (await registerCase(t.db, { kind: 'klagomal', area: 'annat', channel: 'chat', what: 'x', anonymous: true, unitId: norr }, 'resident:chat', deadlinesNow())).case;
    const answered = await north.api('POST', `/api/agent/cases/${c.reference}/status`, { to: 'answered', answer: 'Hej' });
    expect(answered).toMatchObject({ status: 400, body: { problems: [{ field: 'to' }] } });
  });

  it('lists the cases past their deadlines, a handler’s own unit only', async () => {
    const late = await newCase({ unitId: norr });
    const untouched = await newCase({ unitId: soder });
    const investigating = await newCase({ unitId: norr });
    await t.db.query("UPDATE cases SET registered_at = now() - interval '30 days', news_due = now() - interval '16 days', answer_due = now() - interval '2 days' WHERE id = $1", [late.id]);
    await t.db.query("UPDATE cases SET registered_at = now() - interval '15 days', news_due = now() - interval '1 day', answer_due = now() + interval '13 days' WHERE id IN ($1, $2)", [untouched.id, investigating.id]);
    // Investigated, and news of it reached the resident: the 14-day promise is kept.
    await t.db.query("UPDATE cases SET status = 'investigating', news_given_at = now() - interval '2 days' WHERE id = $1", [investigating.id]);

    const all = await admin.api<{ cases: { case: { reference: string }; missed: string }[] }>('GET', '/api/agent/cases/overdue');
    expect(all.body.cases.map((o) => [o.case.reference, o.missed])).toEqual([
      [late.reference, 'answer'],
      [untouched.reference, 'news'],
    ]);
    const mine = await north.api<{ cases: { case: { reference: string } }[] }>('GET', '/api/agent/cases/overdue');
    expect(mine.body.cases.map((o) => o.case.reference)).toEqual([late.reference]);
    expect((await north.page('/agent/overdue')).html).toContain('Svar inom fyra veckor');
  });
});

describe('notes in a case’s history', () => {
  const notes = async (caseId: number) => (await listCaseEvents(t.db, caseId)).filter((e) => e.action === 'note_added').map((e) => [e.actor, e.details]);
  const addNote = (who: AgentClient, reference: string, note: string) => who.api<{ error?: string; message?: string }>('POST', `/api/agent/cases/${reference}/notes`, { note });

  it('a handler writes in their own unit’s cases only; customer service and admins in any open case', async () => {
    const c = await newCase({ unitId: norr });
    expect((await addNote(north, c.reference, 'Ringt invånaren.')).status).toBe(201);
    const refused = await addNote(south, c.reference, 'Fel enhet.');
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden', message: expect.stringMatching(/hör till Hemtjänst Norr\. Du kan läsa ärenden för dina enheter/) } });
    expect((await addNote(agent, c.reference, 'Invånaren ringde igen.')).status).toBe(201);
    expect((await addNote(admin, c.reference, 'Följs upp.')).status).toBe(201);
    expect(await notes(c.id)).toEqual([
      ['agent:nils', { note: 'Ringt invånaren.' }],
      ['agent:anna', { note: 'Invånaren ringde igen.' }],
      ['agent:adam', { note: 'Följs upp.' }],
    ]);
    // A case no unit has yet is not any handler's.
    const unrouted = await newCase();
    expect((await addNote(north, unrouted.reference, 'x')).status).toBe(403);
    expect((await south.page(`/agent/cases/${c.reference}`)).html).not.toContain('Lägg till anteckning');
    expect((await north.page(`/agent/cases/${c.reference}`)).html).toContain('Lägg till anteckning');
  });

  it('nobody but an admin adds to a closed case’s history', async () => {
    const c = await newCase({ unitId: norr });
    await t.db.query("UPDATE cases SET status = 'closed' WHERE id = $1", [c.id]);
    for (const who of [north, agent]) {
      const refused = await addNote(who, c.reference, 'Efteråt.');
      expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden', message: expect.stringMatching(/är avslutat: bara en administratör/) } });
    }
    expect((await addNote(admin, c.reference, 'Rättelse efter avslut.')).status).toBe(201);
    expect(await notes(c.id)).toEqual([['agent:adam', { note: 'Rättelse efter avslut.' }]]);
    expect((await north.page(`/agent/cases/${c.reference}`)).html).not.toContain('Lägg till anteckning');
  });
});

describe('following up an incomplete case', () => {
  async function incomplete(what: string) {
    return (await registerCase(t.db, { status: 'incomplete', channel: 'phone', what, source: { callSid: null, conversationId: null, recordingUrl: 'https://api.twilio.com/recordings/RE2', agent: null } }, 'resident:phone', deadlinesNow())).case;
  }

  it('lists it, completes it into a registered case, or closes it with a reason', async () => {
    const toComplete = await incomplete('Maten var kall.');
    const toClose = await incomplete('…');
    const list = await agent.api<{ cases: { reference: string }[] }>('GET', '/api/agent/cases/incomplete');
    expect(list.body.cases.map((c) => c.reference)).toEqual(expect.arrayContaining([toComplete.reference, toClose.reference]));
    expect((await agent.page('/agent/incomplete')).html).toContain(toComplete.reference);

    const missingWhat = await agent.api('POST', `/api/agent/cases/${toComplete.reference}/completion`, { kind: 'klagomal', area: 'aldreomsorg', what: '' });
    expect(missingWhat.status).toBe(400);
    const completed = await agent.api('POST', `/api/agent/cases/${toComplete.reference}/completion`, { kind: 'klagomal', area: 'aldreomsorg', what: 'Maten var kall tre dagar i rad.' });
    expect(completed.body).toMatchObject({ case: { status: 'registered', what: 'Maten var kall tre dagar i rad.', source: { agent: 'anna', recordingUrl: 'https://api.twilio.com/recordings/RE2' } } });
    expect((await agent.api('POST', `/api/agent/cases/${toComplete.reference}/completion`, { kind: 'klagomal', area: 'aldreomsorg', what: 'igen' })).status).toBe(409);

    expect((await agent.api('POST', `/api/agent/cases/${toClose.reference}/closure`, { reason: '' })).status).toBe(400);
    const closed = await agent.api('POST', `/api/agent/cases/${toClose.reference}/closure`, { reason: 'Inget att gå på; numret var dolt.' });
    expect(closed.body).toMatchObject({ case: { status: 'closed' } });
    expect((await listCaseEvents(t.db, toClose.id)).at(-1)).toMatchObject({
      action: 'status_changed',
      actor: 'agent:anna',
      details: { from: 'incomplete', to: 'closed', reason: 'Inget att gå på; numret var dolt.' },
    });
    const after = await agent.api<{ cases: { reference: string }[] }>('GET', '/api/agent/cases/incomplete');
    expect(after.body.cases.map((c) => c.reference)).not.toContain(toClose.reference);
  });

  it('is for customer service: a handler, whose units it is not in, neither reads nor completes it', async () => {
    const c = await incomplete('Något hände.');
    expect((await agent.api('GET', `/api/agent/cases/${c.reference}`)).status).toBe(200);
    expect((await north.api('GET', `/api/agent/cases/${c.reference}`)).status).toBe(403);
    expect((await north.api('POST', `/api/agent/cases/${c.reference}/completion`, { kind: 'klagomal', area: 'annat', what: 'x' })).status).toBe(403);
  });
});
