-- Voice messages copied out of Twilio (owned by src/recordings): the audio is kept in the municipality's own
-- database and deleted at Twilio only after the copy here is verified (length and SHA-256). A record class of its
-- own for the records plan (gallring): retention purges these rows as the plan says for voice messages.
-- Each step (copy, then delete at Twilio) is tried like an outbox message: attempts, the next try, the last error.
CREATE TABLE voice_recordings (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recording_sid     text NOT NULL UNIQUE CHECK (recording_sid ~ '^RE[0-9a-f]{32}$'),
  account_sid       text NOT NULL CHECK (account_sid ~ '^AC[0-9a-f]{32}$'),
  -- The call it was left in; the case that call became names the same CallSid (cases.source_call_sid).
  call_sid          text NOT NULL CHECK (call_sid ~ '^CA[0-9a-fA-F]{32}$'),
  -- copying → deleting (a verified copy is kept here) → stored (gone from Twilio); or copy_failed (nothing deleted
  -- anywhere, the recording stays at Twilio) or delete_failed (the copy is kept, Twilio still has it too).
  status            text NOT NULL DEFAULT 'copying' CHECK (status IN ('copying', 'deleting', 'stored', 'copy_failed', 'delete_failed')),
  attempts          integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at   timestamptz NOT NULL DEFAULT now(),
  last_error        text,
  -- Twilio's RecordingDuration (whole seconds), checked against the audio's own length.
  reported_seconds  integer CHECK (reported_seconds >= 0),
  audio             bytea,
  content_type      text,
  byte_length       integer CHECK (byte_length > 0),
  sha256            text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  duration_ms       integer CHECK (duration_ms >= 0),
  copied_at         timestamptz,
  deleted_at_twilio timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  -- The audio is there exactly when a copy was made, with what verifies it.
  CONSTRAINT voice_recording_copy_whole CHECK (
    (audio IS NULL) = (status IN ('copying', 'copy_failed'))
    AND (audio IS NULL OR (byte_length IS NOT NULL AND sha256 IS NOT NULL AND content_type IS NOT NULL AND copied_at IS NOT NULL))
  )
);
-- Uncompressed out-of-line storage: audio does not compress, and a Range request then reads only the chunks it needs.
ALTER TABLE voice_recordings ALTER COLUMN audio SET STORAGE EXTERNAL;
CREATE INDEX voice_recordings_by_call ON voice_recordings (call_sid);
CREATE INDEX voice_recordings_due ON voice_recordings (next_attempt_at) WHERE status IN ('copying', 'deleting');

-- Voice messages already kept as a link to Twilio are copied and deleted there the same way.
INSERT INTO voice_recordings (recording_sid, account_sid, call_sid)
SELECT DISTINCT ON (m[2]) m[2], m[1], source_call_sid
FROM (
  SELECT source_call_sid, regexp_match(source_recording_url, '/Accounts/(AC[0-9a-f]{32})/Recordings/(RE[0-9a-f]{32})') AS m
  FROM cases WHERE source_recording_url IS NOT NULL AND source_call_sid ~ '^CA[0-9a-fA-F]{32}$'
) found
WHERE m IS NOT NULL
ORDER BY m[2]
ON CONFLICT (recording_sid) DO NOTHING;
