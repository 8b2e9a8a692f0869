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
