-- The audit log of staff and admin actions: who, what, when, before and after. Rows are only
-- ever added. Stands on 001 only.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor_id  INTEGER REFERENCES people(id),
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_log_actor ON audit_log(actor_id, id);
