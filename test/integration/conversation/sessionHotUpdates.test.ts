import { endAbandonedConversations } from '../../../src/conversation/abandonedConversations';
import { conversationOn, idleFor } from '../../support/conversations';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

/**
 * A turn rewrites its conversation's row. It must be a HOT update (in place, no new index entries), or a busy
 * line leaves a dead row and an index entry per turn (db/008). One connection does the turns and reads the
 * statistics, so pg_stat_force_next_flush() makes them visible to the next statement; the wait is a fallback.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 1 });
});
afterAll(() => t.drop());

const conversation = () => conversationOn(t.db);

async function updates(): Promise<{ all: number; hot: number }> {
  await t.db.query('SELECT pg_stat_force_next_flush()');
  const r = await t.db.query<{ all: number; hot: number }>(
    `SELECT n_tup_upd AS "all", n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'conversation_sessions'`,
  );
  return r.rows[0]!;
}

/** The counters once they show at least `atLeast` more updates than `from` (statistics arrive a little late). */
async function updatesAfter(from: { all: number }, atLeast: number): Promise<{ all: number; hot: number }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const now = await updates();
    if (now.all - from.all >= atLeast || Date.now() > deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it('updates a conversation in place on every ordinary turn, and the sweep still ends it once abandoned', async () => {
  const c = conversation();
  const callSid = `CA${'4'.repeat(32)}`;
  let reply = await c.handle({ sessionId: callSid, channel: 'phone', requestKey: 'start', input: { kind: 'start', callerNumber: '+46701234567' } });
  const before = await updates();
  for (const key of ['1', '1', '1']) {
    reply = await c.handle({ sessionId: callSid, channel: 'phone', requestKey: `a:${reply.turn}`, answersTurn: reply.turn, input: { kind: 'key', key } });
  }
  expect(reply.turn).toBe(4);
  const after = await updatesAfter(before, 3);
  expect({ updates: after.all - before.all, hot: after.hot - before.hot }).toEqual({ updates: 3, hot: 3 });

  // Left silent for three hours: the sweep, finding it through the open conversations' index, ends it.
  await idleFor(t.db, callSid, 180);
  expect(await endAbandonedConversations({ db: t.db, conversation: conversation(), idleMinutes: 120 })).toBe(1);
  const ended = await t.db.query<{ ended: boolean }>('SELECT ended_at IS NOT NULL AS ended FROM conversation_sessions WHERE id = $1', [callSid]);
  expect(ended.rows[0]!.ended).toBe(true);
});
