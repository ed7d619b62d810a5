-- The staff cards of a request are found by their outbox ref to be redrawn on every change;
-- without an index that would read the whole outbox history. Stands on 001 only.
CREATE INDEX outbox_ref ON outbox(ref, id);
