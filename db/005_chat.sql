-- The website's chat: Direct Line conversations and their transcripts, so any instance can answer the next poll
-- and a page reload shows the same conversation. The engine's state lives in conversation_sessions (002) under
-- the same id; here only what was shown, in order.

CREATE TABLE chat_conversations (
  -- "dl-" and 22 url-safe characters (16 random bytes), made by the service; also the session id.
  id            text PRIMARY KEY CHECK (id ~ '^dl-[A-Za-z0-9_-]{22}$'),
  -- The last sequence number given to an activity: the next one gets last_seq + 1. It is the watermark.
  last_seq      integer NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
  -- The conversation turn whose reply is the latest in the transcript: a reply is appended once, however
  -- often the message that caused it is delivered.
  shown_turn    integer NOT NULL DEFAULT 0 CHECK (shown_turn >= 0),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chat_activities (
  conversation_id    text NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  seq                integer NOT NULL CHECK (seq >= 1),
  from_role          text NOT NULL CHECK (from_role IN ('user', 'bot')),
  -- The client's own id for a message it posted (channelData.clientActivityID): a repeated post is found here.
  client_activity_id text CHECK (length(client_activity_id) BETWEEN 1 AND 100),
  -- The activity as served, with its server id "<conversation id>|<seq, 7 digits>".
  activity           jsonb NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX chat_activities_one_per_client_id
  ON chat_activities (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL;
