import type { Queryable } from '../db/database';
import { phoneNumberTextForms } from '../domain';
import { findCallbacks, type ExtractedCallback } from '../callbacks/callbackPersonalData';
import { findTranscripts, type ExtractedTranscript } from '../channels/chat/transcriptPersonalData';
import { findSessions, type ExtractedSession } from '../conversation/sessionPersonalData';
import { findQueueCallers, type ExtractedQueueCaller } from '../customerService/queueCallerPersonalData';
import { findMessages, type ExtractedMessage } from '../outbox/outboxPersonalData';
import { findRecordings, type ExtractedRecording } from '../recordings/recordingPersonalData';
import { findCaseIdsByContact, readCasesForExtract, type ExtractedCase } from '../register/personalData';
import type { PersonQuery } from './personQuery';

/** Everything held about one person (GDPR art. 15), grouped by where it is kept. */
export interface RegisterExtract {
  query: PersonQuery;
  takenAt: Date;
  cases: ExtractedCase[];
  callbacks: ExtractedCallback[];
  sessions: ExtractedSession[];
  transcripts: ExtractedTranscript[];
  messages: ExtractedMessage[];
  queueCallers: ExtractedQueueCaller[];
  recordings: ExtractedRecording[];
}

const unique = <T>(values: readonly (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

/**
 * Collects the extract: the cases with the person's number or e-mail (or confirmed by name), then what those
 * cases and that number lead to in every other table: callbacks, the engine's sessions (by caller, case or the
 * number/e-mail inside their state), chat transcripts, the outbox, the phone queue and voice messages.
 */
export async function takeRegisterExtract(db: Queryable, query: PersonQuery, now: Date): Promise<RegisterExtract> {
  const phones = query.phone ? [query.phone] : [];
  const emails = query.email ? [query.email] : [];
  const caseIds = unique([...(await findCaseIdsByContact(db, phones, emails)), ...query.caseIds]).sort((a, b) => a - b);
  const cases = await readCasesForExtract(db, caseIds);
  const sessions = await findSessions(db, {
    phones,
    stateTexts: [...phones.flatMap(phoneNumberTextForms), ...emails],
    caseIds,
    ids: unique(cases.flatMap((c) => [c.callSid, c.conversationId])),
  });
  const callSids = unique([...cases.map((c) => c.callSid), ...sessions.filter((s) => s.channel === 'phone').map((s) => s.id)]);
  const conversationIds = unique([...cases.map((c) => c.conversationId), ...sessions.filter((s) => s.channel === 'chat').map((s) => s.id)]);
  return {
    query,
    takenAt: now,
    cases,
    callbacks: await findCallbacks(db, phones, caseIds),
    sessions,
    transcripts: await findTranscripts(db, conversationIds),
    messages: await findMessages(db, [...phones, ...emails], caseIds),
    queueCallers: await findQueueCallers(db, callSids, caseIds),
    recordings: await findRecordings(db, callSids),
  };
}

/** The cases an extract holds: the access log gets a line for each. */
export const caseIdsOf = (extract: RegisterExtract): number[] => extract.cases.map((c) => c.id);
