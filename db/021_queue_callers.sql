-- Callers in the service's own queue to customer service (set-up 3, README "Reaching a person"): who waits since
-- when, what about (kind, area, serious: what the workspace's live view shows), and how each left. A caller who
-- asks to be called back keeps their row and their place: its entered_at orders the queue, live callers and
-- place-keeping callbacks alike, and the callback request it made starts its window at that same moment.
CREATE TABLE queue_callers (
  call_sid      text PRIMARY KEY CHECK (call_sid ~ '^CA[0-9a-fA-F]{32}$'),
  entered_at    timestamptz NOT NULL,
  language      text NOT NULL CHECK (language IN ('sv', 'en')),
  kind          text,
  area          text,
  serious       boolean NOT NULL DEFAULT false,
  case_id       integer REFERENCES cases (id),
  -- Twilio's last word on the caller's place and the queue's average wait (the waitUrl's QueuePosition, AvgQueueTime).
  position      integer CHECK (position >= 0),
  avg_wait_seconds integer CHECK (avg_wait_seconds >= 0),
  status        text NOT NULL DEFAULT 'waiting'
                CHECK (status IN ('waiting', 'callback', 'leaving', 'bridged', 'left', 'hung_up')),
  -- Why the service took the caller out of the queue (the waitUrl's <Leave>): the longest wait, or closing time.
  leave_reason  text CHECK (leave_reason IN ('longest_wait', 'closing')),
  callback_id   integer REFERENCES callback_requests (id),
  taken_by      text,
  taken_at      timestamptz,
  left_at       timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT callback_has_request CHECK ((status = 'callback') <= (callback_id IS NOT NULL))
);
-- The live queue: those still waiting and those whose callback keeps their place, in the order they came.
CREATE INDEX queue_callers_in_line ON queue_callers (entered_at) WHERE status IN ('waiting', 'callback');
-- The agent's own latest bridged call (the finish-call form opens on it).
CREATE INDEX queue_callers_taken ON queue_callers (taken_by, taken_at) WHERE taken_by IS NOT NULL;
