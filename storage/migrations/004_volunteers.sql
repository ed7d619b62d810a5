-- The love bank (爱心银行): an append-only points ledger. Nothing here is ever updated or
-- deleted; a correction is a new entry. `balance_after` is the running balance written with
-- the entry (the sum of the person's earlier entries plus this one); its CHECK makes the
-- database refuse any entry that would take a balance below zero.
CREATE TABLE ledger (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES people(id),
    points         INTEGER NOT NULL CHECK (points <> 0),
    kind           TEXT NOT NULL
                   CHECK (kind IN ('task', 'wish', 'event', 'award', 'redemption', 'correction')),
    note           TEXT NOT NULL DEFAULT '',
    recorded_by    INTEGER REFERENCES people(id),
    ref            TEXT,
    balance_after  INTEGER NOT NULL CHECK (balance_after >= 0),
    created_at     TEXT NOT NULL
);
CREATE INDEX ledger_person ON ledger(person_id, id);
CREATE INDEX ledger_created ON ledger(created_at);
-- One credit per person for the same piece of work (a task, a wish, an event): a repeated
-- confirmation adds nothing. Awards and corrections may repeat a reference.
CREATE UNIQUE INDEX ledger_once ON ledger(person_id, kind, ref)
    WHERE ref IS NOT NULL AND kind IN ('task', 'wish', 'event', 'redemption');
