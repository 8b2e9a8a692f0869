import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/database';

export const newTestCallSid = () => `CA${randomBytes(16).toString('hex')}`;

/**
 * A call the phone line handed to customer service, as the voice channel leaves it in conversation_sessions:
 * the engine's state with the menu's answers, the caller's number, transferred_at set.
 */
export async function transferredCall(
  db: Database,
  options: { answers?: Record<string, unknown>; callerPhone?: string | null; language?: 'sv' | 'en'; caseId?: number | null; callSid?: string } = {},
): Promise<string> {
  const callSid = options.callSid ?? newTestCallSid();
  const state = { step: 'what', language: options.language ?? 'sv', answers: options.answers ?? {}, retries: 0, done: true, callerNumber: options.callerPhone ?? null };
  await db.query(
    `INSERT INTO conversation_sessions (id, channel, state, caller_phone, case_id, transferred_at) VALUES ($1, 'phone', $2, $3, $4, now())`,
    [callSid, JSON.stringify(state), options.callerPhone === undefined ? '+46701234567' : options.callerPhone, options.caseId ?? null],
  );
  return callSid;
}
