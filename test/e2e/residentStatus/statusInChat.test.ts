import { registerCase } from '../../../src/intake/registration';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { startChatService, type ChatService } from '../../support/chat';
import { ChatResident } from '../../support/chatResident';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { threeRungLadder } from '../../support/units';

const settings = { workspaceUrl: null, seriousCasesEmail: null };

let t: TestDatabase;
let service: ChatService;
let aldre: number;
let norr: number;
const residents: ChatResident[] = [];

/** A complaint left with an e-mail address and no phone: the code goes by e-mail. */
async function answeredCaseByEmail(): Promise<Case> {
  const { case: c } = await registerCase(
    t.db,
    phoneComplaint({ channel: 'chat', callback: null, replyMethod: 'email', contact: { name: 'Karin Andersson', phone: null, email: 'karin@example.se' } }),
    'resident:chat',
    deadlinesNow(),
    settings,
  );
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'answered', answer_given_at = now() WHERE id = $1`, [c.id, norr]);
  return c;
}

const codeMails = async (c: Case) =>
  (await t.db.query<{ recipient: string; subject: string; body: string }>(`SELECT recipient, subject, body FROM outbox_messages WHERE case_id = $1 AND kind = 'email' ORDER BY id`, [c.id])).rows;

async function open(): Promise<ChatResident> {
  const resident = await ChatResident.open(service.url);
  residents.push(resident);
  return resident;
}

beforeAll(async () => {
  t = await createTestDatabase();
  ({ aldre, norr } = await threeRungLadder(t.db));
  service = await startChatService(t.url);
});
afterAll(async () => {
  for (const r of residents) r.end();
  await service?.close();
  await t?.drop();
});

describe('status on request in the chat, through Microsoft\'s Direct Line client', () => {
  it('the button says what to write; "status <number>" sends a code by e-mail; the code gives the status, and the answer can be taken further', async () => {
    const c = await answeredCaseByEmail();
    const r = await open();
    const how = await r.press('Hur går det med mitt ärende?');
    expect(how.map((a) => a.text).join(' ')).toContain('Skriv status och ditt ärendenummer, till exempel: status 2026-00042.');
    expect(how.some((a) => a.type === 'endOfConversation')).toBe(false);

    const sent = await r.type(`status ${c.reference}`);
    expect(sent.map((a) => a.text).join(' ')).toContain('Vi har skickat en kod till e-postadressen i ärendet.');
    const mails = await codeMails(c);
    expect(mails).toEqual([{ recipient: 'karin@example.se', subject: 'Din kod', body: expect.stringMatching(/\b\d{6}\b/) }]);

    const told = await r.type(/\b(\d{6})\b/.exec(mails[0]!.body)![1]!);
    const text = told.map((a) => a.text).join(' ');
    expect(text).toContain('Ditt klagomål har fått ett svar från Hemtjänst Norr.');
    expect(text).not.toMatch(/Hemtjänsten kom inte|Karin/);
    expect(r.question.suggestedActions!.actions.map((a) => a.title)).toEqual(['Jag är inte nöjd med svaret']);

    const further = await r.press('Jag är inte nöjd med svaret');
    expect(further.map((a) => a.text).join(' ')).toContain('Vi har skickat ditt ärende vidare till Äldreomsorg');
    expect(further.map((a) => a.text).join(' ')).toContain('ivo.se');
    const { rows } = await t.db.query<{ status: string; unit_id: number }>('SELECT status, unit_id FROM cases WHERE id = $1', [c.id]);
    expect(rows[0]).toEqual({ status: 'investigating', unit_id: aldre });
    expect((await listCaseEvents(t.db, c.id)).filter((e) => e.actor === 'resident:chat').map((e) => e.action)).toEqual(expect.arrayContaining(['status_told', 'not_satisfied']));
  });

  it('a wrong code is refused, and "inte nöjd" without having proved the number does nothing', async () => {
    const c = await answeredCaseByEmail();
    const r = await open();
    await r.type(`status ${c.reference}`);
    const right = /\b(\d{6})\b/.exec((await codeMails(c))[0]!.body)![1]!;
    const wrong = await r.type(right === '000000' ? '111111' : '000000');
    expect(wrong.map((a) => a.text).join(' ')).toContain('Koden stämmer inte.');
    const notProved = await r.type('inte nöjd');
    expect(notProved.map((a) => a.text).join(' ')).toContain('Skriv först status och ditt ärendenummer');
    const { rows } = await t.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [c.id]);
    expect(rows[0]!.status).toBe('answered');
  });
});
