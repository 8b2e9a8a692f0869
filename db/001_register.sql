-- The register of synpunkter och klagomål: cases, their history, and the callback queue.
-- The check constraints mirror the TypeScript types in src/register/caseTypes.ts and src/callbacks/callbackTypes.ts.

-- A per-year counter for reference numbers like 2026-00042: read out on the phone, never reused.
CREATE TABLE case_number_counters (
  year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last_number integer NOT NULL CHECK (last_number > 0)
);

CREATE TABLE cases (
  id                     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference              text NOT NULL UNIQUE CHECK (reference ~ '^[0-9]{4}-[0-9]{5,}$'),
  status                 text NOT NULL CHECK (status IN ('registered', 'routed', 'investigating', 'answered', 'closed', 'incomplete')),
  kind                   text CHECK (kind IN ('klagomal', 'synpunkt', 'forslag', 'berom')),
  area                   text CHECK (area IN ('aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat')),
  channel                text NOT NULL CHECK (channel IN ('phone', 'chat', 'agent')),
  what                   text CHECK (length(what) BETWEEN 1 AND 8000),
  when_where             text CHECK (length(when_where) BETWEEN 1 AND 8000),
  consequences           text CHECK (length(consequences) BETWEEN 1 AND 8000),
  on_behalf              text CHECK (on_behalf IN ('self', 'relative', 'other')),
  anonymous              boolean NOT NULL DEFAULT false,
  reply_method           text CHECK (reply_method IN ('phone', 'email', 'letter')),
  contact_name           text CHECK (length(contact_name) BETWEEN 1 AND 200),
  contact_phone          text CHECK (contact_phone ~ '^\+[1-9][0-9]{6,14}$'),
  contact_email          text CHECK (length(contact_email) BETWEEN 3 AND 254 AND contact_email LIKE '%@%'),
  language               text NOT NULL CHECK (language IN ('sv', 'en')),
  serious                boolean NOT NULL DEFAULT false,
  confidential           boolean NOT NULL DEFAULT false,
  unit                   text CHECK (length(unit) BETWEEN 1 AND 200),
  source_call_sid        text,
  source_conversation_id text,
  source_recording_url   text,
  source_agent           text,
  registered_at          timestamptz NOT NULL DEFAULT now(),
  news_due               timestamptz NOT NULL,
  answer_due             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT anonymous_keeps_no_contact CHECK (
    NOT anonymous OR (contact_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL AND reply_method IS NULL)
  ),
  CONSTRAINT complete_unless_incomplete CHECK (
    status = 'incomplete' OR (kind IS NOT NULL AND area IS NOT NULL AND what IS NOT NULL)
  ),
  CONSTRAINT deadlines_follow_registration CHECK (news_due > registered_at AND answer_due >= news_due)
);

-- One case per phone call: a repeated webhook can never register a call twice.
CREATE UNIQUE INDEX cases_one_per_call ON cases (source_call_sid) WHERE source_call_sid IS NOT NULL;
CREATE INDEX cases_open_by_deadline ON cases (answer_due) WHERE status NOT IN ('answered', 'closed');
CREATE INDEX cases_incomplete ON cases (registered_at) WHERE status = 'incomplete';

-- The history of a case: every change, who made it and when.
CREATE TABLE case_events (
  id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id integer NOT NULL REFERENCES cases (id),
  at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor   text NOT NULL CHECK (length(actor) BETWEEN 1 AND 120),
  action  text NOT NULL CHECK (action IN (
    'registered', 'kept_incomplete', 'completed', 'status_changed', 'updated', 'note_added',
    'callback_requested', 'callback_joined', 'callback_claimed', 'callback_released', 'callback_attempted',
    'callback_done', 'callback_failed', 'callback_cancelled', 'receipt_queued'
  )),
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_events_by_case ON case_events (case_id, id);

-- The callback queue (återuppringning): kept apart from the case's own status.
CREATE TABLE callback_requests (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id         integer NOT NULL REFERENCES cases (id),
  phone           text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  time_window     text NOT NULL CHECK (time_window IN ('morning', 'afternoon')),
  window_start    timestamptz NOT NULL,
  window_end      timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'claimed', 'done', 'failed', 'cancelled')),
  attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  claimed_by      text,
  claimed_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT window_ends_after_start CHECK (window_end > window_start),
  CONSTRAINT claimed_has_claimer CHECK ((status = 'claimed') = (claimed_by IS NOT NULL AND claimed_at IS NOT NULL))
);
-- At most one open callback per case.
CREATE UNIQUE INDEX callback_requests_one_open_per_case ON callback_requests (case_id) WHERE status IN ('pending', 'claimed');
CREATE INDEX callback_requests_queue ON callback_requests (next_attempt_at) WHERE status = 'pending';

CREATE TABLE callback_attempts (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  callback_id integer NOT NULL REFERENCES callback_requests (id),
  at          timestamptz NOT NULL DEFAULT now(),
  agent       text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number')),
  note        text CHECK (length(note) <= 2000)
);
CREATE INDEX callback_attempts_by_callback ON callback_attempts (callback_id, id);
