-- A callback booked to give the resident their answer by phone (reply method 'phone'): reaching them counts as the
-- answer given (cases.answer_given_at), and the agent records what was said.
ALTER TABLE callback_requests ADD COLUMN for_answer boolean NOT NULL DEFAULT false;
-- Letters waiting to be printed are listed oldest first.
CREATE INDEX outbox_messages_letters_to_print ON outbox_messages (id) WHERE kind = 'letter' AND status = 'pending';
