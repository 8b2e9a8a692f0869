import type { Database, Queryable } from '../db/database';
import { MAX_RETRY_SECONDS } from '../outbox/outboxTypes';
import { NO_CREDENTIALS_ERROR, PLAYABLE_STATUSES, RECORDING_STATUS, type CompletedRecording, type RecordingRetryPolicy, type RecordingStatus, type VoiceRecording } from './recordingTypes';

const COLUMNS = `id, recording_sid AS "recordingSid", call_sid AS "callSid", status, attempts, last_error AS "lastError",
  content_type AS "contentType", byte_length AS "byteLength", duration_ms AS "durationMs", copied_at AS "copiedAt",
  deleted_at_twilio AS "deletedAtTwilio", created_at AS "createdAt"`;

/** While one instance works on a recording, others must not: claiming pushes next_attempt_at this far ahead. */
export const TRANSFER_LEASE_SECONDS = 180;

/** A recording claimed for its next step, with what the step needs. */
export interface ClaimedRecording {
  id: number;
  recordingSid: string;
  accountSid: string;
  status: typeof RECORDING_STATUS.copying | typeof RECORDING_STATUS.deleting;
  attempts: number;
  reportedSeconds: number | null;
}

/** Twilio's word that a recording is complete: the copy is to be made. A repeated callback changes nothing. */
export async function noteCompletedRecording(db: Queryable, r: CompletedRecording): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO voice_recordings (recording_sid, account_sid, call_sid, reported_seconds) VALUES ($1, $2, $3, $4)
     ON CONFLICT (recording_sid) DO NOTHING`,
    [r.recordingSid, r.accountSid, r.callSid, r.reportedSeconds],
  );
  return result.rowCount > 0;
}

/**
 * Claims up to `limit` recordings whose next step is due, as the outbox claims messages: FOR UPDATE SKIP LOCKED
 * keeps instances apart, and the attempt is counted now, so a crash mid-step still counts.
 */
export async function claimDueRecordings(db: Queryable, limit: number): Promise<ClaimedRecording[]> {
  const result = await db.query<ClaimedRecording>(
    `UPDATE voice_recordings SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
     WHERE id IN (
       SELECT id FROM voice_recordings WHERE status IN ($3, $4) AND next_attempt_at <= now()
       ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
     )
     RETURNING id, recording_sid AS "recordingSid", account_sid AS "accountSid", status, attempts, reported_seconds AS "reportedSeconds"`,
    [limit, TRANSFER_LEASE_SECONDS, RECORDING_STATUS.copying, RECORDING_STATUS.deleting],
  );
  return result.rows;
}

export interface VerifiedCopy {
  audio: Buffer;
  contentType: string;
  sha256: string;
  durationMs: number;
}

/** The stored copy is not what arrived: the transaction is rolled back and the copy tried again. */
export class StoredCopyMismatchError extends Error {
  override readonly name = 'StoredCopyMismatchError';
}

/**
 * Keeps the audio, then reads back from the database what it now holds (its length and SHA-256, computed by
 * PostgreSQL) and commits only when both equal what arrived; the next step (the DELETE at Twilio) is then due.
 */
export async function storeVerifiedCopy(db: Database, id: number, copy: VerifiedCopy): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx.query(
      `UPDATE voice_recordings SET audio = $2, content_type = $3, byte_length = $4, sha256 = $5, duration_ms = $6, copied_at = now(),
         status = $7, attempts = 0, next_attempt_at = now(), last_error = NULL, updated_at = now()
       WHERE id = $1 AND status = $8`,
      [id, copy.audio, copy.contentType, copy.audio.length, copy.sha256, copy.durationMs, RECORDING_STATUS.deleting, RECORDING_STATUS.copying],
    );
    if (updated.rowCount === 0) return;
    const stored = await storedCopyCheck(tx, id);
    if (!stored || stored.length !== copy.audio.length || stored.sha256 !== copy.sha256) {
      throw new StoredCopyMismatchError(`the stored copy (${stored?.length ?? 0} bytes) does not equal what Twilio sent (${copy.audio.length} bytes)`);
    }
  });
}

/** The length and SHA-256 of the audio as the database holds it, and the values recorded when it was copied. */
export async function storedCopyCheck(db: Queryable, id: number): Promise<{ length: number; sha256: string; expectedLength: number; expectedSha256: string } | null> {
  const result = await db.query<{ length: number | string; sha256: string; expectedLength: number; expectedSha256: string }>(
    `SELECT length(audio) AS length, encode(sha256(audio), 'hex') AS sha256, byte_length AS "expectedLength", sha256 AS "expectedSha256"
     FROM voice_recordings WHERE id = $1 AND audio IS NOT NULL`,
    [id],
  );
  const row = result.rows[0];
  return row ? { ...row, length: Number(row.length) } : null;
}

export async function markDeletedAtTwilio(db: Queryable, id: number): Promise<void> {
  await db.query(
    `UPDATE voice_recordings SET status = $2, deleted_at_twilio = now(), last_error = NULL, updated_at = now() WHERE id = $1 AND status = $3`,
    [id, RECORDING_STATUS.stored, RECORDING_STATUS.deleting],
  );
}

/**
 * Keeps the error and schedules the step again with the outbox's backoff; after the last attempt, or an error no
 * retry can cure, the step has failed for good (copy_failed leaves Twilio's recording alone).
 */
export async function markStepFailed(db: Queryable, id: number, error: string, options: RecordingRetryPolicy & { permanent: boolean }): Promise<RecordingStatus> {
  const result = await db.query<{ status: RecordingStatus }>(
    `UPDATE voice_recordings SET
       status = CASE WHEN $3 OR attempts >= $4 THEN (CASE status WHEN $7 THEN $8 ELSE $9 END) ELSE status END,
       next_attempt_at = now() + make_interval(secs => least($6, $5 * power(2, greatest(attempts - 1, 0)))),
       last_error = $2, updated_at = now()
     WHERE id = $1 AND status IN ($7, $10) RETURNING status`,
    [id, error.slice(0, 1000), options.permanent, options.maxAttempts, options.retryBaseSeconds, MAX_RETRY_SECONDS,
      RECORDING_STATUS.copying, RECORDING_STATUS.copyFailed, RECORDING_STATUS.deleteFailed, RECORDING_STATUS.deleting],
  );
  return result.rows[0]?.status ?? RECORDING_STATUS.copyFailed;
}

/** Without credentials nothing is fetched or deleted; waiting recordings say so (once) and wait for them. */
export async function markWaitingForCredentials(db: Queryable): Promise<number> {
  const result = await db.query(
    `UPDATE voice_recordings SET last_error = $1, updated_at = now() WHERE status IN ($2, $3) AND last_error IS DISTINCT FROM $1`,
    [NO_CREDENTIALS_ERROR, RECORDING_STATUS.copying, RECORDING_STATUS.deleting],
  );
  return result.rowCount;
}

/** The voice messages left in a call, oldest first (the case page shows them). */
export async function listRecordingsOfCall(db: Queryable, callSid: string): Promise<VoiceRecording[]> {
  const result = await db.query<VoiceRecording>(`SELECT ${COLUMNS} FROM voice_recordings WHERE call_sid = $1 ORDER BY id`, [callSid]);
  return result.rows;
}

/** One recording of a call, if its audio is kept here. */
export async function findPlayableRecording(db: Queryable, callSid: string, id: number): Promise<VoiceRecording | null> {
  const result = await db.query<VoiceRecording>(
    `SELECT ${COLUMNS} FROM voice_recordings WHERE id = $1 AND call_sid = $2 AND status = ANY($3::text[])`,
    [id, callSid, PLAYABLE_STATUSES],
  );
  return result.rows[0] ?? null;
}

/** Bytes [start, end] (inclusive) of a recording's audio: PostgreSQL reads only the chunks they lie in. */
export async function readAudioRange(db: Queryable, id: number, start: number, end: number): Promise<Buffer> {
  const result = await db.query<{ part: Uint8Array }>(`SELECT substring(audio FROM $2 FOR $3) AS part FROM voice_recordings WHERE id = $1`, [id, start + 1, end - start + 1]);
  const part = result.rows[0]?.part;
  return part ? Buffer.from(part.buffer, part.byteOffset, part.byteLength) : Buffer.alloc(0);
}
