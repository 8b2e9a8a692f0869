-- The handler's inbox, search as agents type, and the categories of what a case concerns. Every read here goes
-- through an index so that it stays fast at a million cases (npm run bench:register measures it).

-- Trigram matching for names as they are typed ("kar lin" finds Karin Lindqvist). Trusted: a database owner may add it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- What a case concerns (bemötande, tillgänglighet, …), set by its handler for the analysis; the names come from
-- the configured list (CASE_CATEGORIES).
ALTER TABLE cases ADD COLUMN categories text[] NOT NULL DEFAULT '{}'
  CONSTRAINT categories_few CHECK (cardinality(categories) <= 20);
CREATE INDEX cases_by_category ON cases USING gin (categories);

-- The inbox: a unit's cases still to be worked, serious first, then by the first deadline (the order it shows).
CREATE INDEX cases_inbox_by_unit ON cases (unit_id, serious DESC, news_due, id)
  WHERE status IN ('registered', 'routed', 'investigating');
-- A unit's newest cases: where a search for words looks first (src/register/caseSearch.ts).
CREATE INDEX cases_by_unit_newest ON cases (unit_id, id);
-- Admins' and customer service's inbox (every unit) in the same order; confidential included so that customer
-- service's count (not confidential) reads the index only.
CREATE INDEX cases_inbox_all ON cases (serious DESC, news_due, id) INCLUDE (confidential)
  WHERE status IN ('registered', 'routed', 'investigating');

-- A case number as typed so far: "2026-0004" by its written form, "2026 42" by the number without its zeros.
-- The databases use the C.UTF-8 collation, so LIKE 'prefix%' needs text_pattern_ops.
CREATE INDEX cases_by_reference_prefix ON cases (reference text_pattern_ops);
CREATE INDEX cases_by_short_reference ON cases ((split_part(reference, '-', 1) || '-' || ltrim(split_part(reference, '-', 2), '0')) text_pattern_ops);

-- A phone number (stored in E.164) by its beginning, an e-mail address by its beginning, ignoring case.
CREATE INDEX cases_by_contact_phone ON cases (contact_phone text_pattern_ops) WHERE contact_phone IS NOT NULL;
CREATE INDEX cases_by_contact_email ON cases (lower(contact_email) text_pattern_ops) WHERE contact_email IS NOT NULL;
-- A name by any part of it.
CREATE INDEX cases_by_contact_name ON cases USING gin (lower(contact_name) gin_trgm_ops) WHERE contact_name IS NOT NULL;
-- The words of the description (Swedish stemming: "hemtjänsten" finds "hemtjänst").
CREATE INDEX cases_by_description ON cases USING gin (
  to_tsvector('swedish', coalesce(what, '') || ' ' || coalesce(when_where, '') || ' ' || coalesce(consequences, ''))
);
