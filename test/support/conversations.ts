import { intakeFlow } from '../../flows/intake';
import { createConversation } from '../../src/conversation/conversation';
import type { Queryable, Database } from '../../src/db/database';
import { defaultCalendar } from './calendar';

/** The conversation layer on a test database: the intake flow, the default calendar, a Wednesday morning (open). */
export const conversationOn = (db: Database) =>
  createConversation({
    db,
    flow: intakeFlow({ areas: ['aldreomsorg', 'annat'], calendar: defaultCalendar() }),
    calendar: defaultCalendar(),
    clock: () => new Date('2026-11-25T09:00:00Z'),
  });

/** As if the conversation's last turn was that long ago (and so it began at least that long ago). */
export const idleFor = (db: Queryable, sessionId: string, minutes: number) =>
  db.query(
    `UPDATE conversation_sessions SET updated_at = now() - make_interval(mins => $2), created_at = now() - make_interval(mins => $2 + 3) WHERE id = $1`,
    [sessionId, minutes],
  );
