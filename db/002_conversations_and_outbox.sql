-- Conversation sessions: the engine's state per call (CallSid) or chat (conversation id), so any instance can
-- answer the next webhook and a restart loses nothing.
CREATE TABLE conversation_sessions (
  id               text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  channel          text NOT NULL CHECK (channel IN ('phone', 'chat')),
  state            jsonb NOT NULL,
  -- Turns handled so far: names each question (a webhook answers "step X of turn N") and guards concurrent saves.
  turn             integer NOT NULL DEFAULT 0 CHECK (turn >= 0),
  -- Idempotency: the key of the last request handled and what was answered, so a repeated delivery gets the
  -- same answer and changes nothing.
  last_request_key text,
  last_response    jsonb,
  caller_phone     text CHECK (caller_phone ~ '^\+[1-9][0-9]{6,14}$'),
  case_id          integer REFERENCES cases (id),
  -- Set when the call went to customer service's queue: the agent who takes it finishes it (after-call work).
  transferred_at   timestamptz,
  ended_at         timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_sessions_transferred ON conversation_sessions (transferred_at) WHERE transferred_at IS NOT NULL;

-- Everything that leaves the service (an SMS receipt, a click-to-call) is written here first and delivered after,
-- with attempts and the last error kept: nothing is lost when Twilio is unreachable.
CREATE TABLE outbox_messages (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('sms_receipt', 'click_to_call')),
  case_id         integer REFERENCES cases (id),
  recipient       text NOT NULL CHECK (recipient ~ '^\+[1-9][0-9]{6,14}$'),
  body            text CHECK (length(body) <= 1600),
  payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  provider_id     text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
-- One SMS receipt per case, however often the webhook that registered it is delivered.
CREATE UNIQUE INDEX outbox_one_receipt_per_case ON outbox_messages (case_id) WHERE kind = 'sms_receipt';
CREATE INDEX outbox_due ON outbox_messages (next_attempt_at) WHERE status = 'pending';
