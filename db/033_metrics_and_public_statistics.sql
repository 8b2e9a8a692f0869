-- Cheap reads for the metrics' scrape and the public statistics page.

-- Failed messages per kind (the outbox's failures gauge): the few failed rows, not every message ever sent.
CREATE INDEX outbox_failed_by_kind ON outbox_messages (kind) WHERE status = 'failed';

-- Counts per half-year, service area and kind (/statistik) from the index alone, without reading the cases.
CREATE INDEX cases_public_statistics ON cases (registered_at) INCLUDE (area, kind) WHERE status <> 'incomplete';
