-- Every turn of a call or chat rewrites its conversation_sessions row. PostgreSQL can do that in place on the
-- same page, with no new index entries (a HOT update), only when no column in any index's key or predicate
-- changes and the page has room. The sweep's index on updated_at, which every turn changes, made every update a
-- cold one: a dead row version and a new entry in every index per turn.

-- The sweep finds open conversations by when they began instead: created_at never changes, and a conversation
-- idle for N minutes began at least N minutes ago, so the index still narrows the sweep to old open ones.
-- ended_at (the predicate) changes once per conversation, at its end.
DROP INDEX conversation_sessions_open_by_activity;
CREATE INDEX conversation_sessions_open_since ON conversation_sessions (created_at) WHERE ended_at IS NULL;

-- Room on each page for a turn's new version (a row is 1–2 kB) beside the old one, which the next visit to the
-- page prunes without waiting for VACUUM. Applies to pages written from now on.
-- Vacuum sooner than the defaults (20% of the table): the table holds every conversation ever made, so a
-- fraction of it is a great many dead rows; what HOT pruning leaves is little, and vacuuming it often is cheap.
ALTER TABLE conversation_sessions SET (
  fillfactor = 50,
  autovacuum_vacuum_scale_factor = 0.01,
  autovacuum_vacuum_threshold = 1000,
  autovacuum_vacuum_insert_scale_factor = 0.05,
  autovacuum_analyze_scale_factor = 0.02
);

-- The chat's transcript head is rewritten on every turn too (last_seq, shown_turn); it has only its primary key,
-- so room on the page is all it needs to be updated in place.
ALTER TABLE chat_conversations SET (
  fillfactor = 70,
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.05
);

-- /readyz proves that the database takes writes, not only reads (a read-only standby or a full disk answers
-- SELECT happily): it rewrites this one row, at most every few seconds per instance.
CREATE TABLE write_probe (
  id         smallint PRIMARY KEY CHECK (id = 1),
  written_at timestamptz NOT NULL
);
