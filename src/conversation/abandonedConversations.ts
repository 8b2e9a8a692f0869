import type { Database } from '../db/database';
import { listAbandonedSessions } from './conversationSessions';
import type { Logger } from '../logging/logger';
import { startPeriodicTask, type PeriodicTask } from '../tasks/periodicTask';
import type { Conversation } from './conversation';

/** How many abandoned conversations one run closes; the next run takes the rest. */
const PER_RUN = 100;

/**
 * Ends conversations that nobody ended: a hang-up whose status callback never arrived (Twilio does not retry
 * it after a 5xx), a chat tab closed without a word. Each is ended as a hang-up, so what the resident already
 * described is kept as an incomplete case for agents, exactly as a hang-up would. Safe on several instances:
 * the conditional save lets one of them end each conversation.
 */
export async function endAbandonedConversations(parts: { db: Database; conversation: Conversation; idleMinutes: number }): Promise<number> {
  const abandoned = await listAbandonedSessions(parts.db, parts.idleMinutes, PER_RUN);
  for (const session of abandoned) {
    await parts.conversation.handle({ sessionId: session.id, channel: session.channel, requestKey: 'abandoned', input: { kind: 'hangup' } });
  }
  return abandoned.length;
}

export function startAbandonedConversationSweep(parts: {
  db: Database;
  conversation: Conversation;
  idleMinutes: number;
  intervalMs: number;
  logger: Logger;
}): PeriodicTask {
  return startPeriodicTask('ending abandoned conversations', parts.intervalMs, parts.logger, async () => {
    const n = await endAbandonedConversations(parts);
    if (n > 0) parts.logger.info(`${n} abandoned conversation(s) ended; what was said is kept as incomplete cases`);
  });
}
