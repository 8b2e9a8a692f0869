-- The organisation as data (owned by src/organisation): units in a ladder (enhet → verksamhet → sektor), the
-- managers of each with their e-mail, the handlers who belong to them, and the rules that route a new case.
-- Each case points at its responsible unit by id, so "Hemtjänst norr" and "Hemtjänst Norr" can no longer be two.
-- Today's free-text units become rows here: spelling variants (case, spaces) merge into one unit, named by the
-- spelling most cases used; unit_merge_report keeps what was merged (`npm run units -- merged` prints it).
-- The old text columns stay until the code has moved to unit ids (a later migration drops them).

CREATE TABLE units (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  -- The rungs of the ladder a case may climb; the check mirrors src/organisation.
  level         text NOT NULL DEFAULT 'enhet' CHECK (level IN ('enhet', 'verksamhet', 'sektor')),
  parent_id     integer REFERENCES units (id),
  -- The service areas (src/domain SERVICE_AREAS) the unit works in.
  service_areas text[] NOT NULL DEFAULT '{}',
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT unit_not_its_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
-- One unit per name, whatever its case and spacing.
CREATE UNIQUE INDEX units_one_per_name ON units (lower(regexp_replace(btrim(name), '\s+', ' ', 'g')));
CREATE INDEX units_by_parent ON units (parent_id);

-- Who is told about a unit's serious and overdue cases. A manager who also works in the workspace has an account;
-- the e-mail is what the outbox sends to.
CREATE TABLE unit_managers (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id    integer NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  title      text NOT NULL CHECK (title IN ('enhetschef', 'bitradande_verksamhetschef', 'verksamhetschef', 'sektorschef')),
  name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  email      text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  agent_id   integer REFERENCES agents (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_managers_by_unit ON unit_managers (unit_id);

-- The units a handler works in. A member of a verksamhet or sektor also reaches the units below it.
CREATE TABLE agent_units (
  agent_id integer NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
  unit_id  integer NOT NULL REFERENCES units (id),
  PRIMARY KEY (agent_id, unit_id)
);
CREATE INDEX agent_units_by_unit ON agent_units (unit_id);

-- Where a new case goes: the first matching rule by priority (lowest first). Words, when given, must all be found in
-- the description (case-insensitive); a rule without words matches the whole service area.
CREATE TABLE routing_rules (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  service_area text NOT NULL CHECK (service_area IN ('aldreomsorg', 'stod_och_service', 'individ_och_familjeomsorg', 'halso_och_sjukvard', 'annat')),
  words        text[] NOT NULL DEFAULT '{}',
  unit_id      integer NOT NULL REFERENCES units (id),
  priority     integer NOT NULL DEFAULT 100,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_by_area ON routing_rules (service_area, priority, id);

-- The case's responsible unit, by id (the register declares the column; the organisation owns what it points at).
ALTER TABLE cases ADD COLUMN unit_id integer REFERENCES units (id);

-- What the migration of free-text units merged: each spelling met, the unit it became, and how many rows had it.
CREATE TABLE unit_merge_report (
  variant   text NOT NULL,
  unit_id   integer NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  cases     integer NOT NULL,
  agents    integer NOT NULL,
  PRIMARY KEY (variant)
);

WITH spellings AS (
  SELECT unit AS variant, count(*)::integer AS cases, 0 AS agents FROM cases WHERE unit IS NOT NULL GROUP BY unit
  UNION ALL
  SELECT unit, 0, count(*)::integer FROM agents WHERE unit IS NOT NULL GROUP BY unit
), variants AS (
  SELECT variant, sum(cases)::integer AS cases, sum(agents)::integer AS agents,
         lower(regexp_replace(btrim(variant), '\s+', ' ', 'g')) AS key
  FROM spellings GROUP BY variant
), named AS (
  -- The spelling most rows used names the unit (ties: the alphabetically first).
  SELECT DISTINCT ON (key) key, regexp_replace(btrim(variant), '\s+', ' ', 'g') AS name
  FROM variants ORDER BY key, cases + agents DESC, variant
)
INSERT INTO units (name) SELECT name FROM named ORDER BY name;

INSERT INTO unit_merge_report (variant, unit_id, cases, agents)
SELECT v.variant, u.id, v.cases, v.agents
FROM (
  SELECT variant, sum(cases)::integer AS cases, sum(agents)::integer AS agents FROM (
    SELECT unit AS variant, count(*) AS cases, 0 AS agents FROM cases WHERE unit IS NOT NULL GROUP BY unit
    UNION ALL
    SELECT unit, 0, count(*) FROM agents WHERE unit IS NOT NULL GROUP BY unit
  ) s GROUP BY variant
) v
JOIN units u ON lower(regexp_replace(btrim(u.name), '\s+', ' ', 'g')) = lower(regexp_replace(btrim(v.variant), '\s+', ' ', 'g'));

UPDATE cases c SET unit_id = r.unit_id FROM unit_merge_report r WHERE c.unit = r.variant;
INSERT INTO agent_units (agent_id, unit_id)
SELECT a.id, r.unit_id FROM agents a JOIN unit_merge_report r ON a.unit = r.variant;
