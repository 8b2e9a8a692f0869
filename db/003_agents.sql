-- The agent workspace: accounts of customer-service agents, case handlers and admins, their sessions,
-- failed logins (for the lockout), and the cases that joined an open callback instead of queueing a second one.
-- The check constraints mirror src/agent/agentTypes.ts.

CREATE TABLE agents (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  role          text NOT NULL CHECK (role IN ('agent', 'handler', 'admin')),
  -- The responsible unit (enhet) whose cases a handler works.
  unit          text CHECK (length(unit) BETWEEN 1 AND 200),
  -- The agent's own phone, rung first when they call a resident from the page (click-to-call).
  phone         text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  -- scrypt$N$r$p$salt$hash (node:crypto); never the password itself.
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT handler_has_unit CHECK (role <> 'handler' OR unit IS NOT NULL)
);

-- A logged-in browser. The cookie holds a random token; only its SHA-256 is kept, so a copy of this table
-- opens no session. The CSRF token is the synchroniser token every form and state-changing call must echo.
CREATE TABLE agent_sessions (
  token_hash  text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  agent_id    integer NOT NULL REFERENCES agents (id),
  csrf_token  text NOT NULL CHECK (length(csrf_token) >= 32),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  CONSTRAINT session_expires_after_start CHECK (expires_at > created_at)
);
CREATE INDEX agent_sessions_by_agent ON agent_sessions (agent_id);
CREATE INDEX agent_sessions_expiry ON agent_sessions (expires_at);

-- Failed logins by the username typed (known or not, so a lockout says nothing about which accounts exist).
-- Each login attempt is written before the password is checked: parallel guesses cannot slip past the limit.
CREATE TABLE agent_login_failures (
  id       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL CHECK (length(username) BETWEEN 1 AND 100),
  at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agent_login_failures_by_username ON agent_login_failures (username, at);

-- A second callback request (same case, or the same number within a day) joins the open callback: the agent who
-- calls back sees every case the resident is waiting about.
CREATE TABLE callback_joined_cases (
  callback_id integer NOT NULL REFERENCES callback_requests (id),
  case_id     integer NOT NULL REFERENCES cases (id),
  joined_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (callback_id, case_id)
);
CREATE INDEX callback_joined_cases_by_case ON callback_joined_cases (case_id);

-- The callback queue is read in this order: serious cases first, then by time window.
CREATE INDEX callback_requests_open ON callback_requests (window_start) WHERE status IN ('pending', 'claimed');
CREATE INDEX callback_requests_by_phone ON callback_requests (phone, created_at) WHERE status IN ('pending', 'claimed');
