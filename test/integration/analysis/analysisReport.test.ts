import { listCaseAccess, logExport } from '../../../src/accessLog/caseAccessLog';
import { analysisReport } from '../../../src/analysis/analysisReport';
import { exportedCases } from '../../../src/analysis/exportedCases';
import { periodInstants, periodOf } from '../../../src/analysis/reportPeriod';
import { saveSession } from '../../../src/conversation/conversationSessions';
import { createAccount } from '../../support/agentClient';
import { insertAnalysedCases, insertEndedConversation } from '../../support/analysisCases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { unitNamed } from '../../support/units';

let t: TestDatabase;
const NOW = new Date('2026-11-30T12:00:00Z');
const PERIOD = periodOf('2026-01-01', '2026-06-30');
let caseIds: number[];

beforeAll(async () => {
  t = await createTestDatabase();
  const sektor = await unitNamed(t.db, 'Vård och omsorg', { level: 'sektor' });
  const verksamhet = await unitNamed(t.db, 'Hemtjänst', { level: 'verksamhet', parentId: sektor });
  const norr = await unitNamed(t.db, 'Hemtjänst norr', { parentId: verksamhet });
  const soder = await unitNamed(t.db, 'Hemtjänst söder', { parentId: verksamhet });
  await unitNamed(t.db, 'Särskilt boende', { level: 'verksamhet', parentId: sektor });
  caseIds = await insertAnalysedCases(t.db, [
    { registeredAt: '2026-01-10T09:00:00Z', unitId: norr, newsAfterDays: 5, answerAfterDays: 20, serious: true, categories: ['bemotande'], onBehalf: 'relative', contactName: 'Karin Andersson', contactPhone: '+46701234567', what: 'Pappa 19450312-1234 fick fel medicin.' },
    { registeredAt: '2026-02-15T09:00:00Z', kind: 'synpunkt', area: 'stod_och_service', channel: 'chat', unitId: soder, newsAfterDays: 14, answerAfterDays: 30 },
    { registeredAt: '2026-03-20T09:00:00Z', channel: 'agent', unitId: norr, newsAfterDays: 20, status: 'investigating', confidential: true },
    // 1 July in Sweden: the next period's.
    { registeredAt: '2026-06-30T22:30:00Z', unitId: norr, newsAfterDays: 1, answerAfterDays: 1 },
    // 1 January in Sweden: this period's.
    { registeredAt: '2025-12-31T23:30:00Z', kind: 'berom', channel: 'chat', newsAfterDays: 1, answerAfterDays: 2 },
    // Given up half-way: not a case of the report.
    { registeredAt: '2026-04-01T09:00:00Z', kind: null, status: 'incomplete' },
    // A year earlier.
    { registeredAt: '2025-03-01T09:00:00Z', unitId: soder, newsAfterDays: 10, answerAfterDays: 25 },
    { registeredAt: '2025-05-01T09:00:00Z', kind: 'forslag', unitId: verksamhet, status: 'registered' },
  ]);
  const callback = async (caseId: number, createdAt: string, status: string, outcome: string) => {
    const { rows } = await t.db.query<{ id: number }>(
      `INSERT INTO callback_requests (case_id, phone, time_window, window_start, window_end, status, next_attempt_at, created_at)
       VALUES ($1, '+46701234567', 'morning', $2::timestamptz + interval '1 day', $2::timestamptz + interval '25 hours', $3, $2, $2) RETURNING id`,
      [caseId, createdAt, status],
    );
    await t.db.query(`INSERT INTO callback_attempts (callback_id, at, agent, outcome) VALUES ($1, $2::timestamptz + interval '1 day', 'anna', $3)`, [rows[0]!.id, createdAt, outcome]);
  };
  await callback(caseIds[0]!, '2026-01-10T09:00:00Z', 'done', 'reached');
  await callback(caseIds[1]!, '2026-02-15T09:00:00Z', 'failed', 'wrong_number');
  await callback(caseIds[6]!, '2025-03-01T09:00:00Z', 'done', 'reached');
  for (const c of [
    { channel: 'phone', step: 'what', endedAt: '2026-02-01T10:00:00Z' },
    { channel: 'phone', step: 'what', endedAt: '2026-02-02T10:00:00Z' },
    { channel: 'chat', step: 'kind', endedAt: '2026-03-01T10:00:00Z' },
    { channel: 'phone', step: 'done', endedAt: '2026-03-02T10:00:00Z' },
    { channel: 'phone', step: 'menu', endedAt: '2026-03-03T10:00:00Z', transferred: true },
    { channel: 'chat', step: 'what', endedAt: '2025-02-01T10:00:00Z' },
  ] as const) {
    await insertEndedConversation(t.db, c);
  }
});
afterAll(() => t.drop());

const counts = (rows: { value: string | null; cases: number }[]) => Object.fromEntries(rows.map((r) => [String(r.value), r.cases]));

