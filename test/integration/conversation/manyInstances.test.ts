import { intakeFlow, STEP } from '../../../flows/intake';
import { createConversation } from '../../../src/conversation/conversation';
import type { TurnRequest } from '../../../src/conversation/conversation';
import { defaultCalendar } from '../../support/calendar';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** Two instances of the service behind a round-robin load balancer: each has its own process memory. */
function instance() {
  return createConversation({
    db: t.db,
    flow: intakeFlow({ areas: ['aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat'], calendar: defaultCalendar() }),
    // A Wednesday morning: customer service is open.
    calendar: defaultCalendar(),
    clock: () => new Date('2026-11-25T09:00:00Z'),
  });
}

describe('a call whose webhooks alternate between two instances', () => {
  it('moves on at every answer, whichever instance takes it', async () => {
    const [a, b] = [instance(), instance()];
    const callSid = `CA${'a'.repeat(32)}`;
    const first = await a.handle({ sessionId: callSid, channel: 'phone', requestKey: 'start', input: { kind: 'start', callerNumber: '+46701234567' } });
    expect(first.ask?.step).toBe(STEP.menu);

    const answer = (via: typeof a, turn: number, key: string, step: string): Promise<Awaited<ReturnType<typeof a.handle>>> => {
      const request: TurnRequest = { sessionId: callSid, channel: 'phone', requestKey: `answer:${step}:${turn}`, answersTurn: turn, input: { kind: 'key', key } };
      return via.handle(request);
    };
    // menu → kind on B, kind → area on A (whose memory still holds turn 1), area → what on B.
    const second = await answer(b, 1, '1', STEP.menu);
    expect(second.ask?.step).toBe(STEP.kind);
    const third = await answer(a, 2, '1', STEP.kind);
    expect(third.ask?.step).toBe(STEP.area);
    const fourth = await answer(b, 3, '1', STEP.area);
    expect(fourth.ask?.step).toBe(STEP.what);
    // A repeated delivery of an old answer, on the instance that did not take it, changes nothing.
    const late = await answer(a, 2, '1', STEP.kind);
    expect(late.ask?.step).toBe(STEP.what);

    const stored = await t.db.query<{ turn: number; step: string }>("SELECT turn, state->>'step' AS step FROM conversation_sessions WHERE id = $1", [callSid]);
    expect(stored.rows[0]).toEqual({ turn: 4, step: STEP.what });
  });
});
