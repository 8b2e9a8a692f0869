-- The register at a million cases: every list and page the agents use reads through an index in the order it
-- shows, and nothing walks the whole register.

-- The case page reads a case's callbacks and what was sent about it by case id.
CREATE INDEX callback_requests_by_case ON callback_requests (case_id);
CREATE INDEX outbox_messages_by_case ON outbox_messages (case_id, id) WHERE case_id IS NOT NULL;

-- The overdue list walks open cases in the order it shows them (the first deadline, news_due, which is never later
-- than answer_due) and stops at its page size: all units, or one unit's. These replace the index by answer_due.
CREATE INDEX cases_open_by_news_due ON cases (news_due, id) WHERE status NOT IN ('answered', 'closed');
CREATE INDEX cases_open_by_unit_and_news_due ON cases (unit, news_due, id) WHERE status NOT IN ('answered', 'closed');
DROP INDEX cases_open_by_deadline;

-- The callback queue is read serious first, then by time window. Whether a callback is serious follows from its
-- cases (its own and those that joined it); it is kept on the callback, so that the queue and "take next" read an
-- index in their order instead of looking up every open callback's cases on every read.
ALTER TABLE callback_requests ADD COLUMN serious boolean NOT NULL DEFAULT false;
UPDATE callback_requests cb SET serious = true
WHERE EXISTS (SELECT 1 FROM cases c WHERE c.id = cb.case_id AND c.serious)
   OR EXISTS (SELECT 1 FROM callback_joined_cases j JOIN cases c ON c.id = j.case_id WHERE j.callback_id = cb.id AND c.serious);
CREATE INDEX callback_requests_queue_order ON callback_requests (serious DESC, window_start, id) WHERE status IN ('pending', 'claimed');
DROP INDEX callback_requests_open;

-- Kept by the database itself, so that no writer of cases or callbacks can forget it.
CREATE FUNCTION callback_serious_from_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.serious := coalesce((SELECT c.serious FROM cases c WHERE c.id = NEW.case_id), false);
  RETURN NEW;
END $$;
CREATE TRIGGER callback_requests_serious BEFORE INSERT ON callback_requests
  FOR EACH ROW EXECUTE FUNCTION callback_serious_from_case();

CREATE FUNCTION callback_serious_from_joined_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE callback_requests SET serious = true
  WHERE id = NEW.callback_id AND NOT serious AND EXISTS (SELECT 1 FROM cases c WHERE c.id = NEW.case_id AND c.serious);
  RETURN NULL;
END $$;
CREATE TRIGGER callback_joined_cases_serious AFTER INSERT ON callback_joined_cases
  FOR EACH ROW EXECUTE FUNCTION callback_serious_from_joined_case();

CREATE FUNCTION callbacks_serious_when_case_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE callback_requests cb SET serious = coalesce((
    SELECT bool_or(c.serious)
    FROM (SELECT cb.case_id AS id UNION ALL SELECT j.case_id FROM callback_joined_cases j WHERE j.callback_id = cb.id) served
    JOIN cases c ON c.id = served.id), false)
  WHERE cb.id IN (SELECT r.id FROM callback_requests r WHERE r.case_id = NEW.id
                  UNION SELECT j.callback_id FROM callback_joined_cases j WHERE j.case_id = NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER cases_serious_to_callbacks AFTER UPDATE OF serious ON cases
  FOR EACH ROW WHEN (OLD.serious IS DISTINCT FROM NEW.serious) EXECUTE FUNCTION callbacks_serious_when_case_changes();
