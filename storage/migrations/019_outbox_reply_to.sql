-- A message about a request can be written as a reply to its card in the staff room, so the
-- conversation sits under the card. Stands on 001 only.
ALTER TABLE outbox ADD COLUMN reply_to INTEGER;
