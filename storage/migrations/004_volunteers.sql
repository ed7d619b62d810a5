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

-- Skills volunteers offer; admins keep the list. Built-in ones have no label (the catalogs
-- name them in each language); ones added by admins carry their own label.
CREATE TABLE skills (
    code      TEXT PRIMARY KEY,
    label     TEXT,
    position  INTEGER NOT NULL DEFAULT 0,
    active    INTEGER NOT NULL DEFAULT 1
);
INSERT INTO skills (code, position) VALUES
    ('patrol', 1), ('environment', 2), ('publicity', 3), ('events', 4), ('elderly', 5),
    ('repairs', 6), ('medical', 7), ('translation', 8);

-- One row per person who ever applied. Areas are 'b:<building>' or 'g:<grid>'; availability
-- holds 'weekdays', 'weekends', 'mornings', 'afternoons', 'evenings'; `leads` is the area a
-- building or grid leader answers for.
CREATE TABLE volunteers (
    person_id     INTEGER PRIMARY KEY REFERENCES people(id),
    status        TEXT NOT NULL,
    skills        TEXT NOT NULL DEFAULT '[]',
    skills_other  TEXT NOT NULL DEFAULT '',
    areas         TEXT NOT NULL DEFAULT '[]',
    availability  TEXT NOT NULL DEFAULT '[]',
    leads         TEXT,
    honours       INTEGER NOT NULL DEFAULT 0,
    applied_at    TEXT NOT NULL,
    decided_at    TEXT,
    decided_by    INTEGER REFERENCES people(id),
    reason        TEXT
);
CREATE INDEX volunteers_status ON volunteers(status);

-- Tasks and duty posts. `taken` counts held slots and only moves by conditional UPDATEs, so
-- the CHECK and the WHERE keep it within `needed`. A weekly series shares `series_id` (the
-- first task's id); one task per series and start.
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL,
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL,
    needed         INTEGER NOT NULL CHECK (needed > 0),
    taken          INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0),
    points         INTEGER NOT NULL CHECK (points >= 0),
    area           TEXT,
    skills         TEXT NOT NULL DEFAULT '[]',
    weekly         INTEGER NOT NULL DEFAULT 0,
    series_id      INTEGER,
    release_hours  INTEGER NOT NULL DEFAULT 12,
    status         TEXT NOT NULL DEFAULT 'open',
    owner_id       INTEGER REFERENCES people(id),
    created_at     TEXT NOT NULL,
    source_key     TEXT UNIQUE,
    CHECK (taken <= needed),
    UNIQUE (series_id, starts_at)
);
CREATE INDEX tasks_starts ON tasks(status, starts_at);

-- One row per volunteer and task: claiming again after a release reuses it.
CREATE TABLE task_slots (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id         INTEGER NOT NULL REFERENCES tasks(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    status          TEXT NOT NULL,
    claimed_at      TEXT NOT NULL,
    released_at     TEXT,
    late_release    INTEGER NOT NULL DEFAULT 0,
    checked_in_at   TEXT,
    checked_out_at  TEXT,
    confirmed_by    INTEGER REFERENCES people(id),
    UNIQUE (task_id, person_id)
);
CREATE INDEX task_slots_person ON task_slots(person_id, status);

-- The reward catalogue and requests for rewards. Stock only goes down by a conditional
-- UPDATE in the same transaction as the ledger's debit.
CREATE TABLE rewards (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    cost        INTEGER NOT NULL CHECK (cost > 0),
    stock       INTEGER NOT NULL CHECK (stock >= 0),
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);

CREATE TABLE reward_requests (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    reward_id   INTEGER NOT NULL REFERENCES rewards(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    cost        INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  INTEGER REFERENCES people(id),
    reason      TEXT
);
CREATE INDEX reward_requests_status ON reward_requests(status, id);
