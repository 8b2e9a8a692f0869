/**
 * A voice message copied out of Twilio into the municipality's database (table voice_recordings, db/025): a record
 * class of its own for the records plan. The statuses mirror the table's check constraint.
 */
export const RECORDING_STATUS = {
  /** Twilio said the recording is complete; the copy is being made (and retried). Nothing is deleted anywhere. */
  copying: 'copying',
  /** A verified copy is kept here; the recording is being deleted at Twilio (and retried). */
  deleting: 'deleting',
  /** Kept here only: Twilio's copy is deleted. */
  stored: 'stored',
  /** No copy could be made; the recording was left at Twilio. */
  copyFailed: 'copy_failed',
  /** The copy is kept here, but Twilio could not be made to delete its copy. */
  deleteFailed: 'delete_failed',
} as const;
export type RecordingStatus = (typeof RECORDING_STATUS)[keyof typeof RECORDING_STATUS];

/** The statuses in which the audio is kept here and can be played. */
export const PLAYABLE_STATUSES: readonly RecordingStatus[] = [RECORDING_STATUS.deleting, RECORDING_STATUS.stored, RECORDING_STATUS.deleteFailed];

/** What Twilio's recording status callback says about a finished recording. */
export interface CompletedRecording {
  recordingSid: string;
  accountSid: string;
  callSid: string;
  /** RecordingDuration, whole seconds, when Twilio sent it. */
  reportedSeconds: number | null;
}

/** A voice recording as the case page shows it (never the audio itself). */
export interface VoiceRecording {
  id: number;
  recordingSid: string;
  callSid: string;
  status: RecordingStatus;
  attempts: number;
  lastError: string | null;
  contentType: string | null;
  byteLength: number | null;
  durationMs: number | null;
  copiedAt: Date | null;
  deletedAtTwilio: Date | null;
  createdAt: Date;
}

/** Shown on the case page while the service has no Twilio credentials: the recording waits at Twilio, untouched. */
export const NO_CREDENTIALS_ERROR = 'not copied: no Twilio credentials (TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)';

/** How often and how far apart each step is tried: the outbox's settings (OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_SECONDS). */
export interface RecordingRetryPolicy {
  maxAttempts: number;
  retryBaseSeconds: number;
}

/** Records that a staff member listened to a case's voice message (the access log); wired in src/service.ts. */
export type ListenRecorder = (listen: { agentId: number; caseId: number; recordingId: number }) => Promise<void>;
