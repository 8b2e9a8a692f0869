-- Files a resident sends in the chat (a photo of a letter, a decision as PDF): kept with the conversation, and so
-- with the case it becomes (cases.source_conversation_id), for agents to open behind their login. The type is the
-- one the file's first bytes show, never only what the client declared.
CREATE TABLE chat_attachments (
  id              bigserial PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  content_type    text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf')),
  size            integer NOT NULL CHECK (size > 0),
  content         bytea NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_attachments_by_conversation ON chat_attachments (conversation_id, id);
