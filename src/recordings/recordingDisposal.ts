import type { Queryable } from '../db/database';
import { RECORDING_STATUS } from './recordingTypes';
import type { RecordingsApi } from './twilioRecordingsApi';

/** Voice messages left before `before` (the records plan): how many, and the oldest. */
export async function countOldRecordings(db: Queryable, before: Date): Promise<{ count: number; oldest: Date | null }> {
  const result = await db.query<{ count: number; oldest: Date | null }>(
    'SELECT count(*)::int AS count, min(created_at) AS oldest FROM voice_recordings WHERE created_at < $1',
    [before],
  );
  return result.rows[0]!;
}

/** Gone from Twilio: its copy was deleted there (stored), or the purge deleted it there. */
const GONE_FROM_TWILIO = `(status = '${RECORDING_STATUS.stored}' OR deleted_at_twilio IS NOT NULL)`;

/**
 * The first step of purging old voice messages: each one Twilio may still hold (every status but stored) is deleted
 * there through its REST API, `limit` at a time, and noted. Answers how many stay at Twilio (it refused, or there
 * are no credentials): their rows are kept, so a recording is never forgotten while Twilio still has it.
 */
export async function deleteOldRecordingsAtTwilio(db: Queryable, api: RecordingsApi | null, before: Date, limit: number): Promise<number> {
  let stillAtTwilio = 0;
  let afterId = 0;
  for (;;) {
    const { rows } = await db.query<{ id: number; recordingSid: string; accountSid: string }>(
      `SELECT id, recording_sid AS "recordingSid", account_sid AS "accountSid" FROM voice_recordings
       WHERE created_at < $1 AND NOT ${GONE_FROM_TWILIO} AND id > $2 ORDER BY id LIMIT $3`,
      [before, afterId, limit],
    );
    if (rows.length === 0) return stillAtTwilio;
    afterId = rows.at(-1)!.id;
    for (const r of rows) {
      const gone = api ? await api.deleteRecording(r.accountSid, r.recordingSid).then(() => true, () => false) : false;
      if (gone) await db.query('UPDATE voice_recordings SET deleted_at_twilio = now(), updated_at = now() WHERE id = $1', [r.id]);
      else stillAtTwilio++;
    }
  }
}

/** Deletes at most `limit` old voice messages gone from Twilio, audio and all; answers the call of each one that went. */
export async function deleteOldRecordings(db: Queryable, before: Date, limit: number): Promise<string[]> {
  const result = await db.query<{ callSid: string }>(
    `DELETE FROM voice_recordings WHERE id IN (
       SELECT id FROM voice_recordings WHERE created_at < $1 AND ${GONE_FROM_TWILIO} ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING call_sid AS "callSid"`,
    [before, limit],
  );
  return result.rows.map((r) => r.callSid);
}
