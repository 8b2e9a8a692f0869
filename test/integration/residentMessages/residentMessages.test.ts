import type { Reader } from '../../../src/agent/casePermissions';
import { changeContactAddress, changeStatus, messageResident } from '../../../src/agent/caseWork';
import { claimCallback } from '../../../src/callbacks/callbackClaims';
import { recordCallbackOutcome } from '../../../src/callbacks/callbackOutcomes';
import { findCallback } from '../../../src/callbacks/callbackRequests';
import { runDeadlineFollowUp } from '../../../src/followUp/deadlineFollowUp';
import type { FollowUpSettings } from '../../../src/followUp/followUpSettings';
import { registerCase } from '../../../src/intake/registration';
import { listOutboxForCase } from '../../../src/outbox/outboxStore';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { findCaseById, listOverdueCases } from '../../../src/register/caseLists';
import { CaseStateError } from '../../../src/register/caseStateError';
import { InvalidCaseError } from '../../../src/register/errors';
import type { NewCaseInput } from '../../../src/register/newCase';
import { answersToGiveByCallback } from '../../../src/register/residentContact';
import { recordLetterPrinted } from '../../../src/residentMessages/deliveries';
import type { ResidentMessageSettings } from '../../../src/residentMessages/residentMessageTypes';
import { ANONYMOUS_REFUSAL } from '../../../src/residentMessages/sendToResident';
import { createAccount } from '../../support/agentClient';
import { defaultCalendar, deadlinesNow } from '../../support/calendar';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { deliverOutboxMail, startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';
import { unitNamed } from '../../support/units';

const followUp: FollowUpSettings = { workspaceUrl: null, seriousCasesEmail: null };
const settings: ResidentMessageSettings = { municipalityName: 'Exempelby kommun', municipalityAddress: 'Box 100, 123 45 Exempelby', customerServicePhone: '+46101234567' };
const calendar = defaultCalendar();
const DAY = 24 * 3600 * 1000;

let t: TestDatabase;
let smtp: TestSmtpServer;
let admin: Reader;
let unitId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpServer();
  admin = { agent: await createAccount(t.db, 'admin', 'admin'), scope: { kind: 'all' } };
  unitId = await unitNamed(t.db, 'Hemtjänst Norr');
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

async function caseWith(input: NewCaseInput): Promise<Case> {
  const { case: c } = await registerCase(t.db, input, 'resident:phone', deadlinesNow(), followUp);
  // The SMS receipt is not what these tests are about: it is left out of the outbox.
  await t.db.query(`DELETE FROM outbox_messages WHERE case_id = $1`, [c.id]);
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'routed' WHERE id = $1`, [c.id, unitId]);
  return (await findCaseById(t.db, c.id))!;
}
const byEmail = () => phoneComplaint({ replyMethod: 'email', contact: { name: 'Karin Andersson', phone: null, email: 'karin@example.se' }, callback: null });
const byLetter = () => phoneComplaint({ replyMethod: 'letter', contact: { name: 'Karin Andersson', phone: null, email: null }, callback: null, area: 'halso_och_sjukvard' });
const byPhone = () => phoneComplaint({ callback: null });

const send = (c: Case, message: 'news' | 'answer', text: string) => messageResident(t.db, c.reference, { message, text }, admin, { settings, calendar, now: new Date() });
const reread = async (c: Case) => (await findCaseById(t.db, c.id))!;
const actions = async (c: Case) => (await listCaseEvents(t.db, c.id)).map((e) => e.action).filter((a) => /news_|answer_|message_|letter_/.test(a));

describe('news and the answer to the resident', () => {
  it('by e-mail: queued with its history entry, delivered through SMTP, and only then the promise counts as kept', async () => {
    const c = await caseWith(byEmail());
    await send(c, 'news', 'Vi har pratat med personalen och går igenom schemat.');
    const [queued] = await listOutboxForCase(t.db, c.id);
    expect([queued!.kind, queued!.status, queued!.recipient, queued!.language]).toEqual(['email', 'pending', 'karin@example.se', 'sv']);
    expect(await actions(c)).toEqual(['news_queued']);
    expect((await reread(c)).newsGivenAt).toBeNull();

    await deliverOutboxMail(t.db, smtp);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['karin@example.se']);
    expect(mail!.mail.subject).toBe(`Besked om ditt ärende ${c.reference}`);
    expect(mail!.mail.text).toContain('Vi har pratat med personalen och går igenom schemat.');
    expect((await reread(c)).newsGivenAt).toBeInstanceOf(Date);
    expect(await actions(c)).toEqual(['news_queued', 'message_sent']);

    await send(c, 'answer', 'Hemtjänsten har fått en ny planering, och vi ber om ursäkt.');
    await deliverOutboxMail(t.db, smtp);
    const mails = await smtp.waitFor(2);
    expect(mails[1]!.mail.subject).toBe(`Svar på ditt ärende ${c.reference}`);
    // Äldreomsorg: the way on ends at IVO.
    expect(mails[1]!.mail.text).toContain('Inspektionen för vård och omsorg (IVO)');
    expect((await reread(c)).answerGivenAt).toBeInstanceOf(Date);
  });

  it('a delivery given up is in the history, and keeps no promise', async () => {
    const c = await caseWith(phoneComplaint({ replyMethod: 'email', contact: { name: 'Per', phone: null, email: 'finns-inte@example.se' }, callback: null }));
    smtp.refuse.add('finns-inte@example.se');
    await send(c, 'news', 'Vi utreder.');
    await deliverOutboxMail(t.db, smtp);
    const [failed] = await listOutboxForCase(t.db, c.id);
    expect([failed!.status, failed!.attempts]).toEqual(['failed', 1]);
    expect(await actions(c)).toEqual(['news_queued', 'message_failed']);
    expect((await reread(c)).newsGivenAt).toBeNull();
  });

  it('an anonymous case is refused with the reason, and nothing is written', async () => {
    const { case: c } = await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow(), followUp);
    const events = (await listCaseEvents(t.db, c.id)).length;
    await expect(send(c, 'answer', 'Tack!')).rejects.toEqual(new CaseStateError(c.reference, ANONYMOUS_REFUSAL));
    expect(await listOutboxForCase(t.db, c.id)).toEqual([]);
    expect((await listCaseEvents(t.db, c.id)).length).toBe(events);
  });

  it('a letter without an address asks for it; with it, the letter waits to be printed and printing keeps the promise', async () => {
    const c = await caseWith(byLetter());
    const refused = await send(c, 'answer', 'Svaret.').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(InvalidCaseError);
    expect((refused as InvalidCaseError).problems.map((p) => p.field)).toEqual(['contact.address']);
    expect(await listOutboxForCase(t.db, c.id)).toEqual([]);
    expect(await actions(c)).toEqual([]);

    await changeContactAddress(t.db, c.reference, 'Storgatan 1\n123 45 Exempelby', admin);
    await send(c, 'answer', 'Sjuksköterskan har fått nya rutiner.');
    const [letter] = await listOutboxForCase(t.db, c.id);
    expect([letter!.kind, letter!.status, letter!.recipient]).toEqual(['letter', 'pending', 'Karin Andersson\nStorgatan 1\n123 45 Exempelby']);
    // Health care: the way on ends at Patientnämnden; no link configured, so: call customer service.
    expect(letter!.body).toContain('Patientnämnden');
    expect(letter!.body).toContain('Ring kundtjänst på 010-123 45 67 och säg ärendenumret');
    expect((await reread(c)).answerGivenAt).toBeNull();

    expect(await recordLetterPrinted(t.db, letter!.id, 'agent:admin', new Date())).toBe(true);
    expect(await recordLetterPrinted(t.db, letter!.id, 'agent:admin', new Date())).toBe(false);
    expect((await listOutboxForCase(t.db, c.id))[0]!.status).toBe('sent');
    expect((await reread(c)).answerGivenAt).toBeInstanceOf(Date);
    expect(await actions(c)).toEqual(['answer_queued', 'letter_printed']);
  });

  it('by phone: short news goes whole by SMS, long news never; the answer books a callback whose reached outcome keeps the promise', async () => {
    const c = await caseWith(byPhone());
    await send(c, 'news', 'Vi utreder ärendet.');
    await send(c, 'news', 'Lång text. '.repeat(40));
    const [short, long] = await listOutboxForCase(t.db, c.id);
    expect([short!.kind, short!.recipient]).toEqual(['sms', '+46701234567']);
    expect(short!.body).toContain('Vi utreder ärendet.');
    expect(long!.body).not.toContain('Lång text');
    expect(long!.body).toContain('010-123 45 67');
    expect(long!.body).toContain(c.reference);

    const queued = await send(c, 'answer', 'Vi har bytt personal hos din mamma.');
    expect(queued.callbackId).not.toBeNull();
    const callback = (await findCallback(t.db, queued.callbackId!))!;
    expect([callback.phone, callback.status]).toEqual(['+46701234567', 'pending']);
    const notice = (await listOutboxForCase(t.db, c.id))[2]!;
    expect(notice.body).toContain('Kundtjänst ringer dig');
    expect(notice.body).not.toContain('bytt personal');

    expect(await answersToGiveByCallback(t.db, callback.id)).toEqual([{ caseId: c.id, reference: c.reference, text: 'Vi har bytt personal hos din mamma.' }]);

    const policy = { claimMinutes: 15, maxAttempts: 3, retryMinutes: 60 };
    await claimCallback(t.db, callback.id, 'admin', policy);
    await expect(recordCallbackOutcome(t.db, { callbackId: callback.id, agent: 'admin', outcome: 'reached', note: null }, policy)).rejects.toBeInstanceOf(InvalidCaseError);
    expect((await reread(c)).answerGivenAt).toBeNull();
    await recordCallbackOutcome(t.db, { callbackId: callback.id, agent: 'admin', outcome: 'reached', note: 'Läste svaret; hon var nöjd.' }, policy);
    expect((await reread(c)).answerGivenAt).toBeInstanceOf(Date);
    const sent = (await listCaseEvents(t.db, c.id)).filter((e) => e.action === 'message_sent');
    expect(sent.map((e) => [e.details.message, e.details.via, e.details.note])).toEqual([['answer', 'phone', 'Läste svaret; hon var nöjd.']]);
  });
});

describe('the 14-day promise', () => {
  it('is not kept by a status change to Utreds, only by news reaching the resident; the lists say which promise is at risk', async () => {
    const c = await caseWith(byEmail());
    await changeStatus(t.db, c.reference, { to: 'investigating', unitId: null, measures: null, answer: null }, admin);
    // Past the 14 days, within the four weeks.
    await t.db.query(`UPDATE cases SET registered_at = now() - interval '15 days', news_due = now() - interval '1 day', answer_due = now() + interval '13 days' WHERE id = $1`, [c.id]);
    const overdue = async () => (await listOverdueCases(t.db, { kind: 'all' }, 1)).filter((o) => o.case.id === c.id).map((o) => o.missed);
    expect(await overdue()).toEqual(['news']);
    const round = await runDeadlineFollowUp(t.db, new Date(), { reminderDays: 3 }, followUp);
    expect(round.escalated).toBeGreaterThanOrEqual(1);
    expect((await listCaseEvents(t.db, c.id)).filter((e) => e.action === 'deadline_escalated').map((e) => e.details.deadline)).toEqual(['news']);

    await send(c, 'news', 'Vi utreder.');
    expect(await overdue()).toEqual(['news']);
    await deliverOutboxMail(t.db, smtp);
    expect(await overdue()).toEqual([]);

    // Past four weeks with no answer given: the answer is at risk.
    await t.db.query(`UPDATE cases SET answer_due = now() - interval '1 day' WHERE id = $1`, [c.id]);
    expect(await overdue()).toEqual(['answer']);
  });

  it('an anonymous case, which nobody can be told about, still counts as kept once investigated', async () => {
    const { case: c } = await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow(), followUp);
    await t.db.query(`UPDATE cases SET unit_id = $2, status = 'investigating', registered_at = $3, news_due = $4 WHERE id = $1`, [c.id, unitId, new Date(Date.now() - 15 * DAY), new Date(Date.now() - DAY)]);
    expect((await listOverdueCases(t.db, { kind: 'all' }, 1)).some((o) => o.case.id === c.id)).toBe(false);
  });
});
