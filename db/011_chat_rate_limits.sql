-- The chat's rate limits, shared by every instance (rate-limiter-flexible's PostgreSQL store, in the shape it
-- expects). Keys are a limit's name and an HMAC of the address or a conversation id, never an address itself.
-- Expired rows are deleted by the limiter about once an hour.
CREATE TABLE chat_rate_limits (
  key     varchar(255) PRIMARY KEY,
  points  integer NOT NULL DEFAULT 0,
  -- Milliseconds since the epoch when the window ends.
  expire  bigint
);
