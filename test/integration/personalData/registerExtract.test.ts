import { eraseCases } from '../../../src/personalData/erasure';
import { checkPersonQuery, type PersonQuery } from '../../../src/personalData/personQuery';
import { takeRegisterExtract } from '../../../src/personalData/registerExtract';
import { findCasesByContactName } from '../../../src/register/personalData';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { KARIN, KARIN_TOO, seedResident, type Resident } from '../../support/residents';

const NOW = new Date('2026-11-30T09:00:00Z');
let t: TestDatabase;
let karin: Resident;
let other: Resident;

beforeAll(async () => {
  t = await createTestDatabase();
  karin = await seedResident(t.db, KARIN);
  other = await seedResident(t.db, KARIN_TOO);
  // Someone whose e-mail holds Karin's inside it, and whose number holds hers with one digit more.
  await t.db.query(`INSERT INTO conversation_sessions (id, channel, state) VALUES ('stranger', 'chat', $1)`, [
    JSON.stringify({ answers: { email: `s${KARIN.email}`, note: `ring 0701234567${'8'}`, other: `${KARIN.email}.evil.example` } }),
  ]);
});
afterAll(() => t?.drop());

function query(input: { phone?: string; email?: string; caseIds?: number[] }): PersonQuery {
  const checked = checkPersonQuery({ phone: input.phone ?? '', email: input.email ?? '', caseIds: input.caseIds ?? [] });
  if (!checked.ok) throw new Error(checked.problem);
  return checked.query;
}

describe('a register extract', () => {
  it('finds the same person by every common form of their number', async () => {
    const forms = ['070-123 45 67', '0701234567', '+46 70 123 45 67', '0046701234567', '+46701234567', '070 123 45 67'];
    const found = await Promise.all(forms.map(async (phone) => (await takeRegisterExtract(t.db, query({ phone }), NOW)).cases.map((c) => c.id)));
    for (const ids of found) expect(ids).toEqual([karin.phoneCaseId]);
  });

  it('holds the person’s data from every table, and nobody else’s', async () => {
    const x = await takeRegisterExtract(t.db, query({ phone: '070-123 45 67', email: 'Karin.Andersson@example.se' }), NOW);
    expect(x.cases.map((c) => c.id)).toEqual([karin.phoneCaseId, karin.chatCaseId]);
    expect(x.cases[0]).toMatchObject({ contactName: KARIN.name, contactPhone: KARIN.phone, contactAddress: KARIN.address });
    expect(x.cases[0]!.history.map((e) => e.action)).toContain('registered');
    expect(x.callbacks.map((c) => [c.caseId, c.phone])).toEqual([[karin.phoneCaseId, KARIN.phone]]);
    expect(x.sessions.map((s) => s.id)).toHaveLength(3);
    expect(x.sessions.map((s) => s.id)).toEqual(expect.arrayContaining([karin.callSid, karin.conversationId]));
    expect(x.sessions.map((s) => s.id)).not.toContain('stranger');
    expect(x.transcripts).toHaveLength(2);
    expect(x.transcripts.find((tr) => tr.conversationId === karin.conversationId)!.attachments.map((a) => a.name)).toEqual(['beslut.pdf']);
    expect(x.messages.map((m) => m.kind).sort()).toEqual(expect.arrayContaining(['email', 'letter', 'sms']));
    expect(x.queueCallers.map((q) => q.callSid)).toEqual([karin.callSid]);
    expect(x.recordings.map((r) => r.callSid)).toEqual([karin.callSid]);

    const text = JSON.stringify(x);
    for (const trace of [KARIN.secretWords, KARIN.email, KARIN.address]) expect(text).toContain(trace);
    for (const trace of [KARIN_TOO.phone, KARIN_TOO.email, KARIN_TOO.address, KARIN_TOO.secretWords, other.callSid, other.conversationId, other.phoneCaseReference]) {
      expect(text).not.toContain(trace);
    }
  });

  it('by name lists both candidates; an extract holds only the cases the admin confirmed', async () => {
    const candidates = await findCasesByContactName(t.db, 'karin andersson');
    expect(candidates.map((c) => c.id).sort((a, b) => a - b)).toEqual([karin.phoneCaseId, karin.chatCaseId, other.phoneCaseId, other.chatCaseId].sort((a, b) => a - b));
    const x = await takeRegisterExtract(t.db, query({ caseIds: [other.phoneCaseId] }), NOW);
    expect(x.cases.map((c) => c.id)).toEqual([other.phoneCaseId]);
    const text = JSON.stringify(x);
    expect(text).toContain(KARIN_TOO.secretWords);
    for (const trace of [KARIN.phone, KARIN.email, KARIN.secretWords, karin.callSid]) expect(text).not.toContain(trace);
  });

  it('refuses what is no phone number or e-mail address, saying so', () => {
    expect(checkPersonQuery({ phone: '070-12', email: '', caseIds: [] })).toEqual({ ok: false, problem: expect.stringContaining('inget telefonnummer') });
    expect(checkPersonQuery({ phone: '', email: 'karin@', caseIds: [] })).toEqual({ ok: false, problem: expect.stringContaining('ingen e-postadress') });
  });
});

