import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { startTwilioApiStandIn, type TwilioApiStandIn } from '../../../src/cli/twilioApiStandIn';
import { registerCase } from '../../../src/intake/registration';
import type { NewCaseInput } from '../../../src/register/newCase';
import { createAccount } from '../../support/agentClient';
import { axeViolations, launchBrowser, signedInPage } from '../../support/browser';
import { deadlinesNow } from '../../support/calendar';
import { anonymousPraise, phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { startSmtpServer, type TestSmtpServer } from '../../support/smtpServer';
import { OPEN, startVoiceService, TEST_TOKEN, type VoiceService } from '../../support/voice';

// A browser on two cores is slow, and each test here loads several pages and waits for deliveries: two minutes each.
jest.setTimeout(120_000);

const ACCOUNT = `AC${'1'.repeat(32)}`;
const MUNICIPALITY_NUMBER = '+46101110000';
const run = promisify(execFile);

let t: TestDatabase;
let smtp: TestSmtpServer;
let twilioApi: TwilioApiStandIn;
let service: VoiceService;
let browser: Browser;
let page: Page;
let unitId: number;

async function caseWith(input: NewCaseInput): Promise<{ id: number; reference: string }> {
  const { case: c } = await registerCase(t.db, input, 'resident:phone', deadlinesNow());
  // The SMS receipt is some other test's business: only the messages sent from the case page are delivered here.
  await t.db.query(`UPDATE outbox_messages SET status = 'failed' WHERE case_id = $1`, [c.id]);
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'routed' WHERE id = $1`, [c.id, unitId]);
  return c;
}

/** Waits for the outbox worker (every second) to have delivered what the page queued. */
async function givenAt(caseId: number, column: 'news_given_at' | 'answer_given_at'): Promise<Date> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await t.db.query<{ at: Date | null }>(`SELECT ${column} AS at FROM cases WHERE id = $1`, [caseId]);
    if (rows[0]!.at) return rows[0]!.at;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${column} was never set`);
}

async function send(reference: string, form: 'Vad händer med ärendet?' | 'Svaret', text: string): Promise<void> {
  await page.goto(`${service.url}/agent/cases/${reference}`);
  const before = await page.locator('ul.outbox li').count();
  await page.getByLabel(form, { exact: true }).fill(text);
  await page.getByRole('button', { name: form === 'Svaret' ? 'Skicka svaret' : 'Skicka beskedet' }).click();
  // The page reloads with the new message listed under Utskick.
  await page.locator('ul.outbox li').nth(before).waitFor();
}

beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  smtp = await startSmtpServer();
  twilioApi = await startTwilioApiStandIn({ accountSid: ACCOUNT, authToken: TEST_TOKEN });
  service = await startVoiceService(t.url, OPEN, {
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Exempelby kommun <synpunkt@kommun.example>',
    OUTBOX_INTERVAL_SECONDS: '1',
    TWILIO_ACCOUNT_SID: ACCOUNT,
    TWILIO_PHONE_NUMBER: MUNICIPALITY_NUMBER,
    TWILIO_API_URL: twilioApi.url,
    MUNICIPALITY_NAME: 'Exempelby kommun',
    MUNICIPALITY_ADDRESS: 'Box 100, 123 45 Exempelby',
    CUSTOMER_SERVICE_PHONE: '+46101234567',
  });
  const { rows: [unit] } = await t.db.query<{ id: number }>(`INSERT INTO units (name, level) VALUES ('Hemtjänst Norr', 'enhet') RETURNING id`);
  unitId = unit!.id;
  await createAccount(t.db, 'adam', 'admin');
  browser = await launchBrowser();
  page = await signedInPage(browser, service.url, 'adam');
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await twilioApi?.close();
  await smtp?.close();
  await t?.drop();
});

