import { registerCase } from '../../../src/intake/registration';
import { listOutboxForCase } from '../../../src/outbox/outboxStore';
import type { Case } from '../../../src/register/case';
import { listCaseEvents } from '../../../src/register/caseEvents';
import { notSatisfiedLinks } from '../../../src/residentStatus/linkSigning';
import { caseDeadlines } from '../../../src/domain/calendar';
import { deadlinesNow, defaultCalendar } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { startInProcessService, type InProcessService } from '../../support/inProcessService';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { threeRungLadder } from '../../support/units';

const SECRET = 'a-resident-link-secret-for-this-test-only-0123';
const PUBLIC_URL = 'https://synpunkt.kommun.test';
const NOW = new Date('2026-11-25T09:00:00Z');
const DAY = 24 * 3600_000;
const settings = { workspaceUrl: PUBLIC_URL, seriousCasesEmail: null };

let t: TestDatabase;
let service: InProcessService;
let sektor: number;
let aldre: number;
let norr: number;

/** A complaint answered by a unit: what the answer's e-mail would carry a link for. */
async function answeredCaseIn(unitId: number, area: Case['area'] = 'aldreomsorg'): Promise<Case> {
  const { case: c } = await registerCase(t.db, phoneComplaint({ callback: null, area }), 'resident:phone', deadlinesNow(), settings);
  await t.db.query(`UPDATE cases SET unit_id = $2, status = 'answered', answer_given_at = $3 WHERE id = $1`, [c.id, unitId, NOW]);
  return c;
}

const linkFor = (reference: string, at = NOW, days = 60) => notSatisfiedLinks({ secret: SECRET, publicBaseUrl: PUBLIC_URL, days, clock: () => at })(reference)!;
const tokenOf = (link: string) => new URL(link).searchParams.get('t')!;
const local = (link: string) => service.url + link.slice(PUBLIC_URL.length);

async function post(token: string, lang = 'sv'): Promise<{ status: number; body: string }> {
  const response = await fetch(`${service.url}/svar/inte-nojd`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ t: token, lang }).toString(),
  });
  return { status: response.status, body: await response.text() };
}

const stateOf = async (c: Case) => (await t.db.query<{ status: string; unit_id: number }>('SELECT status, unit_id FROM cases WHERE id = $1', [c.id])).rows[0];
/** Four weeks from now by the calendar, unless the case's own deadline was later already (the test registers at today's date). */
const newAnswerDueOf = (c: Case) => new Date(Math.max(caseDeadlines(defaultCalendar(), NOW).answerDue.getTime(), c.answerDue.getTime()));
const answerOf = async (c: Case) =>
  (
    await t.db.query<{ answer_due: Date; answer_given_at: Date | null; notices: number }>(
      `SELECT answer_due, answer_given_at, (SELECT count(*)::int FROM deadline_notices WHERE case_id = cases.id AND deadline = 'answer') AS notices FROM cases WHERE id = $1`,
      [c.id],
    )
  ).rows[0];
const mailsOf = async (c: Case) => (await listOutboxForCase(t.db, c.id)).filter((m) => m.kind === 'email').map((m) => [m.recipient, m.purpose]);
const historyOf = async (c: Case) =>
  (await listCaseEvents(t.db, c.id)).filter((e) => ['not_satisfied', 'escalated', 'reopened'].includes(e.action)).map((e) => [e.action, e.actor, e.details]);

beforeAll(async () => {
  t = await createTestDatabase();
  ({ sektor, aldre, norr } = await threeRungLadder(t.db));
  service = await startInProcessService({ DATABASE_URL: t.url, PUBLIC_BASE_URL: PUBLIC_URL, TWILIO_AUTH_TOKEN: 'not-used-here', RESIDENT_LINK_SECRET: SECRET }, NOW);
});
afterAll(async () => {
  await service?.close();
  await t?.drop();
});

