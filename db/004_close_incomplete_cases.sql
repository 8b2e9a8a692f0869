-- An incomplete case (a hang-up, a voice message) that cannot be completed is closed with a reason, and keeps
-- what little it has: a closed case need not have kind, area and a description. Every other status still must.
ALTER TABLE cases DROP CONSTRAINT complete_unless_incomplete;
ALTER TABLE cases ADD CONSTRAINT complete_unless_incomplete CHECK (
  status IN ('incomplete', 'closed') OR (kind IS NOT NULL AND area IS NOT NULL AND what IS NOT NULL)
);