describe('the resident hears back', () => {
  it('by e-mail: news and the answer arrive in a real mailbox, and the case page shows each delivery', async () => {
    const c = await caseWith(phoneComplaint({ replyMethod: 'email', contact: { name: 'Karin Andersson', phone: null, email: 'karin@example.se' }, callback: null }));
    await send(c.reference, 'Vad händer med ärendet?', 'Vi har pratat med personalen och går igenom schemat.');
    expect(await axeViolations(page)).toEqual([]);
    const [news] = await smtp.waitFor(1);
    expect(news!.envelopeTo).toEqual(['karin@example.se']);
    expect(news!.mail.subject).toBe(`Besked om ditt ärende ${c.reference}`);
    expect(news!.mail.text).toContain('Vi har pratat med personalen och går igenom schemat.');
    await givenAt(c.id, 'news_given_at');

    await send(c.reference, 'Svaret', 'Hemtjänsten har fått en ny planering. Vi ber om ursäkt.');
    const [, answer] = await smtp.waitFor(2);
    expect(answer!.mail.subject).toBe(`Svar på ditt ärende ${c.reference}`);
    expect(answer!.mail.text).toContain('Hemtjänsten har fått en ny planering.');
    // The way up the ladder is the signed link to the not-satisfied page, for this case.
    expect(answer!.mail.text).toMatch(new RegExp(`Är du inte nöjd med svaret\\? Säg det här, så tar en chef på nästa nivå upp ärendet: https://synpunkt\\.kommun\\.test/svar/inte-nojd\\?t=${c.reference}\\.`));
    expect(answer!.mail.text).toContain('Inspektionen för vård och omsorg (IVO), ivo.se');
    await givenAt(c.id, 'answer_given_at');

    await page.reload();
    const deliveries = page.locator('ul.outbox li');
    expect(await deliveries.allInnerTexts()).toEqual([
      expect.stringMatching(/^Besked till invånaren, E-post: Skickat \(1 försök, skickat \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)/),
      expect.stringMatching(/^Svar till invånaren, E-post: Skickat \(1 försök, skickat /),
    ]);
    expect(await page.locator('ol.history').innerText()).toContain('Meddelande till invånaren skickat');
  });

  it("by phone: news as an SMS through Twilio's Messages API, checked as Twilio checks it", async () => {
    const c = await caseWith(phoneComplaint({ callback: null }));
    await send(c.reference, 'Vad händer med ärendet?', 'Vi utreder ärendet.');
    await givenAt(c.id, 'news_given_at');
    expect(twilioApi.messages).toEqual([
      { sid: expect.stringMatching(/^SM/), to: '+46701234567', from: MUNICIPALITY_NUMBER, body: `Exempelby kommun: Här får du veta vad som händer med ditt ärende. Ärendenummer: ${c.reference}. Vi utreder ärendet.` },
    ]);
    expect(twilioApi.requests.filter((r) => r.path.endsWith('/Messages.json')).map((r) => [r.method, r.path, r.authorized])).toEqual([
      ['POST', `/2010-04-01/Accounts/${ACCOUNT}/Messages.json`, true],
    ]);
    // The stand-in refuses what Twilio refuses: the wrong credentials.
    const refused = await fetch(`${twilioApi.url}/2010-04-01/Accounts/${ACCOUNT}/Messages.json`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT}:wrong`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ To: '+46701234567', From: MUNICIPALITY_NUMBER, Body: 'x' }),
    });
    expect(refused.status).toBe(401);

    // The answer is given in a callback; the SMS only says it is coming.
    await send(c.reference, 'Svaret', 'Vi har bytt personal hos din mamma.');
    await page.getByRole('link', { name: /^Återuppringning \d+/ }).waitFor();
    for (let i = 0; i < 200 && twilioApi.messages.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(twilioApi.messages[1]!.body).toContain('Kundtjänst ringer dig');
    expect(twilioApi.messages[1]!.body).not.toContain('bytt personal');

    // The agent who calls sees the answer to read out.
    await page.getByRole('link', { name: /^Återuppringning \d+/ }).click();
    await page.getByRole('heading', { name: 'Svar att ge i samtalet' }).waitFor();
    expect(await page.getByText('Vi har bytt personal hos din mamma.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('by letter: the address is asked for, the letter printed from Chromium holds the right text, and marking it printed gives the answer', async () => {
    const c = await caseWith(phoneComplaint({ replyMethod: 'letter', contact: { name: 'Karin Andersson', phone: null, email: null }, callback: null, area: 'halso_och_sjukvard' }));
    await page.goto(`${service.url}/agent/cases/${c.reference}`);
    await page.getByText('skriv invånarens postadress under Postadress').waitFor();
    expect(await page.getByRole('button', { name: 'Skicka svaret' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Postadress' }).fill('Storgatan 1\n123 45 Exempelby');
    await page.getByRole('button', { name: 'Spara postadressen' }).click();
    await page.getByRole('button', { name: 'Skicka svaret' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await send(c.reference, 'Svaret', 'Sjuksköterskan har fått nya rutiner för dina besök.');

    await page.getByRole('link', { name: 'Brev att skriva ut' }).click();
    await page.waitForURL('**/agent/letters');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('row', { name: new RegExp(c.reference) }).getByRole('link', { name: /^Brev \d+$/ }).click();
    await page.getByRole('heading', { name: `Svar på ditt ärende ${c.reference}` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const dir = await mkdtemp(path.join(tmpdir(), 'letter-'));
    try {
      const pdf = path.join(dir, 'letter.pdf');
      // The paper size comes from the page's own print CSS (@page size: A4).
      await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
      const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
      const text = stdout.replace(/\s+/g, ' ');
      for (const expected of [
        'Exempelby kommun', 'Box 100', '123 45 Exempelby', 'Karin Andersson', 'Storgatan 1', `Ärendenummer ${c.reference}`, '2026-11-25',
        'Sjuksköterskan har fått nya rutiner för dina besök.', 'Patientnämnden',
      ]) {
        expect(text).toContain(expected);
      }
      // The page's tools are not printed.
      expect(text).not.toContain('Markera som utskrivet');
      const info = (await run('pdfinfo', [pdf])).stdout;
      expect(info).toMatch(/^Pages:\s+1$/m);
      expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    await page.getByRole('button', { name: 'Markera som utskrivet' }).click();
    await page.waitForURL('**/agent/letters');
    await page.getByText('Inga brev väntar på att skrivas ut.').waitFor();
    await givenAt(c.id, 'answer_given_at');
  });

  it('an anonymous case: the form says why nothing can be sent', async () => {
    const { case: c } = await registerCase(t.db, anonymousPraise(), 'resident:chat', deadlinesNow());
    await t.db.query(`UPDATE cases SET unit_id = $2, status = 'routed' WHERE id = $1`, [c.id, unitId]);
    await page.goto(`${service.url}/agent/cases/${c.reference}`);
    await page.getByText('Ärendet är anonymt och kan inte besvaras.').waitFor();
    expect(await page.getByRole('button', { name: 'Skicka svaret' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
