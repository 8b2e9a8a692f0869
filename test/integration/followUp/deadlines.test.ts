import { PassThrough } from 'node:stream';
import type { Reader } from '../../../src/agent/casePermissions';
import { changeStatus } from '../../../src/agent/caseWork';
import { markGivenToResident } from '../../../src/register/residentContact';
import { listCasesEscalatedTo, runDeadlineFollowUp } from '../../../src/followUp/deadlineFollowUp';
import { startDeadlineLoop } from '../../../src/followUp/deadlineLoop';
import type { FollowUpSettings } from '../../../src/followUp/followUpSettings';
import { registerCase } from '../../../src/intake/registration';
import { createLogging } from '../../../src/logging/logger';
import { listOutboxForCase } from '../../../src/outbox/outboxStore';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deliverOutboxMail, startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';
import { createAccount } from '../../support/agentClient';

const quiet = createLogging({ level: 'error', json: true, stream: new PassThrough() }).logger;
const settings: FollowUpSettings = { workspaceUrl: 'https://synpunkt.kommun.example', seriousCasesEmail: null };
const policy = { reminderDays: 3 };
const DAY = 24 * 3600 * 1000;

let t: TestDatabase;
let admin: Reader;
let smtp: TestSmtpServer;
let sektor: number;
let aldre: number;
let norr: number;

async function unit(name: string, level: string, parentId: number | null): Promise<number> {
  const { rows } = await t.db.query<{ id: number }>('INSERT INTO units (name, level, parent_id) VALUES ($1, $2, $3) RETURNING id', [name, level, parentId]);
  return rows[0]!.id;
}

async function caseIn(unitId: number | null): Promise<Case> {
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null }), 'resident:phone', deadlinesNow(), settings);
  if (unitId !== null) await t.db.query(`UPDATE cases SET unit_id = $2, status = 'routed' WHERE id = $1`, [c.id, unitId]);
  return c;
}

