-- E-mail through the outbox (owned by src/outbox), and the Lex Sarah / Lex Maria assessment of serious cases
-- (owned by src/register).

-- An e-mail is an outbox message like an SMS: to one address, with a subject, a text and the language it is written
-- in. Delivery keeps its own state (attempts, last error), apart from the case's status.
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_kind_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_kind_check CHECK (kind IN ('sms_receipt', 'click_to_call', 'email'));
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_recipient_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_recipient_check CHECK (
  CASE WHEN kind = 'email' THEN recipient ~ '^[^@\s]+@[^@\s]+$' AND length(recipient) <= 254
       ELSE recipient ~ '^\+[1-9][0-9]{6,14}$' END
);
ALTER TABLE outbox_messages DROP CONSTRAINT outbox_messages_body_check;
ALTER TABLE outbox_messages ADD CONSTRAINT outbox_messages_body_check CHECK (
  length(body) <= CASE WHEN kind = 'email' THEN 20000 ELSE 1600 END
);
ALTER TABLE outbox_messages ADD COLUMN subject text CHECK (length(subject) <= 300);
ALTER TABLE outbox_messages ADD COLUMN language text CHECK (language IN ('sv', 'en'));
ALTER TABLE outbox_messages ADD CONSTRAINT email_has_subject_and_text CHECK (kind <> 'email' OR (subject IS NOT NULL AND body IS NOT NULL));
-- Why a message was sent (a serious case, a deadline), so that the same notice about a case reaches a recipient
-- once, however many instances or flag changes ask for it: the insert of a second one does nothing.
ALTER TABLE outbox_messages ADD COLUMN purpose text CHECK (length(purpose) <= 100);
CREATE UNIQUE INDEX outbox_one_notice_per_recipient ON outbox_messages (case_id, purpose, recipient) WHERE purpose IS NOT NULL;

-- The assessment a manager records on a case flagged as a possible missförhållande. A serious case cannot be
-- closed without one. Recorded again, it replaces the earlier one (the history keeps both).
CREATE TABLE case_assessments (
  case_id     integer PRIMARY KEY REFERENCES cases (id),
  -- Lex Sarah (SoL/LSS) or Lex Maria (hälso- och sjukvård); the check mirrors src/register/caseAssessment.ts.
  law         text NOT NULL CHECK (law IN ('lex_sarah', 'lex_maria')),
  decision    text NOT NULL CHECK (decision IN ('inget_missforhallande', 'missforhallande', 'anmalt_till_ivo')),
  -- The number of the investigation or of the report to IVO in the municipality's records.
  reference   text CHECK (length(btrim(reference)) BETWEEN 1 AND 100),
  assessed_by text NOT NULL CHECK (length(assessed_by) BETWEEN 1 AND 100),
  assessed_at timestamptz NOT NULL,
  CONSTRAINT report_has_reference CHECK (decision <> 'anmalt_till_ivo' OR reference IS NOT NULL)
);

-- The serious list: newest first, all of them or some units' (within what the reader may read).
CREATE INDEX cases_serious ON cases (registered_at DESC, id DESC) WHERE serious;
CREATE INDEX cases_serious_by_unit ON cases (unit_id, registered_at DESC, id DESC) WHERE serious;

-- The history's new entries: flagged serious, managers told, assessed, and the deadline follow-up (src/followUp).
-- The list is every action there is (src/register/caseEvents.ts), 'rerouted' of db/014 included.
ALTER TABLE case_events DROP CONSTRAINT case_events_action_check;
ALTER TABLE case_events ADD CONSTRAINT case_events_action_check CHECK (action IN (
  'registered', 'kept_incomplete', 'completed', 'status_changed', 'updated', 'note_added',
  'callback_requested', 'callback_joined', 'callback_claimed', 'callback_released', 'callback_attempted',
  'callback_done', 'callback_failed', 'callback_cancelled', 'receipt_queued', 'rerouted',
  'flagged_serious', 'serious_notified', 'assessed', 'deadline_reminded', 'deadline_escalated'
));
