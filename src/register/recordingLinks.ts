import type { Queryable } from '../db/database';

/**
 * The cases of these calls no longer point to a recording at Twilio once the records plan purged every voice
 * message of the call (the case page would otherwise say it waits for Twilio); answers how many cases.
 */
export async function forgetPurgedRecordingLinks(db: Queryable, callSids: readonly string[]): Promise<number> {
  if (callSids.length === 0) return 0;
  const result = await db.query(
    `UPDATE cases SET source_recording_url = NULL WHERE source_call_sid = ANY($1::text[]) AND source_recording_url IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM voice_recordings v WHERE v.call_sid = cases.source_call_sid)`,
    [callSids],
  );
  return result.rowCount;
}
