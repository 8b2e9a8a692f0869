import { listCaseEvents } from '../../../src/register/caseEvents';
import { registerCase } from '../../../src/intake/registration';
import { signedIn, startAgentService, type AgentClient, type AgentService } from '../../support/agentClient';
import { transferredCall } from '../../support/agentCalls';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deadlinesNow } from '../../support/calendar';
import { unitNamed } from '../../support/units';

let t: TestDatabase;
let service: AgentService;
let anna: AgentClient;
let norr: number;
beforeAll(async () => {
  t = await createTestDatabase();
  service = await startAgentService(t);
  anna = await signedIn(service, t.db, 'anna', 'agent');
  norr = await unitNamed(t.db, 'Hemtjänst Norr');
  completeForm.unitId = String(norr);
});
afterAll(async () => {
  await service.close();
  await t.drop();
});

const completeForm = {
  kind: 'klagomal',
  area: 'aldreomsorg',
  what: 'Hemtjänsten kom inte på tisdagen.',
  whenWhere: '',
  consequences: '',
  onBehalf: 'relative',
  language: 'sv',
  /** The unit the agent chose, by id (set once the unit exists). */
  unitId: '',
  anonymous: false,
  serious: false,
  confidential: true,
  replyMethod: '',
  contact: { name: 'Karin Andersson', phone: '070-123 45 67', email: '' },
  callback: { window: 'afternoon', phone: '' },
};

type Registered = { case: { id: number; reference: string; channel: string; status: string; source: Record<string, unknown>; contact: Record<string, unknown>; replyMethod: string }; callback: { phone: string; window: string } | null };

