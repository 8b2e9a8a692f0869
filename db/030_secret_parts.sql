-- Parts of a case marked secret (sekretess, OSL) before it is released as a public document (owned by
-- src/register/secretParts.ts). One row per case: which parts are masked in a copy for release, who marked them
-- and when. A confidential case (cases.confidential) masks every part whatever is marked here.
CREATE TABLE case_secret_parts (
  case_id   integer PRIMARY KEY REFERENCES cases (id),
  -- The checks mirror SECRET_PARTS in src/register/secretParts.ts.
  parts     text[] NOT NULL CHECK (parts <@ ARRAY['what', 'when_where', 'consequences', 'handling', 'contact']::text[]),
  marked_by text NOT NULL CHECK (length(marked_by) BETWEEN 1 AND 120),
  marked_at timestamptz NOT NULL DEFAULT now()
);