const mailsOf = async (c: Case) => (await listOutboxForCase(t.db, c.id)).map((m) => [m.recipient, m.purpose]);
const eventsOf = async (c: Case) => (await listCaseEvents(t.db, c.id)).filter((e) => e.action.startsWith('deadline_')).map((e) => [e.action, e.details.deadline]);
const before = (d: Date, days: number) => new Date(d.getTime() - days * DAY);
const after = (d: Date, hours: number) => new Date(d.getTime() + hours * 3600 * 1000);

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpServer();
  admin = { agent: await createAccount(t.db, 'admin', 'admin'), scope: { kind: 'all' } };
  sektor = await unit('Sektor vård och omsorg', 'sektor', null);
  aldre = await unit('Äldreomsorg', 'verksamhet', sektor);
  norr = await unit('Hemtjänst Norr', 'enhet', aldre);
  for (const [unitId, title, email] of [
    [norr, 'enhetschef', 'eva.chef@kommun.example'],
    [aldre, 'verksamhetschef', 'vera.vc@kommun.example'],
    [sektor, 'sektorschef', 'sara.sc@kommun.example'],
  ] as const) {
    await t.db.query('INSERT INTO unit_managers (unit_id, title, name, email) VALUES ($1, $2, $3, $4)', [unitId, title, 'Chef', email]);
  }
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe('deadline follow-up', () => {
  it('reminds the unit before the news deadline, once; escalates one rung up when it passes, once; then the answer the same way', async () => {
    const c = await caseIn(norr);
    await runDeadlineFollowUp(t.db, new Date(), policy, settings);
    expect(await mailsOf(c)).toEqual([]);

    await runDeadlineFollowUp(t.db, before(c.newsDue, 2), policy, settings);
    await runDeadlineFollowUp(t.db, before(c.newsDue, 1), policy, settings);
    expect(await mailsOf(c)).toEqual([['eva.chef@kommun.example', 'deadline_news_reminder']]);

    await runDeadlineFollowUp(t.db, after(c.newsDue, 1), policy, settings);
    await runDeadlineFollowUp(t.db, after(c.newsDue, 30), policy, settings);
    expect((await mailsOf(c)).slice(1)).toEqual([['vera.vc@kommun.example', 'deadline_news_escalation']]);
    expect((await listCasesEscalatedTo(t.db, [aldre], 50)).map((e) => [e.case.reference, e.deadline])).toEqual([[c.reference, 'news']]);
    expect(await listCasesEscalatedTo(t.db, [norr, sektor], 50)).toEqual([]);

    // News reached the resident (a message delivered); the answer is still owed.
    await changeStatus(t.db, c.reference, { to: 'investigating', unitId: null, measures: null, answer: null }, admin);
    await markGivenToResident(t.db, c.id, 'news', new Date());
    await runDeadlineFollowUp(t.db, before(c.answerDue, 2), policy, settings);
    await runDeadlineFollowUp(t.db, after(c.answerDue, 1), policy, settings);
    expect((await mailsOf(c)).slice(2)).toEqual([
      ['eva.chef@kommun.example', 'deadline_answer_reminder'],
      ['vera.vc@kommun.example', 'deadline_answer_escalation'],
    ]);
    expect(await eventsOf(c)).toEqual([
      ['deadline_reminded', 'news'],
      ['deadline_escalated', 'news'],
      ['deadline_reminded', 'answer'],
      ['deadline_escalated', 'answer'],
    ]);
  });

  it('e-mails that arrive say which case and deadline, and link to the case', async () => {
    const c = await caseIn(norr);
    await runDeadlineFollowUp(t.db, before(c.newsDue, 1), policy, settings);
    await t.db.query(`UPDATE outbox_messages SET status = 'failed' WHERE status = 'pending' AND case_id <> $1`, [c.id]);
    await deliverOutboxMail(t.db, smtp);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['eva.chef@kommun.example']);
    expect(mail!.mail.subject).toMatch(new RegExp(`^Påminnelse: ärende ${c.reference} ska ha besked senast \\d{4}-\\d{2}-\\d{2}$`));
    expect(mail!.mail.text).toContain(`https://synpunkt.kommun.example/agent/cases/${c.reference}`);
  });

  it('answered, closed and unit-less cases are left alone; at the top of the ladder the unit itself is told', async () => {
    const answered = await caseIn(norr);
    await changeStatus(t.db, answered.reference, { to: 'answered', unitId: null, measures: null, answer: 'Vi har pratat med personalen.' }, admin);
    const noUnit = await caseIn(null);
    const top = await caseIn(sektor);
    await runDeadlineFollowUp(t.db, after(answered.answerDue, 1), policy, settings);
    expect(await mailsOf(answered)).toEqual([]);
    expect(await mailsOf(noUnit)).toEqual([]);
    expect(await mailsOf(top)).toEqual([
      ['sara.sc@kommun.example', 'deadline_news_escalation'],
      ['sara.sc@kommun.example', 'deadline_answer_escalation'],
    ]);
  });

  it('two instances at once send each notice once', async () => {
    const cases = await Promise.all(Array.from({ length: 8 }, () => caseIn(norr)));
    const at = before(cases[0]!.newsDue, 1);
    const rounds = await Promise.all([runDeadlineFollowUp(t.db, at, { ...policy, batchSize: 3 }, settings), runDeadlineFollowUp(t.db, at, { ...policy, batchSize: 3 }, settings)]);
    expect(rounds[0]!.reminded + rounds[1]!.reminded).toBe(8);
    for (const c of cases) expect(await mailsOf(c)).toEqual([['eva.chef@kommun.example', 'deadline_news_reminder']]);
  });

  it('the loop runs a round at the injected clock and stops', async () => {
    const c = await caseIn(norr);
    const loop = startDeadlineLoop({ db: t.db, clock: () => before(c.newsDue, 1), policy, settings, intervalMs: 3_600_000, logger: quiet });
    await loop.runOnce();
    await loop.stop();
    expect(await mailsOf(c)).toEqual([['eva.chef@kommun.example', 'deadline_news_reminder']]);
  });
});
