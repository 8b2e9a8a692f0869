import type { Database } from '../db/database';
import { eraseCallbacksOfCase } from '../callbacks/callbackPersonalData';
import { eraseTranscript } from '../channels/chat/transcriptPersonalData';
import { eraseSessionsOfCase } from '../conversation/sessionPersonalData';
import { eraseQueueCallersOfCase } from '../customerService/queueCallerPersonalData';
import { eraseMessagesOfCase } from '../outbox/outboxPersonalData';
import { eraseStoredRecordings } from '../recordings/recordingPersonalData';
import type { Actor } from '../register/caseEvents';
import { CaseNotFoundError } from '../register/errors';
import { eraseCaseContact, sourcesOfCase, type ErasureDecision } from '../register/personalData';

export type { ErasureDecision };

/** What an erasure removed, counted (never what it was): the admin's page says it. */
export interface ErasureResult {
  cases: number;
  rowsRemoved: number;
}

/**
 * Carries out a decision to erase a person's data in these cases, all in one transaction: the contact data, the
 * callbacks, the engine's sessions, the chat transcripts (and files sent in them), the outbox messages to them,
 * the phone queue's rows and the voice messages kept only here. Voice messages still at Twilio keep their row for
 * the retention purge to delete there. The complaint itself stays, with 'erased' and the decision in its history.
 * Running it again changes nothing.
 */
export async function eraseCases(db: Database, caseIds: readonly number[], decision: ErasureDecision, actor: Actor): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    let cases = 0;
    let rowsRemoved = 0;
    for (const caseId of [...new Set(caseIds)].sort((a, b) => a - b)) {
      const sources = await sourcesOfCase(tx, caseId);
      if (!sources) throw new CaseNotFoundError(String(caseId));
      const { callSid, conversationId } = sources;
      // The queue's rows point at callbacks, and callbacks are deleted after them.
      rowsRemoved += await eraseQueueCallersOfCase(tx, caseId, callSid);
      rowsRemoved += await eraseCallbacksOfCase(tx, caseId);
      rowsRemoved += await eraseMessagesOfCase(tx, caseId);
      rowsRemoved += await eraseSessionsOfCase(tx, caseId, [callSid, conversationId].filter((id): id is string => id !== null));
      if (conversationId) rowsRemoved += await eraseTranscript(tx, conversationId);
      if (callSid) rowsRemoved += await eraseStoredRecordings(tx, callSid);
      if (await eraseCaseContact(tx, caseId, decision, actor)) cases += 1;
    }
    return { cases, rowsRemoved };
  });
}
