/**
 * The records plan (dokumenthanteringsplan) as the service applies it: for each class of record it keeps, how long
 * it is kept and what happens then, each resting on a disposal decision (gallringsbeslut). Set in RECORDS_PLAN
 * (src/config), applied by the daily purge (src/retention).
 */
export const RECORD_CLASS = {
  /** The working state of a finished call or chat (conversation_sessions): answers, numbers, names. */
  sessions: 'sessions',
  /** What the website chat showed (Direct Line activities); files sent in the chat stay with the case. */
  transcripts: 'transcripts',
  /** Sent (or given-up) messages in the outbox: recipient, body and payload. */
  outbox: 'outbox',
  /** Voice messages: the copy kept here, and the recording at Twilio when it is still there. */
  recordings: 'recordings',
  /** Login counts of the throttle (address and username typed). */
  loginFailures: 'loginFailures',
  /** Who read which case, and when. */
  accessLog: 'accessLog',
  /** Callers who waited in the service's own phone queue. */
  queueCallers: 'queueCallers',
  /** Closed cases: the public document stays; its contact data may be removed. */
  closedCases: 'closedCases',
} as const;
export type RecordClass = (typeof RECORD_CLASS)[keyof typeof RECORD_CLASS];
export const RECORD_CLASSES: readonly RecordClass[] = Object.values(RECORD_CLASS);

/** What happens to a record when its time is up: it goes, or its personal data goes and the rest stays. */
export const DISPOSAL_ACTION = { delete: 'delete', anonymise: 'anonymise' } as const;
export type DisposalAction = (typeof DISPOSAL_ACTION)[keyof typeof DISPOSAL_ACTION];

/** Each class's action is fixed by what the record is: a closed case is a public document and is never deleted. */
export const ACTION_OF_CLASS: Readonly<Record<RecordClass, DisposalAction>> = {
  sessions: 'delete',
  transcripts: 'delete',
  outbox: 'delete',
  recordings: 'delete',
  loginFailures: 'delete',
  accessLog: 'delete',
  queueCallers: 'delete',
  closedCases: 'anonymise',
};

export interface RetentionRule {
  /** Days the record is kept (counted from when it was finished); null: kept for good. */
  keepDays: number | null;
  /** The disposal decision it rests on, as the municipality refers to it ("KS 2026/123 § 4"). */
  decision: string;
}

export type RecordsPlan = Readonly<Record<RecordClass, RetentionRule>>;

/** Said in the log and the README until the municipality sets its own decision for a class. */
export const DEFAULT_DECISION = 'Synpunkts standard (ange kommunens gallringsbeslut)';

/** The plan with nothing configured: working data goes soon, logs after some years, closed cases are kept whole. */
export const DEFAULT_RECORDS_PLAN: RecordsPlan = {
  sessions: { keepDays: 30, decision: DEFAULT_DECISION },
  transcripts: { keepDays: 90, decision: DEFAULT_DECISION },
  outbox: { keepDays: 90, decision: DEFAULT_DECISION },
  recordings: { keepDays: 365, decision: DEFAULT_DECISION },
  loginFailures: { keepDays: 1, decision: DEFAULT_DECISION },
  accessLog: { keepDays: 3 * 365, decision: DEFAULT_DECISION },
  queueCallers: { keepDays: 30, decision: DEFAULT_DECISION },
  closedCases: { keepDays: null, decision: DEFAULT_DECISION },
};

/** What staff call each class, in Swedish (the disposal log's page, the purge's listing). */
export const RECORD_CLASS_LABELS: Readonly<Record<RecordClass, string>> = {
  sessions: 'Samtals- och chattillstånd',
  transcripts: 'Chattutskrifter (meddelanden)',
  outbox: 'Skickade meddelanden',
  recordings: 'Röstmeddelanden',
  loginFailures: 'Inloggningsförsök',
  accessLog: 'Läsloggen',
  queueCallers: 'Uppringare i kön',
  closedCases: 'Avslutade ärenden (kontaktuppgifter)',
};
