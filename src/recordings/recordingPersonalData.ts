import type { Queryable } from '../db/database';
import { RECORDING_STATUS } from './recordingTypes';

/** Voice messages' part of a register extract and an erasure (src/personalData asks; the SQL stays here). */

export interface ExtractedRecording {
  id: number;
  recordingSid: string;
  callSid: string;
  status: string;
  durationMs: number | null;
  createdAt: Date;
  deletedAtTwilio: Date | null;
}

/** The voice messages left in these calls: their links and state, not the audio (played on the case page). */
export async function findRecordings(db: Queryable, callSids: readonly string[]): Promise<ExtractedRecording[]> {
  if (callSids.length === 0) return [];
  const result = await db.query<ExtractedRecording>(
    `SELECT id, recording_sid AS "recordingSid", call_sid AS "callSid", status, duration_ms AS "durationMs",
            created_at AS "createdAt", deleted_at_twilio AS "deletedAtTwilio"
     FROM voice_recordings WHERE call_sid = ANY($1::text[]) ORDER BY id`,
    [callSids],
  );
  return result.rows;
}

/**
 * Deletes the call's voice messages that are kept only here (gone from Twilio). One still at Twilio keeps its row,
 * so the retention purge can still delete it there (and then the row): dropping it would lose the only link to it.
 */
export async function eraseStoredRecordings(tx: Queryable, callSid: string): Promise<number> {
  const result = await tx.query('DELETE FROM voice_recordings WHERE call_sid = $1 AND status = $2', [callSid, RECORDING_STATUS.stored]);
  return result.rowCount;
}
