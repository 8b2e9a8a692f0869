-- Deadline follow-up (owned by src/followUp): before the 14-day news or the four-week answer is due the unit's
-- managers are reminded; once it has passed, the case is escalated to the unit above, whose managers are told and
-- whose inbox shows it. One row per case, deadline and stage: the key is what makes each notice go out once, with
-- any number of instances running the loop.
CREATE TABLE deadline_notices (
  case_id  integer NOT NULL REFERENCES cases (id),
  deadline text NOT NULL CHECK (deadline IN ('news', 'answer')),
  stage    text NOT NULL CHECK (stage IN ('reminder', 'escalation')),
  -- The unit told: the case's own for a reminder, the one above it for an escalation.
  unit_id  integer NOT NULL REFERENCES units (id),
  at       timestamptz NOT NULL,
  PRIMARY KEY (case_id, deadline, stage)
);
-- The inbox one level up reads the cases escalated to its units.
CREATE INDEX deadline_notices_escalated_to ON deadline_notices (unit_id, case_id) WHERE stage = 'escalation';

-- A call handed to customer service is taken by one agent (owned by src/conversation): the calls list says who has
-- it, and another agent cannot finish it while the take holds (src/conversation/transferredCalls.ts).
ALTER TABLE conversation_sessions ADD COLUMN taken_by text CHECK (length(taken_by) BETWEEN 1 AND 100);
ALTER TABLE conversation_sessions ADD COLUMN taken_at timestamptz;
