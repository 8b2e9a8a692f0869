import type { Agent } from '../../../src/agent/agentTypes';
import type { Reader } from '../../../src/agent/casePermissions';
import { NotAllowedError } from '../../../src/agent/agentErrors';
import { assessCase, changeStatus, flagCaseSerious } from '../../../src/agent/caseWork';
import { readScopeOf } from '../../../src/agent/readScopeOf';
import { registerCase } from '../../../src/intake/registration';
import type { FollowUpSettings } from '../../../src/followUp/followUpSettings';
import { listOutboxForCase } from '../../../src/outbox/outboxStore';
import { AssessmentMissingError } from '../../../src/register/caseAssessment';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { InvalidCaseError } from '../../../src/register/errors';
import { listSeriousCases } from '../../../src/register/seriousCases';
import { deadlinesNow } from '../../support/calendar';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deliverOutboxMail, startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';
import { createAccount } from '../../support/agentClient';

const settings: FollowUpSettings = { workspaceUrl: 'https://synpunkt.kommun.example', seriousCasesEmail: 'kvalitet@kommun.example' };

let t: TestDatabase;
let smtp: TestSmtpServer;
let norr: number;
let syd: number;
let aldre: number;

let admin: Reader;
let kundtjanst: Reader;

/** The account and the cases it may read, as the workspace works them out for a request. */
const readerOf = async (agent: Agent): Promise<Reader> => ({ agent, scope: await readScopeOf(t.db, agent) });

async function unit(name: string, level: string, parentId: number | null): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>('INSERT INTO units (name, level, parent_id) VALUES ($1, $2, $3) RETURNING id', [name, level, parentId]);
  return rows[0]!.id;
}

async function manager(unitId: number, title: string, name: string, email: string): Promise<void> {
  await t.db.query('INSERT INTO unit_managers (unit_id, title, name, email) VALUES ($1, $2, $3, $4)', [unitId, title, name, email]);
}


/** Delivers what the outbox holds to the test's SMTP server and answers what arrived for these addresses. */
async function deliverMail() {
  await deliverOutboxMail(t.db, smtp);
  return smtp.received.splice(0);
}

async function placeIn(caseId: number, unitId: number): Promise<void> {
  await t.db.query('UPDATE cases SET unit_id = $2 WHERE id = $1', [caseId, unitId]);
}

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpServer();
  const sektor = await unit('Sektor vård och omsorg', 'sektor', null);
  aldre = await unit('Äldreomsorg', 'verksamhet', sektor);
  norr = await unit('Hemtjänst Norr', 'enhet', aldre);
  syd = await unit('Hemtjänst Syd', 'enhet', aldre);
  await manager(norr, 'enhetschef', 'Eva Enhetschef', 'eva.chef@kommun.example');
  await manager(norr, 'bitradande_verksamhetschef', 'Bo Biträdande', 'bo.bvc@kommun.example');
  await manager(aldre, 'verksamhetschef', 'Vera Verksamhetschef', 'vera.vc@kommun.example');
  // New elderly-care cases about the night go to Hemtjänst Syd.
  await t.db.query(`INSERT INTO routing_rules (service_area, words, unit_id, priority) VALUES ('aldreomsorg', '{natten}', $1, 10)`, [syd]);
  await manager(syd, 'enhetschef', 'Sune Syd', 'sune.syd@kommun.example');
  admin = await readerOf(await createAccount(t.db, 'admin', 'admin'));
  kundtjanst = await readerOf(await createAccount(t.db, 'anna', 'agent'));
});
afterEach(() => {
  smtp.received.length = 0;
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe('a case flagged serious at intake', () => {
  it('is routed by the rules and e-mails that unit\'s managers, in the registration\'s transaction, naming no resident', async () => {
    const { case: c } = await registerCase(
      t.db,
      phoneComplaint({ serious: true, callback: null, what: 'Min pappa blev slagen av personalen under natten.' }),
      'resident:phone',
      deadlinesNow(),
      settings,
    );
    expect((await listOutboxForCase(t.db, c.id)).map((m) => [m.kind, m.recipient, m.purpose])).toEqual([['email', 'sune.syd@kommun.example', 'serious']]);

    const [mail] = await deliverMail();
    expect(mail!.envelopeTo).toEqual(['sune.syd@kommun.example']);
    expect(mail!.mail.subject).toBe(`Allvarligt ärende ${c.reference}: möjligt missförhållande`);
    const text = mail!.mail.text!;
    expect(text).toContain(`https://synpunkt.kommun.example/agent/cases/${c.reference}`);
    expect(c).toMatchObject({ status: 'routed', unitId: syd });
    expect(text).toContain('Ansvarig enhet: Hemtjänst Syd');
    expect(text).toContain('Verksamhet: Äldreomsorg');
    // An e-mail leaves the municipality's systems: nothing the resident said, nor who they are.
    for (const personal of ['slagen', 'Karin', 'Andersson', '+46701234567', '0701234567']) expect(text).not.toContain(personal);

    const told = (await listCaseEvents(t.db, c.id)).find((e) => e.action === 'serious_notified');
    expect(told?.details).toMatchObject({ recipients: 1, told: 'enhetschef för Hemtjänst Syd' });
  });

  it('kept incomplete, it is not routed yet: the managers of the unit the rules would give it are told', async () => {
    const { case: c } = await registerCase(
      t.db,
      { status: 'incomplete', channel: 'phone', area: 'aldreomsorg', serious: true, what: 'Hon låg på golvet hela natten.', source: { callSid: null, conversationId: null, recordingUrl: null, agent: null } },
      'resident:phone',
      deadlinesNow(),
      settings,
    );
    expect(c).toMatchObject({ status: 'incomplete', unitId: null });
    const [mail] = await deliverMail();
    expect(mail!.envelopeTo).toEqual(['sune.syd@kommun.example']);
    expect(mail!.mail.text).toContain('Ansvarig enhet: ingen ännu');
  });

  it('with no unit and no rule, the admins\' address is told; without one, the history says nobody could be', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ serious: true, area: 'annat', callback: null }), 'resident:phone', deadlinesNow(), settings);
    expect((await deliverMail()).map((m) => m.envelopeTo[0])).toEqual(['kvalitet@kommun.example']);

    const { case: untold } = await registerCase(t.db, phoneComplaint({ serious: true, area: 'annat', callback: null }), 'resident:phone', deadlinesNow(), { ...settings, seriousCasesEmail: null });
    expect(await listOutboxForCase(t.db, untold.id)).toEqual([]);
    const event = (await listCaseEvents(t.db, untold.id)).find((e) => e.action === 'serious_notified');
    expect(event?.details).toMatchObject({ recipients: 0 });
    expect(c.id).not.toBe(untold.id);
  });

  it('a case that is not serious e-mails nobody', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
    expect(await listOutboxForCase(t.db, c.id)).toEqual([]);
  });
});

