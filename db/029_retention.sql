-- Retention by the records plan (gallring, owned by src/retention): the disposal log admins read, the lease that
-- lets one instance purge at a time, and the indexes each class's purge finds its old rows by.

-- What each purge removed or would have removed (a dry run), per class, and the decision it rests on. Counts and
-- dates only: never a name, number, address or id of what went.
CREATE TABLE disposal_log (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ran_at       timestamptz NOT NULL,
  -- The checks mirror src/domain/recordsPlan.ts (RECORD_CLASS, DISPOSAL_ACTION).
  record_class text NOT NULL CHECK (record_class IN ('sessions', 'transcripts', 'outbox', 'recordings', 'loginFailures', 'accessLog', 'queueCallers', 'closedCases')),
  action       text NOT NULL CHECK (action IN ('delete', 'anonymise')),
  -- Records finished before this went (the plan's time counted back from ran_at).
  cutoff       timestamptz NOT NULL,
  count        integer NOT NULL CHECK (count >= 0),
  -- A dry run: the oldest record that would go (null when none would).
  oldest       timestamptz,
  decision     text NOT NULL CHECK (length(decision) BETWEEN 1 AND 200),
  dry_run      boolean NOT NULL
);

-- One purge at a time across instances: a run takes the lease (or finds it held and leaves), renews it between
-- batches and gives it back when done. last_finished_at spaces the daily runs.
CREATE TABLE purge_lease (
  only_row         boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  holder           text,
  held_until       timestamptz,
  last_finished_at timestamptz
);
INSERT INTO purge_lease DEFAULT VALUES;

-- Each class's old rows by when they were finished; rows never change these columns once set, so the session's
-- and the chat's per-turn updates stay HOT.
CREATE INDEX conversation_sessions_ended ON conversation_sessions (ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX chat_conversations_created ON chat_conversations (created_at);
CREATE INDEX outbox_messages_done_by_created ON outbox_messages (created_at) WHERE status <> 'pending';
CREATE INDEX voice_recordings_created ON voice_recordings (created_at);
CREATE INDEX queue_callers_gone_by_entered ON queue_callers (entered_at) WHERE status IN ('left', 'hung_up', 'bridged');
