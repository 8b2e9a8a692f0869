-- The inbox and the callback queue update by themselves: when cases or callbacks change in a way a list shows,
-- every instance listening on 'synpunkt_work' hears which list ('inbox' or 'callbacks'; never anything personal)
-- when the write commits, and tells the open pages to read their list again. Once per statement, not per row, so
-- a bulk write is one notice (and PostgreSQL folds equal notices of one transaction into one).

CREATE FUNCTION work_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('synpunkt_work', TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TRIGGER cases_work_changed
  AFTER INSERT OR DELETE OR UPDATE OF status, unit_id, serious, categories, news_due, answer_due ON cases
  FOR EACH STATEMENT EXECUTE FUNCTION work_changed('inbox');

CREATE TRIGGER callbacks_work_changed
  AFTER INSERT OR DELETE OR UPDATE OF status, claimed_by, next_attempt_at, serious ON callback_requests
  FOR EACH STATEMENT EXECUTE FUNCTION work_changed('callbacks');
