import type { Element } from '@xmldom/xmldom';
import { registerCase } from '../../../src/intake/registration';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { threeRungLadder } from '../../support/units';
import { placeCall } from '../../../src/cli/phoneCall';
import { children, newCallSid, OPEN, pathOf, PUBLIC_URL, spokenText, startVoiceService, TEST_TOKEN, twilioPost, twimlOf, type VoiceService } from '../../support/voice';

const OWN = '+46701234567';
const OTHER = '+46709876543';
const settings = { workspaceUrl: null, seriousCasesEmail: null };

let t: TestDatabase;
let service: VoiceService;
let aldre: number;
let norr: number;

async function caseIn(overrides: Parameters<typeof phoneComplaint>[0] = {}, answered = false): Promise<Case> {
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null, ...overrides }), 'resident:phone', deadlinesNow(), settings);
  await t.db.query(`UPDATE cases SET unit_id = $2, status = $3, answer_given_at = $4 WHERE id = $1`, [c.id, norr, answered ? 'answered' : 'investigating', answered ? OPEN : null]);
  return c;
}

/** One Twilio webhook of a call: the response's TwiML. */
async function post(callSid: string, from: string, path: string, extra: Record<string, string> = {}): Promise<Element> {
  const response = await twilioPost(service, path, { CallSid: callSid, From: from, To: '+46850000000', CallStatus: 'in-progress', ...extra });
  expect(response.status).toBe(200);
  return twimlOf(response.body);
}

const gatherAction = (twiml: Element) => pathOf(children(twiml, 'Gather')[0]!.getAttribute('action')!);

/** From the menu's 2 to the question for the case number, as Twilio follows it (the Redirect is posted too). */
async function callAndAskStatus(callSid: string, from: string): Promise<Element> {
  const menu = await post(callSid, from, '/voice/incoming');
  expect(spokenText(menu)).toContain('Vill du höra hur det går med ett ärende du redan har lämnat, tryck 2.');
  const handedOver = await post(callSid, from, gatherAction(menu), { Digits: '2' });
  const redirect = children(handedOver, 'Redirect')[0]!;
  expect(redirect.getAttribute('method')).toBe('POST');
  const asked = await post(callSid, from, pathOf(redirect.textContent!));
  expect(spokenText(asked)).toContain('Tryck in ditt ärendenummer');
  return asked;
}

const keyed = (reference: string) => reference.replace('-', '');
const smsTo = async (c: Case) =>
  (await t.db.query<{ recipient: string; body: string }>(`SELECT recipient, body FROM outbox_messages WHERE case_id = $1 AND kind = 'sms' ORDER BY id`, [c.id])).rows;
const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)![1]!;

beforeAll(async () => {
  t = await createTestDatabase();
  ({ aldre, norr } = await threeRungLadder(t.db));
  service = await startVoiceService(t.url, OPEN);
});
afterAll(async () => {
  await service?.close();
  await t?.drop();
});

