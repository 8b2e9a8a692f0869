-- Direct Line streaming across instances: whenever a conversation's transcript grows (last_seq moves), every
-- instance listening on 'synpunkt_chat' hears the conversation's id (random, never personal) when the write
-- commits, and sends the new activities to the sockets it holds for that conversation.

CREATE FUNCTION chat_transcript_grew() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('synpunkt_chat', NEW.id);
  RETURN NULL;
END $$;

CREATE TRIGGER chat_transcript_grew
  AFTER UPDATE OF last_seq ON chat_conversations
  FOR EACH ROW WHEN (NEW.last_seq > OLD.last_seq)
  EXECUTE FUNCTION chat_transcript_grew();