it('counts a period’s complete cases by every dimension, in Swedish days', async () => {
  const { current } = await analysisReport(t.db, PERIOD, NOW);
  expect(current.figures.cases).toBe(4);
  expect(counts(current.figures.by.kind)).toEqual({ klagomal: 2, synpunkt: 1, berom: 1 });
  expect(counts(current.figures.by.area)).toEqual({ aldreomsorg: 3, stod_och_service: 1 });
  expect(counts(current.figures.by.channel)).toEqual({ phone: 1, chat: 2, agent: 1 });
  expect(counts(current.figures.by.onBehalf)).toEqual({ self: 3, relative: 1 });
  expect(counts(current.figures.by.serious)).toEqual({ true: 1, false: 3 });
  expect(counts(current.figures.by.category)).toEqual({ bemotande: 1 });
  expect(current.figures.by.month).toEqual([
    { value: '2026-01', cases: 2 },
    { value: '2026-02', cases: 1 },
    { value: '2026-03', cases: 1 },
  ]);
  expect(current.figures).toMatchObject({ open: 1, overdue: 1 });
});

it('measures the time to news and to the answer, late undone cases counting against the shares', async () => {
  const { current, previous } = await analysisReport(t.db, PERIOD, NOW);
  expect(current.news).toEqual({ done: 4, medianDays: 5, p90Days: 20, within14Days: 0.75, withinFourWeeks: 1 });
  expect(current.answer).toEqual({ done: 3, medianDays: 20, p90Days: 30, within14Days: 0.25, withinFourWeeks: 0.5 });
  expect(previous.news).toEqual({ done: 1, medianDays: 10, p90Days: 10, within14Days: 0.5, withinFourWeeks: 0.5 });
});

it('puts the same period a year earlier beside it, and rolls units up the ladder', async () => {
  const report = await analysisReport(t.db, PERIOD, NOW);
  expect(report.previous.period).toEqual(periodOf('2025-01-01', '2025-06-30'));
  expect(report.previous.figures).toMatchObject({ cases: 2, open: 1, overdue: 1 });
  expect(counts(report.previous.figures.by.kind)).toEqual({ klagomal: 1, forslag: 1 });
  expect(report.units.map((u) => [u.name, u.depth, u.cases, u.previous])).toEqual([
    ['Vård och omsorg', 0, 3, 2],
    ['Hemtjänst', 1, 3, 2],
    ['Hemtjänst norr', 2, 2, 0],
    ['Hemtjänst söder', 2, 1, 1],
    ['Ingen enhet ännu', 0, 1, 0],
  ]);
});

it('counts callbacks and the intakes given up, by channel and step', async () => {
  const { current, previous } = await analysisReport(t.db, PERIOD, NOW);
  expect(current.figures.callbacks).toEqual({ requested: 2, reached: 1, failed: 1 });
  expect(previous.figures.callbacks).toEqual({ requested: 1, reached: 1, failed: 0 });
  expect(current.figures.conversations).toEqual({ phone: 4, chat: 1 });
  expect(current.figures.gaveUp).toEqual([
    { channel: 'chat', step: 'kind', conversations: 1 },
    { channel: 'phone', step: 'what', conversations: 2 },
  ]);
  expect(previous.figures.gaveUp).toEqual([{ channel: 'chat', step: 'what', conversations: 1 }]);
});

it('exports the cases without contact data, and texts only when asked, never of a confidential case', async () => {
  const without = await exportedCases(t.db, periodInstants(PERIOD), { withTexts: false });
  expect(without.map((c) => c.id)).toEqual([caseIds[4], caseIds[0], caseIds[1], caseIds[2]]);
  expect(without.every((c) => c.texts === null)).toBe(true);
  expect(without.map((c) => [c.newsDays, c.answerDays])).toEqual([[1, 2], [5, 20], [14, 30], [20, null]]);
  expect(JSON.stringify(without)).not.toMatch(/Karin|\+4670|19450312/);
  const withTexts = await exportedCases(t.db, periodInstants(PERIOD), { withTexts: true });
  expect(withTexts[1]!.texts?.what).toBe('Pappa 19450312-1234 fick fel medicin.');
  expect(withTexts[3]!.texts).toBeNull();
});

it('keeps an export of figures in the access log, beside the reads of cases', async () => {
  const analyst = await createAccount(t.db, 'greta', 'analyst');
  await logExport(t.db, { agentId: analyst.id, what: 'Analysrapportens siffror 2026-01-01–2026-06-30' });
  const { entries } = await listCaseAccess(t.db, { agentId: analyst.id });
  expect(entries.map((e) => [e.username, e.reference, e.what, e.action])).toEqual([['greta', null, 'Analysrapportens siffror 2026-01-01–2026-06-30', 'export']]);
});

it('learns how a conversation ended from the conversation’s own save, once, at its end', async () => {
  const write = (turn: number, step: string, ended: boolean) => ({
    id: 'CAanalysisending', channel: 'phone' as const, state: { step }, turn, requestKey: `k${turn}`, response: {},
    callerPhone: null, caseId: null, transferred: false, ended,
  });
  const endings = () => t.db.query(`SELECT channel, step, transferred FROM intake_endings WHERE session_id = 'CAanalysisending'`);
  expect(await saveSession(t.db, write(1, 'kind', false))).toBe(true);
  expect((await endings()).rows).toEqual([]);
  expect(await saveSession(t.db, write(2, 'what', true))).toBe(true);
  // A later save (a repeated hang-up) changes nothing.
  expect(await saveSession(t.db, write(3, 'done', true))).toBe(true);
  expect((await endings()).rows).toEqual([{ channel: 'phone', step: 'what', transferred: false }]);
});
