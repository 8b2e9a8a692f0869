-- Who read which case, and when (owned by src/accessLog): the municipality must be able to show who read sensitive
-- data. One row per opening of a case page, read through the API, file downloaded or refused read; never edited.
CREATE TABLE case_access_log (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT now(),
  agent_id integer NOT NULL REFERENCES agents (id),
  case_id  integer NOT NULL REFERENCES cases (id),
  -- What was done: the checks mirror src/accessLog (ACCESS_ACTIONS).
  action   text NOT NULL CHECK (action IN ('read', 'export', 'listen', 'search', 'refused'))
);
-- The admin page lists newest first (by id, the order lines were written) and pages by id: all lines (the primary
-- key), one case's, one person's, or a period's.
CREATE INDEX case_access_log_by_case ON case_access_log (case_id, id);
CREATE INDEX case_access_log_by_agent ON case_access_log (agent_id, id);
CREATE INDEX case_access_log_by_time ON case_access_log (at);
