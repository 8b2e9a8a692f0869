-- The second half's shared contract: messages to the resident through the outbox (src/outbox), the dates the
-- 14-day news and the answer actually reached the resident (src/register), and the history's new entries used by
-- delivery, status on request, escalation, erasure and release of copies.

-- A general text to the resident (news, a short "your answer has come", a one-time code) and a letter, printed by
-- staff: its recipient is the name and postal address as printed on the envelope.
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_kind_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_kind_check CHECK (kind IN ('sms_receipt', 'click_to_call', 'email', 'sms', 'letter'));
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_recipient_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_recipient_check CHECK (
  CASE WHEN kind = 'email' THEN recipient ~ '^[^@\s]+@[^@\s]+$' AND length(recipient) <= 254
       WHEN kind = 'letter' THEN length(btrim(recipient)) BETWEEN 1 AND 500
       ELSE recipient ~ '^\+[1-9][0-9]{6,14}$' END
);
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_body_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_body_check CHECK (
  length(body) <= CASE WHEN kind IN ('email', 'letter') THEN 20000 ELSE 1600 END
);
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_language_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_language_check CHECK (language IN ('sv', 'en', 'fi'));

-- The resident's postal address, for an answer by letter (personal data like the other contact fields).
ALTER TABLE cases ADD COLUMN contact_address text CHECK (length(btrim(contact_address)) BETWEEN 1 AND 500);
ALTER TABLE cases DROP CONSTRAINT anonymous_keeps_no_contact;
ALTER TABLE cases ADD CONSTRAINT anonymous_keeps_no_contact CHECK (
  NOT anonymous OR (contact_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL AND contact_address IS NULL AND reply_method IS NULL)
);
-- When news of what happens, and the answer, first reached the resident (a message sent, or the resident reached
-- by phone): the 14-day and four-week promises are kept only then, and analysis reads them without the history.
ALTER TABLE cases ADD COLUMN news_given_at timestamptz;
ALTER TABLE cases ADD COLUMN answer_given_at timestamptz;

-- The history's new entries; the list is every action there is (src/register/caseEvents.ts).
ALTER TABLE case_events DROP CONSTRAINT case_events_action_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_action_check CHECK (action IN (
  'registered', 'kept_incomplete', 'completed', 'status_changed', 'updated', 'note_added',
  'callback_requested', 'callback_joined', 'callback_claimed', 'callback_released', 'callback_attempted',
  'callback_done', 'callback_failed', 'callback_cancelled', 'receipt_queued', 'rerouted',
  'flagged_serious', 'serious_notified', 'assessed', 'deadline_reminded', 'deadline_escalated',
  'news_queued', 'answer_queued', 'message_sent', 'message_failed', 'letter_printed',
  'status_told', 'not_satisfied', 'escalated', 'reopened',
  'erased', 'contact_anonymised', 'parts_marked_secret', 'copy_released'
));
