-- Status on request (src/residentStatus): one-time codes a resident keys to hear how a case goes, the throttle on
-- guessing case numbers, and the not-satisfied links already used. Several instances share them, so they live here.

-- A code sent to the case's own contact (SMS or e-mail), for one call or one chat: stored only as a hash.
CREATE TABLE status_codes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The call's CallSid or the chat's conversation id: never a phone number or an address.
  requester   text NOT NULL CHECK (length(requester) BETWEEN 1 AND 200),
  case_id     integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  code_hash   text NOT NULL CHECK (length(code_hash) = 64),
  expires_at  timestamptz NOT NULL,
  wrong_tries integer NOT NULL DEFAULT 0 CHECK (wrong_tries >= 0),
  -- Keyed right: the requester may hear the status, and say they are not satisfied, until expires_at.
  verified_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_codes_by_requester ON status_codes (requester, id DESC);
CREATE INDEX status_codes_by_case ON status_codes (case_id);

-- Case numbers asked about per caller or address and window; the key is a keyed hash, never the number itself.
CREATE TABLE status_guesses (
  guesser      text NOT NULL CHECK (length(guesser) = 64),
  window_start timestamptz NOT NULL,
  count        integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (guesser, window_start)
);

-- A signed not-satisfied link is used once: a second use says it is already done.
CREATE TABLE not_satisfied_links (
  token_hash text PRIMARY KEY CHECK (length(token_hash) = 64),
  case_id    integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  used_at    timestamptz NOT NULL
);
CREATE INDEX not_satisfied_links_by_case ON not_satisfied_links (case_id);