describe('a case flagged serious by an agent', () => {
  it('e-mails every manager of its unit at once, moves its callback to the front, and a second flag tells nobody again', async () => {
    const { case: c, callback } = await registerCase(t.db, phoneComplaint(), 'resident:phone', deadlinesNow(), settings);
    await placeIn(c.id, norr);
    const flagged = await flagCaseSerious(t.db, c.reference, 'Personalen lämnade henne ensam', kundtjanst, settings);
    expect(flagged.serious).toBe(true);

    const mails = await deliverMail();
    expect(mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['bo.bvc@kommun.example', 'eva.chef@kommun.example']);
    expect(mails[0]!.mail.text).toContain('Ansvarig enhet: Hemtjänst Norr');
    const { rows } = await t.db.query<{ serious: boolean }>('SELECT serious FROM callback_requests WHERE id = $1', [callback!.id]);
    expect(rows[0]!.serious).toBe(true);

    await flagCaseSerious(t.db, c.reference, null, kundtjanst, settings);
    await t.db.query('UPDATE cases SET serious = false WHERE id = $1', [c.id]);
    await flagCaseSerious(t.db, c.reference, null, admin, settings);
    expect(await deliverMail()).toEqual([]);
    expect((await listCaseEvents(t.db, c.id)).filter((e) => e.action === 'flagged_serious').map((e) => e.actor)).toEqual(['agent:anna', 'agent:admin']);
  });

  it('follows the access rule: another unit\'s handler may neither flag nor assess it, and nothing is written', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
    await placeIn(c.id, norr);
    const sydHandler = await readerOf(await createAccount(t.db, 'handl.syd', 'handler', { unit: 'Hemtjänst Syd' }));
    await expect(flagCaseSerious(t.db, c.reference, null, sydHandler, settings)).rejects.toThrow(
      new NotAllowedError(`Ärende ${c.reference} hör till Hemtjänst Norr. Du kan läsa ärenden för dina enheter och enheterna under dem.`),
    );
    expect((await listCaseEvents(t.db, c.id)).map((e) => e.action)).not.toContain('flagged_serious');

    await flagCaseSerious(t.db, c.reference, null, admin, settings);
    await expect(assessCase(t.db, c.reference, { law: 'lex_sarah', decision: 'inget_missforhallande', reference: null }, sydHandler, new Date())).rejects.toBeInstanceOf(NotAllowedError);
    const norrHandler = await readerOf(await createAccount(t.db, 'handl.norr', 'handler', { unit: 'Hemtjänst Norr' }));
    await expect(assessCase(t.db, c.reference, { law: 'lex_sarah', decision: 'inget_missforhallande', reference: null }, norrHandler, new Date())).resolves.toMatchObject({ assessedBy: 'handl.norr' });
  });

  it('is refused for a closed case', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
    await changeStatus(t.db, c.reference, { to: 'closed', unitId: null, measures: 'Inget att göra.', answer: null }, admin);
    await expect(flagCaseSerious(t.db, c.reference, null, admin, settings)).rejects.toThrow(/avslutat/);
  });
});

