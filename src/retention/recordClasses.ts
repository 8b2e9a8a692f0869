import { countAccessLinesBefore, deleteAccessLinesBefore } from '../accessLog/caseAccessLog';
import { countLoginCountsBefore, deleteLoginCountsBefore } from '../agent/loginThrottle';
import { countIdleTranscripts, deleteIdleTranscripts } from '../channels/chat/transcriptStore';
import { countEndedSessions, deleteEndedSessions } from '../conversation/conversationSessions';
import { countGoneCallers, deleteGoneCallers } from '../customerService/queueCallers';
import type { Queryable } from '../db/database';
import type { RecordClass } from '../domain';
import { countFinishedMessages, deleteFinishedMessages } from '../outbox/outboxStore';
import { countOldRecordings, deleteOldRecordings } from '../recordings/recordingDisposal';
import { anonymiseContacts, countContactsToAnonymise } from '../register/contactAnonymising';
import { forgetPurgedRecordingLinks } from '../register/recordingLinks';

/** Records of a class due to go: how many, and the oldest date among them. */
export interface DueRecords {
  count: number;
  oldest: Date | null;
}

/** One class as the purge works it; the SQL is the table owner's, called here. */
export interface ClassStore {
  count(db: Queryable, before: Date): Promise<DueRecords>;
  /** One batch of about `limit` records, in the transaction that counts it in the disposal log; answers how many (0: none left). */
  batch(tx: Queryable, before: Date, limit: number, context: { at: Date; decision: string }): Promise<number>;
}

export const CLASS_STORES: Readonly<Record<RecordClass, ClassStore>> = {
  sessions: { count: countEndedSessions, batch: deleteEndedSessions },
  transcripts: { count: countIdleTranscripts, batch: deleteIdleTranscripts },
  outbox: { count: countFinishedMessages, batch: deleteFinishedMessages },
  recordings: {
    count: countOldRecordings,
    async batch(tx, before, limit) {
      const calls = await deleteOldRecordings(tx, before, limit);
      await forgetPurgedRecordingLinks(tx, calls);
      return calls.length;
    },
  },
  loginFailures: { count: countLoginCountsBefore, batch: deleteLoginCountsBefore },
  accessLog: { count: countAccessLinesBefore, batch: deleteAccessLinesBefore },
  queueCallers: { count: countGoneCallers, batch: deleteGoneCallers },
  closedCases: { count: countContactsToAnonymise, batch: (tx, before, limit, { at, decision }) => anonymiseContacts(tx, before, limit, at, decision) },
};
