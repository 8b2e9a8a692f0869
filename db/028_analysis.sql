-- The quality analyst's report (owned by src/analysis): a role that reads figures, never a resident's free text,
-- read-model views over the register, the callbacks and the conversations holding no personal data, the indexes
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

-- How each call or chat ended: its channel, the step it ended on and whether it went to customer service. The key
-- (ended_at) changes once per conversation, so the turns before stay HOT updates (db/008).
CREATE INDEX conversation_sessions_by_end ON conversation_sessions (ended_at) WHERE ended_at IS NOT NULL;
CREATE VIEW analysis_intake_endings AS
SELECT id, channel, ended_at, state ->> 'step' AS step, transferred_at IS NOT NULL AS transferred
FROM conversation_sessions
WHERE ended_at IS NOT NULL;

-- An export of the report's figures concerns no one case: the access log names what was exported instead.
ALTER TABLE case_access_log ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE case_access_log ADD COLUMN what text CHECK (length(btrim(what)) BETWEEN 1 AND 200);
ALTER TABLE case_access_log ADD CONSTRAINT access_names_case_or_what CHECK (case_id IS NOT NULL OR what IS NOT NULL);
