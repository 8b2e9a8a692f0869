-- The quality analyst's report (owned by src/analysis): a role that reads figures, never a resident's free text,
-- read-model views over the register and the callbacks holding no personal data, how conversations ended, the indexes
-- that keep a half-year's report under a second at a million cases, and exports in the access log.

ALTER TABLE agents DROP CONSTRAINT agents_role_check;
ALTER TABLE agents ADD CONSTRAINT agents_role_check CHECK (role IN ('agent', 'handler', 'admin', 'analyst'));

-- The report reads a period's cases by registration date. Every column it counts by is in the index, so a
-- half-year is read from the index alone (after VACUUM has marked the pages all-visible), not from a million rows.
CREATE INDEX cases_for_analysis ON cases (registered_at)
  INCLUDE (status, kind, area, channel, on_behalf, serious, unit_id, categories, news_due, answer_due, news_given_at, answer_given_at);

-- What the report may read of a case: no name, phone, e-mail, address or free text.
CREATE VIEW analysis_cases AS
SELECT id, registered_at, status, kind, area, channel, on_behalf, serious, unit_id, categories,
       news_due, answer_due, news_given_at, answer_given_at
FROM cases;

-- What residents wrote, for an export by a role that may read it (an admin); never read by the report's figures.
CREATE VIEW analysis_case_texts AS
SELECT id, confidential, what, when_where, consequences FROM cases;

-- Callbacks by when they were asked for, with whether the resident was ever reached.
CREATE INDEX callback_requests_by_created ON callback_requests (created_at);
CREATE VIEW analysis_callbacks AS
SELECT cb.id, cb.created_at, cb.status,
       EXISTS (SELECT 1 FROM callback_attempts a WHERE a.callback_id = cb.id AND a.outcome = 'reached') AS reached
FROM callback_requests cb;

-- How each call or chat ended: its channel, the step it ended on and whether it went to customer service, one small
-- row per conversation, written by the database when the conversation ends (so no writer can forget it). The report
-- reads a period of these through one index, never the sessions' states, history events or transcripts. The
-- triggers leave the turns before the end HOT updates (db/008): no index on conversation_sessions changes.
CREATE TABLE intake_endings (
  session_id  text PRIMARY KEY,
  channel     text NOT NULL CHECK (channel IN ('phone', 'chat')),
  ended_at    timestamptz NOT NULL,
  -- A step id of flows/intakeSteps.ts.
  step        text,
  transferred boolean NOT NULL
);
CREATE INDEX intake_endings_by_end ON intake_endings (ended_at) INCLUDE (channel, step, transferred);

CREATE FUNCTION note_intake_ending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO intake_endings (session_id, channel, ended_at, step, transferred)
  VALUES (NEW.id, NEW.channel, NEW.ended_at, NEW.state ->> 'step', NEW.transferred_at IS NOT NULL)
  ON CONFLICT (session_id) DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_sessions_ended_at_once AFTER INSERT ON conversation_sessions
  FOR EACH ROW WHEN (NEW.ended_at IS NOT NULL) EXECUTE FUNCTION note_intake_ending();
CREATE TRIGGER conversation_sessions_ended AFTER UPDATE OF ended_at ON conversation_sessions
  FOR EACH ROW WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL) EXECUTE FUNCTION note_intake_ending();

INSERT INTO intake_endings (session_id, channel, ended_at, step, transferred)
SELECT id, channel, ended_at, state ->> 'step', transferred_at IS NOT NULL FROM conversation_sessions WHERE ended_at IS NOT NULL;

-- An export of the report's figures concerns no one case: the access log names what was exported instead.
ALTER TABLE case_access_log ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_access_log ADD COLUMN what text CHECK (length(btrim(what)) BETWEEN 1 AND 200);
ALTER TABLE case_access_log ADD CONSTRAINT access_names_case_or_what CHECK (case_id IS NOT NULL OR what IS NOT NULL);
