-- A pending reward request holds its cost (available = ledger balance - pending costs), so
-- the sum of a person's pending requests is read on every request: index it. A request is
-- made from one confirmation card: the same card confirmed twice (a double tap, Telegram
-- delivering the press again) makes one request, settled by the unique index.
ALTER TABLE reward_requests ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX reward_requests_source ON reward_requests(person_id, source_key);
CREATE INDEX reward_requests_person ON reward_requests(person_id, status);
