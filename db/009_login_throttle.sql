-- Logins an attacker cannot break (src/agent/loginThrottle.ts explains the limits).
-- One row per (address, username), per address and per username typed, counting the attempts of a fifteen-minute
-- window: a flood updates a few rows instead of adding one per guess, and rows of past windows are pruned.
-- The old per-username log (agent_login_failures) let anyone lock anyone out; it goes.
DROP TABLE agent_login_failures;

CREATE TABLE agent_login_throttle (
  scope        text NOT NULL CHECK (scope IN ('pair', 'address', 'username')),
  -- The client's address (an IPv6 address by its /64); '' in the username scope.
  address      text NOT NULL CHECK (length(address) <= 100),
  -- The username typed (known or not, so a lock says nothing about which accounts exist); '' in the address scope.
  username     text NOT NULL CHECK (length(username) <= 100),
  attempts     integer NOT NULL CHECK (attempts >= 0),
  window_start timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, address, username)
);
CREATE INDEX agent_login_throttle_by_username ON agent_login_throttle (username) WHERE scope <> 'address';
CREATE INDEX agent_login_throttle_by_window ON agent_login_throttle (window_start);

-- What admins did to accounts, and who: created, disabled, enabled, unlocked, password reset.
CREATE TABLE agent_account_events (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agent_id integer NOT NULL REFERENCES agents (id),
  action   text NOT NULL CHECK (action IN ('created', 'disabled', 'enabled', 'unlocked', 'password_reset')),
  -- agent:<username> from the workspace, terminal:<system user> from `npm run agents`.
  actor    text NOT NULL CHECK (length(actor) BETWEEN 1 AND 100),
  at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agent_account_events_by_agent ON agent_account_events (agent_id, at);
