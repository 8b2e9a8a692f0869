-- The sweep that ends abandoned conversations runs every minute; only sessions still open matter to it, and
-- they are few beside every call and chat ever made.
CREATE INDEX conversation_sessions_open_by_activity ON conversation_sessions (updated_at) WHERE ended_at IS NULL;