describe('status on request by phone', () => {
  it("from the case's own number: the status, the unit and the dates, never its content", async () => {
    const c = await caseIn();
    const call = newCallSid();
    const asked = await callAndAskStatus(call, OWN);
    const told = await post(call, OWN, gatherAction(asked), { Digits: keyed(c.reference) });
    const spoken = spokenText(told);
    expect(spoken).toContain('Ditt klagomål utreds nu av Hemtjänst Norr.');
    expect(spoken).toMatch(/Vi tog emot det den \d+ (november|december)\./);
    expect(spoken).toMatch(/Du ska få veta vad vi gör senast den \d+ (november|december)\./);
    expect(spoken).toMatch(/Du ska få ett svar senast den \d+ (december|januari)\./);
    expect(spoken).not.toMatch(/Hemtjänsten kom inte|Storgatan|Karin/);
    expect(spoken).not.toContain('tryck 3');
    expect(children(told, 'Hangup')).toHaveLength(1);
    expect((await listCaseEvents(t.db, c.id)).map((e) => [e.action, e.actor])).toContainEqual(['status_told', 'resident:phone']);
    expect(await smsTo(c)).toEqual([]);
  });

  it('from another number: a code by SMS to the number on the case, keyed, then the status; 3 takes an answered case one rung up', async () => {
    const c = await caseIn({}, true);
    const call = newCallSid();
    const asked = await callAndAskStatus(call, OTHER);
    const codeAsked = await post(call, OTHER, gatherAction(asked), { Digits: keyed(c.reference) });
    expect(spokenText(codeAsked)).toContain('Vi har skickat en kod i ett sms till telefonnumret i ärendet.');
    expect(spokenText(codeAsked)).not.toContain('Hemtjänst Norr');
    const sms = await smsTo(c);
    expect(sms).toEqual([{ recipient: OWN, body: expect.stringMatching(/Din kod .* är \d{6}\. Koden gäller i 10 minuter\./) }]);
    expect(sms[0]!.body).not.toContain(c.reference);

    const told = await post(call, OTHER, gatherAction(codeAsked), { Digits: codeIn(sms[0]!.body) });
    expect(spokenText(told)).toContain('Ditt klagomål har fått ett svar från Hemtjänst Norr.');
    expect(spokenText(told)).toContain('Om du inte är nöjd med svaret, tryck 3.');

    const takenFurther = await post(call, OTHER, gatherAction(told), { Digits: '3' });
    expect(spokenText(takenFurther)).toContain('Vi har skickat ditt ärende vidare till Äldreomsorg');
    expect(spokenText(takenFurther)).toContain('I V O');
    const { rows } = await t.db.query<{ status: string; unit_id: number }>('SELECT status, unit_id FROM cases WHERE id = $1', [c.id]);
    expect(rows[0]).toEqual({ status: 'investigating', unit_id: aldre });
    const mails = await t.db.query<{ recipient: string }>(`SELECT recipient FROM outbox_messages WHERE case_id = $1 AND kind = 'email'`, [c.id]);
    expect(mails.rows).toEqual([{ recipient: 'vera.vc@kommun.example' }]);
  });

  it('works with the terminal phone (npm run call) as with Twilio: 2, the number and #, the status', async () => {
    const c = await caseIn();
    const heard: string[] = [];
    const answers = ['2', keyed(c.reference)];
    const caller = { hear: (text: string) => heard.push(text), note: (text: string) => heard.push(`(${text})`), answer: async () => answers.shift() ?? null };
    const end = await placeCall({ url: service.url, publicUrl: PUBLIC_URL, token: TEST_TOKEN, from: OWN, lang: 'sv', caller });
    expect(end).toBe('ended by service');
    expect(heard.join('\n')).toContain('Ditt klagomål utreds nu av Hemtjänst Norr.');
  });

  it('three wrong codes end the attempt; the right code after them is refused too', async () => {
    const c = await caseIn();
    const call = newCallSid();
    const asked = await callAndAskStatus(call, OTHER);
    let twiml = await post(call, OTHER, gatherAction(asked), { Digits: keyed(c.reference) });
    const right = codeIn((await smsTo(c))[0]!.body);
    const wrong = right === '000000' ? '111111' : '000000';
    twiml = await post(call, OTHER, gatherAction(twiml), { Digits: wrong });
    expect(spokenText(twiml)).toContain('Koden stämmer inte. Tryck in den igen.');
    const action = gatherAction(twiml);
    twiml = await post(call, OTHER, action, { Digits: wrong });
    expect(spokenText(twiml)).toContain('Koden stämmer inte. Tryck in den igen.');
    twiml = await post(call, OTHER, action, { Digits: wrong });
    expect(spokenText(twiml)).toContain('du har försökt tre gånger');
    expect(children(twiml, 'Hangup')).toHaveLength(1);
    const late = await post(call, OTHER, action, { Digits: right });
    expect(spokenText(late)).toContain('du har försökt tre gånger');
    expect((await listCaseEvents(t.db, c.id)).map((e) => e.action)).not.toContain('status_told');
  });

  it('a case without a phone number cannot be told by phone, and the caller hears how else', async () => {
    const c = await caseIn({ replyMethod: 'email', contact: { name: 'Karin Andersson', phone: null, email: 'karin@example.se' } });
    const call = newCallSid();
    const asked = await callAndAskStatus(call, OTHER);
    const twiml = await post(call, OTHER, gatherAction(asked), { Digits: keyed(c.reference) });
    expect(spokenText(twiml)).toContain('Det finns inget telefonnummer i det ärendet');
    expect(spokenText(twiml)).toContain('chatten');
    expect(children(twiml, 'Hangup')).toHaveLength(1);
  });

  it('guessing case numbers is throttled per calling number, across calls', async () => {
    const guesser = '+46705550000';
    let twiml: Element | null = null;
    for (let n = 0; n < 4; n++) {
      const call = newCallSid();
      twiml = await callAndAskStatus(call, guesser);
      for (let attempt = 0; attempt < 3 && children(twiml!, 'Gather').length > 0; attempt++) {
        twiml = await post(call, guesser, gatherAction(twiml!), { Digits: `2026${String(90000 + n * 3 + attempt)}` });
      }
    }
    // Ten numbers an hour: the twelfth lookup, in a new call, is refused before any case is looked at.
    expect(spokenText(twiml!)).toContain('Du har frågat om många ärenden på kort tid');
    const c = await caseIn({ contact: { name: 'Karin Andersson', phone: guesser, email: null } });
    const call = newCallSid();
    const asked = await callAndAskStatus(call, guesser);
    const refused = await post(call, guesser, gatherAction(asked), { Digits: keyed(c.reference) });
    expect(spokenText(refused)).toContain('Du har frågat om många ärenden på kort tid');
    // Another caller is not held back by it.
    const other = newCallSid();
    const fresh = await post(other, OTHER, gatherAction(await callAndAskStatus(other, OTHER)), { Digits: '202699999' });
    expect(spokenText(fresh)).toContain('Jag hittar inget ärende med det numret.');
  });

  it('refuses an unsigned status webhook, and answers what it cannot read with 400, writing nothing', async () => {
    const response = await twilioPost(service, '/voice/case-status/number?lang=sv&try=1', { CallSid: newCallSid(), From: OWN, Digits: '202600001' }, null);
    expect(response.status).toBe(403);
    const before = (await t.db.query<{ n: string }>('SELECT count(*) AS n FROM status_guesses')).rows[0]!.n;
    for (const [path, params] of [
      ['/voice/case-status/number?lang=xx&try=1', { CallSid: newCallSid(), From: OWN, Digits: '202600001' }],
      ['/voice/case-status/number?lang=sv&try=9', { CallSid: newCallSid(), From: OWN, Digits: '202600001' }],
      ['/voice/case-status/number?lang=sv&try=1', { CallSid: 'not-a-call', From: OWN, Digits: '202600001' }],
      ['/voice/case-status/after?lang=sv&case=-1', { CallSid: newCallSid(), From: OWN, Digits: '3' }],
    ] as const) {
      expect((await twilioPost(service, path, params)).status).toBe(400);
    }
    expect((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM status_guesses')).rows[0]!.n).toBe(before);
  });
});