describe('an erasure on a decision', () => {
  const decision = { reference: 'KS 2026/123', reason: 'Begäran om radering enligt artikel 17' };

  async function everythingAbout(r: Resident): Promise<string> {
    const dump = await t.db.query<{ dump: string }>(
      `SELECT concat_ws(' ',
         (SELECT json_agg(c)::text FROM cases c WHERE id = ANY($1::integer[])),
         (SELECT json_agg(e)::text FROM case_events e WHERE case_id = ANY($1::integer[])),
         (SELECT json_agg(b)::text FROM callback_requests b WHERE case_id = ANY($1::integer[])),
         (SELECT json_agg(s)::text FROM conversation_sessions s WHERE case_id = ANY($1::integer[]) OR id = ANY($2::text[])),
         (SELECT json_agg(a)::text FROM chat_activities a WHERE conversation_id = $3),
         (SELECT json_agg(o)::text FROM outbox_messages o WHERE case_id = ANY($1::integer[])),
         (SELECT json_agg(q)::text FROM queue_callers q WHERE call_sid = $4),
         (SELECT count(*)::text FROM voice_recordings WHERE call_sid = $4),
         (SELECT count(*)::text FROM chat_attachments WHERE conversation_id = $3)) AS dump`,
      [[r.phoneCaseId, r.chatCaseId], [r.callSid, r.conversationId], r.conversationId, r.callSid],
    );
    return dump.rows[0]!.dump;
  }

  it('leaves no contact data or transcript of the cases anywhere, keeps the substance, and writes the decision', async () => {
    const before = await everythingAbout(karin);
    expect(before).toContain(KARIN.phone);
    const result = await eraseCases(t.db, [karin.phoneCaseId, karin.chatCaseId], decision, 'agent:adam');
    expect(result.cases).toBe(2);

    const after = await everythingAbout(karin);
    for (const trace of [KARIN.phone, '0701234567', KARIN.email, KARIN.name, KARIN.address, 'Jag heter']) expect(after).not.toContain(trace);
    expect(after).toMatch(/ 0 0$/); // the voice message kept only here, and the file sent in the chat, are gone
    const kept = await t.db.query<{ what: string; kind: string; area: string; when_where: string }>(
      'SELECT what, kind, area, when_where FROM cases WHERE id = $1',
      [karin.phoneCaseId],
    );
    expect(kept.rows[0]).toEqual({ what: `Hemtjänsten kom inte. ${KARIN.secretWords}`, kind: 'klagomal', area: 'aldreomsorg', when_where: 'Tisdag förmiddag, hemma på Storgatan.' });
    const erased = await t.db.query<{ actor: string; details: unknown }>(`SELECT actor, details FROM case_events WHERE case_id = $1 AND action = 'erased'`, [karin.phoneCaseId]);
    expect(erased.rows).toEqual([{ actor: 'agent:adam', details: { decision: decision.reference, reason: decision.reason } }]);

    // Nothing of the other resident was touched.
    const untouched = await everythingAbout(other);
    for (const trace of [KARIN_TOO.phone, KARIN_TOO.email, KARIN_TOO.address, 'Jag heter']) expect(untouched).toContain(trace);
    // And the person is found no more.
    const x = await takeRegisterExtract(t.db, query({ phone: KARIN.phone, email: KARIN.email }), NOW);
    expect([x.cases, x.callbacks, x.sessions, x.transcripts, x.messages, x.queueCallers, x.recordings].map((rows) => rows.length)).toEqual([0, 0, 1, 1, 0, 0, 0]);
  });

  it('run twice changes nothing the second time', async () => {
    const before = await everythingAbout(karin);
    const result = await eraseCases(t.db, [karin.phoneCaseId, karin.chatCaseId], decision, 'agent:adam');
    expect(result).toEqual({ cases: 0, rowsRemoved: 0 });
    expect(await everythingAbout(karin)).toBe(before);
  });
});


it('an erasure also frees a place in the phone queue that another call kept with the case’s callback', async () => {
  const third = await seedResident(t.db, { name: 'Nils Berg', phone: '+46731112233', email: 'nils.berg@example.se', address: 'Kyrkgatan 3', secretWords: 'Hemligt' });
  const callback = await t.db.query<{ id: number }>('SELECT id FROM callback_requests WHERE case_id = $1', [third.phoneCaseId]);
  const otherCall = `CA${'b'.repeat(32)}`;
  await t.db.query(`INSERT INTO queue_callers (call_sid, entered_at, language, status, callback_id) VALUES ($1, now(), 'sv', 'callback', $2)`, [otherCall, callback.rows[0]!.id]);
  await eraseCases(t.db, [third.phoneCaseId], { reference: 'KS 2026/9', reason: 'Begäran' }, 'agent:adam');
  const left = await t.db.query('SELECT 1 FROM queue_callers WHERE call_sid = $1', [otherCall]);
  expect(left.rowCount).toBe(0);
});