describe('the Lex Sarah / Lex Maria assessment', () => {
  it('must be recorded before a serious case can be closed; then it can', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ serious: true, callback: null }), 'resident:phone', deadlinesNow(), settings);
    const close = () => changeStatus(t.db, c.reference, { to: 'closed', unitId: null, measures: 'Utrett.', answer: null }, admin);
    await expect(close()).rejects.toBeInstanceOf(AssessmentMissingError);
    await expect(close()).rejects.toThrow(`Ärende ${c.reference} är markerat som allvarligt: bedömningen enligt Lex Sarah / Lex Maria måste registreras innan ärendet avslutas.`);

    await expect(assessCase(t.db, c.reference, { law: 'lex_sarah', decision: 'anmalt_till_ivo', reference: null }, admin, new Date())).rejects.toBeInstanceOf(InvalidCaseError);
    await expect(assessCase(t.db, c.reference, { law: 'lex_sarah', decision: 'missforhallande', reference: null }, kundtjanst, new Date())).rejects.toBeInstanceOf(NotAllowedError);

    const at = new Date('2026-11-27T09:30:00Z');
    const assessment = await assessCase(t.db, c.reference, { law: 'lex_sarah', decision: 'anmalt_till_ivo', reference: 'SN 2026/118' }, admin, at);
    expect(assessment).toMatchObject({ caseId: c.id, law: 'lex_sarah', decision: 'anmalt_till_ivo', reference: 'SN 2026/118', assessedBy: 'admin', assessedAt: at });
    expect((await close()).status).toBe('closed');

    const events = await listCaseEvents(t.db, c.id);
    expect(events.find((e) => e.action === 'assessed')?.details).toEqual({ law: 'lex_sarah', decision: 'anmalt_till_ivo', assessmentReference: 'SN 2026/118' });
  });

  it('is only for a serious case', async () => {
    const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
    await expect(assessCase(t.db, c.reference, { law: 'lex_maria', decision: 'inget_missforhallande', reference: null }, admin, new Date())).rejects.toThrow(/inte markerat som allvarligt/);
  });
});

describe('the serious list', () => {
  it('lists within the reader\'s reach, unassessed by default, newest first', async () => {
    const inNorr = (await registerCase(t.db, phoneComplaint({ serious: true, callback: null }), 'resident:phone', deadlinesNow(), settings)).case;
    await placeIn(inNorr.id, norr);
    const inSyd = (await registerCase(t.db, phoneComplaint({ serious: true, confidential: true, callback: null }), 'resident:phone', deadlinesNow(), settings)).case;
    await placeIn(inSyd.id, syd);
    const praise = (await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow(), settings)).case;

    const page = { unassessedOnly: true, limit: 50, offset: 0 };
    const norrHandler = await readerOf(await createAccount(t.db, 'chef.norr', 'handler', { unit: 'Hemtjänst Norr' }));
    const verksamhetschef = await readerOf(await createAccount(t.db, 'vc.aldre', 'handler', { unit: 'Äldreomsorg' }));
    // Only this test's cases: the others' serious cases are in the same register.
    const mine = [inNorr.reference, inSyd.reference, praise.reference];
    const refs = async (reader: Reader) =>
      (await listSeriousCases(t.db, reader.scope, page)).map((s) => s.case.reference).filter((r) => mine.includes(r));

    expect(await refs(norrHandler)).toEqual([inNorr.reference]);
    expect(await refs(verksamhetschef)).toEqual([inSyd.reference, inNorr.reference]);
    // Customer service does not see a confidential case; the admin sees every one.
    expect(await refs(kundtjanst)).toContain(inNorr.reference);
    expect(await refs(kundtjanst)).not.toContain(inSyd.reference);
    expect(await refs(admin)).toEqual(expect.arrayContaining([inSyd.reference, inNorr.reference]));
    expect(await refs(admin)).not.toContain(praise.reference);

    await assessCase(t.db, inNorr.reference, { law: 'lex_sarah', decision: 'inget_missforhallande', reference: null }, admin, new Date());
    expect(await refs(norrHandler)).toEqual([]);
    const all = await listSeriousCases(t.db, norrHandler.scope, { ...page, unassessedOnly: false });
    expect(all.find((s) => s.case.reference === inNorr.reference)?.assessment?.decision).toBe('inget_missforhallande');
  });
});
