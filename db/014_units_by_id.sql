-- The code reads and writes a case's unit and a handler's units by id (db/013 made the rows and filled unit_id and
-- agent_units from the text). The free-text columns go, so a spelling can never again decide whose a case is.
-- A handler's unit is now a row of agent_units (the code requires one when a handler is created).
ALTER TABLE agents DROP CONSTRAINT IF EXISTS handler_has_unit;
ALTER TABLE agents DROP COLUMN unit;

DROP INDEX cases_open_by_unit_and_news_due;
ALTER TABLE cases DROP COLUMN unit;
-- The overdue list of the units within a handler's reach, and every list by unit, read open cases by unit and deadline.
CREATE INDEX cases_open_by_unit_id_and_news_due ON cases (unit_id, news_due, id) WHERE status NOT IN ('answered', 'closed');
-- A unit's cases, open or not (the foreign key, and the reach of an admin's unit page).
CREATE INDEX cases_by_unit_id ON cases (unit_id, id) WHERE unit_id IS NOT NULL;

-- Moving a case to another unit is an entry of its own in the history, with the reason.
ALTER TABLE case_events DROP CONSTRAINT case_events_action_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_action_check CHECK (action IN (
  'registered', 'kept_incomplete', 'completed', 'status_changed', 'updated', 'note_added',
  'callback_requested', 'callback_joined', 'callback_claimed', 'callback_released', 'callback_attempted',
  'callback_done', 'callback_failed', 'callback_cancelled', 'receipt_queued', 'rerouted'
));
