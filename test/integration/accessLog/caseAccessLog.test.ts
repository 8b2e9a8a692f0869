import { ACCESS_LOG_PAGE_SIZE, listCaseAccess, logCaseAccess } from '../../../src/accessLog/caseAccessLog';
import { registerCase } from '../../../src/intake/registration';
import { createAccount } from '../../support/agentClient';
import { deadlinesNow } from '../../support/calendar';
import { phoneComplaint } from '../../support/cases';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

it('lists who read which case, newest first, a page at a time, filtered by case, person and period', async () => {
  const [anna, nils] = [await createAccount(t.db, 'anna', 'agent'), await createAccount(t.db, 'nils', 'admin')];
  const [first, second] = [
    (await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter' }), 'resident:phone', deadlinesNow())).case,
    (await registerCase(t.db, phoneComplaint({ callback: null, replyMethod: 'letter' }), 'resident:phone', deadlinesNow())).case,
  ];
  for (let i = 0; i < ACCESS_LOG_PAGE_SIZE + 5; i++) await logCaseAccess(t.db, { agentId: anna.id, caseId: first.id, action: 'read' });
  await logCaseAccess(t.db, { agentId: nils.id, caseId: second.id, action: 'export' });
  await logCaseAccess(t.db, { agentId: nils.id, caseId: first.id, action: 'refused' });

  const page1 = await listCaseAccess(t.db, {});
  expect(page1.more).toBe(true);
  expect(page1.entries).toHaveLength(ACCESS_LOG_PAGE_SIZE);
  expect(page1.entries.slice(0, 3).map((e) => [e.username, e.reference, e.action])).toEqual([
    ['nils', first.reference, 'refused'],
    ['nils', second.reference, 'export'],
    ['anna', first.reference, 'read'],
  ]);
  const page2 = await listCaseAccess(t.db, {}, page1.entries.at(-1)!.id);
  expect(page2).toMatchObject({ more: false });
  expect(page2.entries).toHaveLength(7);
  expect(new Set([...page1.entries, ...page2.entries].map((e) => e.id)).size).toBe(ACCESS_LOG_PAGE_SIZE + 7);

  expect((await listCaseAccess(t.db, { caseId: second.id })).entries.map((e) => e.action)).toEqual(['export']);
  expect((await listCaseAccess(t.db, { agentId: nils.id, caseId: first.id })).entries.map((e) => e.action)).toEqual(['refused']);
  const now = Date.now();
  expect((await listCaseAccess(t.db, { since: new Date(now + 3_600_000) })).entries).toEqual([]);
  expect((await listCaseAccess(t.db, { since: new Date(now - 3_600_000), until: new Date(now + 3_600_000), agentId: nils.id })).entries).toHaveLength(2);
});