describe('finishing a transferred call', () => {
  it('lists the call with what the caller already answered in the menu', async () => {
    const callSid = await transferredCall(t.db, {
      answers: { kind: 'klagomal', area: 'aldreomsorg', what: 'De kom inte.', onBehalf: 'relative', anonymous: false, name: 'Karin', serious: true, unexpected: { nested: 1 } },
      language: 'en',
    });
    const { body } = await anna.api<{ calls: { callSid: string; prefill: Record<string, unknown> }[] }>('GET', '/api/agent/calls');
    const listed = body.calls.find((c) => c.callSid === callSid)!;
    expect(listed.prefill).toMatchObject({
      kind: 'klagomal',
      area: 'aldreomsorg',
      what: 'De kom inte.',
      onBehalf: 'relative',
      serious: true,
      language: 'en',
      contact: { name: 'Karin', phone: '+46701234567', email: null },
    });
    const page = await anna.page(`/agent/calls/${callSid}`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<option value="klagomal" selected>Klagomål<\/option>/);
    expect(page.html).toContain('>De kom inte.</textarea>');
  });

  it('is tolerant of a state of another shape', async () => {
    const callSid = await transferredCall(t.db, { answers: { kind: 'gnäll', what: 42, callback: 'soon' } as never });
    const page = await anna.page(`/agent/calls/${callSid}`);
    expect(page.status).toBe(200);
    // Nothing of the unreadable answers is chosen for the agent; the language falls back to Swedish.
    expect(page.html).not.toMatch(/<option value="(klagomal|synpunkt|forslag|berom)" selected>/);
    expect(page.html).toContain('<option value="sv" selected>');
  });

  it('registers the case in the register, with channel agent, the CallSid, the agent, and a callback', async () => {
    const callSid = await transferredCall(t.db, { answers: { kind: 'klagomal' } });
    const answer = await anna.api<Registered>('POST', `/api/agent/calls/${callSid}/case`, completeForm);
    expect(answer.status).toBe(201);
    const { case: c, callback } = answer.body;
    // The agent named the unit: the case is routed to it at once.
    expect(c).toMatchObject({ channel: 'agent', status: 'routed', unitId: norr, replyMethod: 'phone', source: { callSid, agent: 'anna' } });
    expect(c.contact).toMatchObject({ phone: '+46701234567' });
    expect(callback).toMatchObject({ phone: '+46701234567', window: 'afternoon' });
    const events = await listCaseEvents(t.db, c.id);
    expect(events.map((e) => [e.action, e.actor])).toEqual([
      ['registered', 'agent:anna'],
      ['status_changed', 'agent:anna'],
      ['callback_requested', 'agent:anna'],
    ]);
    const session = await t.db.query<{ case_id: number }>('SELECT case_id FROM conversation_sessions WHERE id = $1', [callSid]);
    expect(session.rows[0]!.case_id).toBe(c.id);

    // Once only: a second try names the existing case, and the page goes to it.
    const again = await anna.api('POST', `/api/agent/calls/${callSid}/case`, completeForm);
    expect(again).toMatchObject({ status: 409, body: { error: 'already_finished', reference: c.reference } });
    const page = await anna.page(`/agent/calls/${callSid}`);
    expect(page).toMatchObject({ status: 303, location: `/agent/cases/${c.reference}` });
    const listed = (await anna.api<{ calls: { callSid: string }[] }>('GET', '/api/agent/calls')).body.calls;
    expect(listed.map((l) => l.callSid)).not.toContain(callSid);
  });

  it('finishes a call once when two agents save it at the same moment', async () => {
    const bertil = await signedIn(service, t.db, 'bertil', 'agent');
    const callSid = await transferredCall(t.db);
    const [a, b] = await Promise.all([
      anna.api('POST', `/api/agent/calls/${callSid}/case`, completeForm),
      bertil.api('POST', `/api/agent/calls/${callSid}/case`, completeForm),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const n = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM cases WHERE source_call_sid = $1', [callSid]);
    expect(n.rows[0]!.n).toBe(1);
  });

  it('is taken by one agent: another sees who has it and cannot finish it; the call is listed once', async () => {
    const cecilia = await signedIn(service, t.db, 'cecilia', 'agent');
    const callSid = `CA${'2'.repeat(32)}`;
    const kept = await registerCase(
      t.db,
      { status: 'incomplete', channel: 'phone', what: 'Ingen kom i morse.', source: { callSid, conversationId: null, recordingUrl: null, agent: null } },
      'resident:phone',
      deadlinesNow(),
    );
    await transferredCall(t.db, { callSid, caseId: kept.case.id });
    // On the calls list, not again among the incomplete cases.
    expect((await anna.page('/agent/incomplete')).html).not.toContain(kept.case.reference);

    const takes = await Promise.all([anna.api('POST', `/api/agent/calls/${callSid}/take`, {}), cecilia.api('POST', `/api/agent/calls/${callSid}/take`, {})]);
    expect(takes.map((r) => r.status).sort()).toEqual([200, 409]);
    const [winner, loser] = takes[0]!.status === 200 ? [anna, cecilia] : [cecilia, anna];
    const winnerName = winner === anna ? 'anna' : 'cecilia';
    const refused = takes.find((r) => r.status === 409)!;
    expect(refused.body).toMatchObject({ error: 'taken', message: `Samtalet har redan tagits av handläggare ${winnerName}, som gör efterarbetet.` });

    expect((await loser.page('/agent/calls')).html).toContain(`handläggare ${winnerName}`);
    expect((await loser.page(`/agent/calls/${callSid}`)).html).not.toContain('Registrera ärendet');
    expect((await loser.api('POST', `/api/agent/calls/${callSid}/case`, completeForm)).status).toBe(409);
    expect((await winner.api('POST', `/api/agent/calls/${callSid}/case`, { ...completeForm, contact: { name: 'Åsa', phone: '070-111 22 33', email: '' } })).status).toBe(201);
  });

  it('completes the incomplete case the phone line kept at the transfer, keeping the caller’s words', async () => {
    const callSid = `CA${'1'.repeat(32)}`;
    const kept = await registerCase(
      t.db,
      { status: 'incomplete', channel: 'phone', what: 'Min pappa föll och ingen kom.', source: { callSid, conversationId: null, recordingUrl: null, agent: null } },
      'resident:phone',
      deadlinesNow(),
    );
    await transferredCall(t.db, { callSid, answers: { what: 'Min pappa föll och ingen kom.' }, caseId: kept.case.id });
    expect((await anna.page('/agent/calls')).html).toContain(`Ofullständigt ärende ${kept.case.reference}`);

    const answer = await anna.api<Registered>('POST', `/api/agent/calls/${callSid}/case`, {
      ...completeForm,
      what: 'Min pappa föll och ingen kom. Hände i går.',
      // A number nobody else in this file waits on: the same number today would join their callback.
      contact: { name: 'Per', phone: '070-765 43 21', email: '' },
    });
    expect(answer.status).toBe(200 + 1);
    expect(answer.body.case).toMatchObject({ id: kept.case.id, reference: kept.case.reference, status: 'routed', channel: 'phone', source: { callSid, agent: 'anna' } });
    const actions = (await listCaseEvents(t.db, kept.case.id)).map((e) => e.action);
    expect(actions).toEqual(['kept_incomplete', 'completed', 'status_changed', 'callback_requested']);
  });

  it('refuses what the flow would refuse, names the fields, and writes nothing', async () => {
    const callSid = await transferredCall(t.db);
    const before = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM cases');
    const missing = await anna.api<{ problems: { field: string }[] }>('POST', `/api/agent/calls/${callSid}/case`, { ...completeForm, kind: '', what: '  ' });
    expect(missing.status).toBe(400);
    expect(missing.body.problems.map((p) => p.field).sort()).toEqual(['kind', 'what']);
    const anonymousWithContact = await anna.api<{ problems: { field: string; message: string }[] }>('POST', `/api/agent/calls/${callSid}/case`, {
      ...completeForm,
      anonymous: true,
      callback: { window: '', phone: '' },
    });
    expect(anonymousWithContact.status).toBe(400);
    expect(anonymousWithContact.body.problems).toContainEqual({
      field: 'contact', message: 'an anonymous case cannot keep contact details', code: 'anonymt-utan-kontakt', text: 'ett anonymt ärende kan inte ha kontaktuppgifter',
    });
    const badPhone = await anna.api<{ problems: { field: string }[] }>('POST', `/api/agent/calls/${callSid}/case`, {
      ...completeForm,
      contact: { name: 'K', phone: '0900-123 45 67', email: '' },
    });
    expect(badPhone.body.problems).toEqual([
      { field: 'contact.phone', message: 'we do not call premium-rate or shared-cost numbers', code: 'betalnummer', text: 'vi ringer inte betalnummer eller nummer med delad kostnad' },
    ]);
    const after = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM cases');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('answers 404 for a call never handed to customer service', async () => {
    const answer = await anna.api('POST', `/api/agent/calls/CA${'9'.repeat(32)}/case`, completeForm);
    expect(answer).toMatchObject({ status: 404, body: { error: 'not_found' } });
  });

  it('registers a case from a call the agent took directly', async () => {
    const answer = await anna.api<Registered>('POST', '/api/agent/cases', { ...completeForm, callback: { window: '', phone: '' } });
    expect(answer.status).toBe(201);
    expect(answer.body.case).toMatchObject({ channel: 'agent', source: { callSid: null, agent: 'anna' } });
    expect(answer.body.callback).toBeNull();
  });
});
