import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { startPeriodicTask } from '../tasks/periodicTask';
import {
  claimDueRecordings,
  markDeletedAtTwilio,
  markStepFailed,
  markWaitingForCredentials,
  storedCopyCheck,
  storeVerifiedCopy,
  type ClaimedRecording,
} from './recordingStore';
import { RECORDING_STATUS, type RecordingRetryPolicy } from './recordingTypes';
import { RecordingTransferError, type RecordingsApi } from './twilioRecordingsApi';
import { checkWav, WavError } from './wavAudio';

export interface RecordingCopierParts {
  db: Database;
  /** null without Twilio credentials: recordings wait at Twilio, marked as not copied, and nothing is deleted. */
  api: RecordingsApi | null;
  policy: RecordingRetryPolicy;
  intervalMs: number;
  logger: Logger;
  batchSize?: number;
}

export interface CopyRoundResult {
  copied: number;
  deleted: number;
  retrying: number;
  failed: number;
}

export interface RecordingCopier {
  /** One round: copy what is due, delete at Twilio what is verified. The loop calls this; the status callback too. */
  runOnce(): Promise<CopyRoundResult>;
  stop(): Promise<void>;
}

/** Twilio's RecordingDuration is whole seconds; the audio's own length may differ by rounding and the beep. */
const DURATION_TOLERANCE_MS = 2_000;
const WAV = 'audio/wav';

/**
 * Copies each completed recording out of Twilio into the database, verifies the copy, and only then deletes the
 * recording at Twilio: two steps, each retried with the outbox's attempts and backoff. A copy that fails for good
 * leaves Twilio's recording alone; a DELETE is sent only for a copy whose length and SHA-256, read back from the
 * database, equal what Twilio sent.
 */
export function startRecordingCopier(parts: RecordingCopierParts): RecordingCopier {
  const { db, api, policy, logger } = parts;
  const batchSize = parts.batchSize ?? 10;

  async function copy(r: ClaimedRecording, twilio: RecordingsApi): Promise<void> {
    const fetched = await twilio.fetchAudio(r.accountSid, r.recordingSid);
    if (fetched.announcedLength !== null && fetched.announcedLength !== fetched.bytes.length) {
      throw new RecordingTransferError(`Twilio announced ${fetched.announcedLength} bytes but ${fetched.bytes.length} arrived`, false);
    }
    let durationMs: number;
    try {
      durationMs = checkWav(fetched.bytes).durationMs;
    } catch (err) {
      // A cut-off or garbled file may come whole next time.
      if (err instanceof WavError) throw new RecordingTransferError(`the audio from Twilio is not whole: ${err.message}`, false);
      throw err;
    }
    if (r.reportedSeconds !== null && Math.abs(durationMs - r.reportedSeconds * 1000) > DURATION_TOLERANCE_MS) {
      throw new RecordingTransferError(`the audio lasts ${durationMs} ms but Twilio reported ${r.reportedSeconds} s`, false);
    }
    const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
    await storeVerifiedCopy(db, r.id, { audio: fetched.bytes, contentType: WAV, sha256, durationMs });
  }

  async function deleteAtTwilio(r: ClaimedRecording, twilio: RecordingsApi): Promise<void> {
    // Verified again right before the DELETE: what is about to be the only copy must be whole.
    const stored = await storedCopyCheck(db, r.id);
    if (!stored || stored.length !== stored.expectedLength || stored.sha256 !== stored.expectedSha256) {
      throw new RecordingTransferError('the copy in the database no longer matches its checksum; Twilio keeps its recording', true);
    }
    await twilio.deleteRecording(r.accountSid, r.recordingSid);
    await markDeletedAtTwilio(db, r.id);
  }

  async function step(r: ClaimedRecording, twilio: RecordingsApi, result: CopyRoundResult): Promise<void> {
    const copying = r.status === RECORDING_STATUS.copying;
    try {
      if (copying) {
        await copy(r, twilio);
        result.copied++;
      } else {
        await deleteAtTwilio(r, twilio);
        result.deleted++;
      }
    } catch (err) {
      const error = err instanceof RecordingTransferError ? err : new RecordingTransferError(String((err as Error).message ?? err), false);
      const status = await markStepFailed(db, r.id, error.message, { ...policy, permanent: error.permanent });
      const gaveUp = status === RECORDING_STATUS.copyFailed || status === RECORDING_STATUS.deleteFailed;
      if (gaveUp) result.failed++;
      else result.retrying++;
      // Ids only: the recording is personal data, its sid is not.
      logger.warn(`voice recording ${r.id}: ${copying ? 'copy from' : 'delete at'} Twilio failed, attempt ${r.attempts}${gaveUp ? ', given up' : ', will retry'}`, {
        error: error.message,
      });
    }
  }

  async function round(): Promise<CopyRoundResult> {
    const result: CopyRoundResult = { copied: 0, deleted: 0, retrying: 0, failed: 0 };
    if (!api) {
      await markWaitingForCredentials(db);
      return result;
    }
    for (;;) {
      const due = await claimDueRecordings(db, batchSize);
      for (const r of due) await step(r, api, result);
      // A copy just verified has its DELETE due at once: go round again rather than wait for the next interval.
      if (due.length === 0 || loop.stopped) return result;
    }
  }

  const loop = startPeriodicTask('voice recording copy', parts.intervalMs, logger, round);
  return { runOnce: () => loop.runOnce(), stop: () => loop.stop() };
}
