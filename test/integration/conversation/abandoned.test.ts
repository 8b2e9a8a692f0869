import { endAbandonedConversations } from '../../../src/conversation/abandonedConversations';
import type { TurnRequest } from '../../../src/conversation/conversation';
import { conversationOn, idleFor as idle } from '../../support/conversations';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const conversation = () => conversationOn(t.db);

/** A call that went silent: the status callback that would say "hung up" never arrived. */
async function callThatWentSilent(callSid: string, answers: TurnRequest['input'][]) {
  const c = conversation();
  let reply = await c.handle({ sessionId: callSid, channel: 'phone', requestKey: 'start', input: { kind: 'start', callerNumber: '+46701234567' } });
  for (const input of answers) {
    reply = await c.handle({ sessionId: callSid, channel: 'phone', requestKey: `a:${reply.turn}`, answersTurn: reply.turn, input });
  }
}

const idleFor = (callSid: string, minutes: number) => idle(t.db, callSid, minutes);

async function caseOf(callSid: string) {
  const r = await t.db.query<{ status: string; what: string }>('SELECT status, what FROM cases WHERE source_call_sid = $1', [callSid]);
  return r.rows;
}

async function ended(callSid: string) {
  const r = await t.db.query<{ ended: boolean }>('SELECT ended_at IS NOT NULL AS ended FROM conversation_sessions WHERE id = $1', [callSid]);
  return r.rows[0]?.ended;
}

describe('conversations nobody ended', () => {
  const described = `CA${'1'.repeat(32)}`;
  const silentAtMenu = `CA${'2'.repeat(32)}`;
  const stillTalking = `CA${'3'.repeat(32)}`;

  it('keeps what a caller described, ends the rest, and leaves a live call alone', async () => {
    await callThatWentSilent(described, [{ kind: 'key', key: '1' }, { kind: 'key', key: '1' }, { kind: 'key', key: '1' }, { kind: 'text', text: 'Ingen kom med maten i går.' }]);
    await callThatWentSilent(silentAtMenu, []);
    await callThatWentSilent(stillTalking, [{ kind: 'key', key: '1' }, { kind: 'key', key: '1' }, { kind: 'key', key: '1' }, { kind: 'text', text: 'Jag berättar fortfarande.' }]);
    await idleFor(described, 180);
    await idleFor(silentAtMenu, 180);
    await idleFor(stillTalking, 5);

    const sweep = () => endAbandonedConversations({ db: t.db, conversation: conversation(), idleMinutes: 120 });
    expect(await sweep()).toBe(2);
    expect(await caseOf(described)).toEqual([{ status: 'incomplete', what: 'Ingen kom med maten i går.' }]);
    expect(await caseOf(silentAtMenu)).toEqual([]);
    expect(await caseOf(stillTalking)).toEqual([]);
    expect([await ended(described), await ended(silentAtMenu), await ended(stillTalking)]).toEqual([true, true, false]);

    // A second run, or a second instance running at once, finds nothing more to do.
    expect(await Promise.all([sweep(), sweep()])).toEqual([0, 0]);
    expect(await caseOf(described)).toHaveLength(1);
  });
});