describe('the signed not-satisfied link', () => {
  it('asks first; sent, it reopens the case one rung up, tells that manager, and says where to turn after; a second use changes nothing', async () => {
    const c = await answeredCaseIn(norr);
    const link = linkFor(c.reference);

    const asked = await fetch(local(link));
    const page = await asked.text();
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(page).toContain(`ditt ärende ${c.reference}`);
    expect(page).toContain('<form method="post" action="/svar/inte-nojd">');
    expect(page).not.toContain('Hemtjänsten kom inte');
    expect(await stateOf(c)).toEqual({ status: 'answered', unit_id: norr });

    await t.db.query(`INSERT INTO deadline_notices (case_id, deadline, stage, unit_id, at) VALUES ($1, 'answer', 'reminder', $2, $3)`, [c.id, norr, NOW]);
    const sent = await post(tokenOf(link));
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('Vi har skickat ditt ärende vidare till Äldreomsorg');
    expect(sent.body).toContain('Inspektionen för vård och omsorg');
    expect(await stateOf(c)).toEqual({ status: 'investigating', unit_id: aldre });
    expect(await mailsOf(c)).toEqual([['vera.vc@kommun.example', 'not_satisfied_1']]);
    expect(await historyOf(c)).toEqual([
      ['not_satisfied', 'resident:link', {}],
      ['escalated', 'system', { fromUnit: 'Hemtjänst Norr', unit: 'Äldreomsorg', unitId: aldre, told: 'verksamhetschef för Äldreomsorg' }],
      ['reopened', 'system', { from: 'answered', to: 'investigating', answerDue: newAnswerDueOf(c).toISOString() }],
    ]);
    // A new answer is owed, four weeks from now, and its reminders go out again.
    expect(await answerOf(c)).toEqual({ answer_due: newAnswerDueOf(c), answer_given_at: null, notices: 0 });

    const again = await post(tokenOf(link), 'en');
    expect(again.status).toBe(200);
    expect(again.body).toContain('We have already been told that you are not satisfied');
    const reread = await (await fetch(local(link))).text();
    expect(reread).toContain('Vi har redan tagit emot att du inte är nöjd');
    expect(await stateOf(c)).toEqual({ status: 'investigating', unit_id: aldre });
    expect(await mailsOf(c)).toHaveLength(1);
  });

  it('at the top of the ladder the case stays, reopened, and its own manager is told; health care points to Patientnämnden', async () => {
    const c = await answeredCaseIn(sektor, 'halso_och_sjukvard');
    const sent = await post(tokenOf(linkFor(c.reference)));
    expect(sent.body).toContain('redan hos den högsta nivån, Sektor vård och omsorg');
    expect(sent.body).toContain('Patientnämnden');
    expect(await stateOf(c)).toEqual({ status: 'investigating', unit_id: sektor });
    expect(await mailsOf(c)).toEqual([['sara.sc@kommun.example', 'not_satisfied_1']]);
    expect((await historyOf(c))[1]).toEqual(['escalated', 'system', expect.objectContaining({ unit: 'Sektor vård och omsorg', told: 'sektorschef för Sektor vård och omsorg' })]);
  });

  it('refuses an expired link with 410 and a forged one with 400, changing nothing', async () => {
    const c = await answeredCaseIn(norr);
    const expired = linkFor(c.reference, new Date(NOW.getTime() - 61 * DAY));
    const gone = await post(tokenOf(expired));
    expect(gone.status).toBe(410);
    expect(gone.body).toContain('Länken gäller inte längre');
    expect((await fetch(local(expired))).status).toBe(410);

    const forged = tokenOf(linkFor(c.reference)).replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect((await post(forged)).status).toBe(400);
    expect((await post('')).status).toBe(400);
    expect((await fetch(`${service.url}/svar/inte-nojd`)).status).toBe(400);
    const huge = await fetch(`${service.url}/svar/inte-nojd`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `t=${'a'.repeat(10_000)}` });
    expect(huge.status).toBe(413);
    expect(await stateOf(c)).toEqual({ status: 'answered', unit_id: norr });
    expect(await mailsOf(c)).toEqual([]);
  });

  it('a link that lasts its days still works on the last day, not after (the clock the service runs on)', async () => {
    const c = await answeredCaseIn(norr);
    const link = linkFor(c.reference, NOW, 60);
    service.setNow(new Date(NOW.getTime() + 60 * DAY + 1000));
    try {
      expect((await post(tokenOf(link))).status).toBe(410);
      service.setNow(new Date(NOW.getTime() + 59 * DAY));
      expect((await post(tokenOf(link))).status).toBe(200);
    } finally {
      service.setNow(NOW);
    }
    expect(await stateOf(c)).toEqual({ status: 'investigating', unit_id: aldre });
  });
});
