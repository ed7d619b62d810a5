-- Events and sign-ups. `taken` counts held places (confirmed and offered); a place is taken
-- with a conditional UPDATE on it, so capacity is settled by the database.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    place        TEXT NOT NULL,
    capacity     INTEGER CHECK (capacity IS NULL OR capacity > 0),
    deadline     TEXT NOT NULL,
    audience     TEXT NOT NULL DEFAULT 'all',
    buildings    TEXT NOT NULL DEFAULT '[]',
    per_person   INTEGER NOT NULL DEFAULT 1,
    photo        TEXT,
    reminders    TEXT NOT NULL DEFAULT '[24, 2]',
    offer_hours  INTEGER NOT NULL DEFAULT 12,
    status       TEXT NOT NULL DEFAULT 'published',
    taken        INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0),
    created_by   INTEGER REFERENCES people(id),
    created_at   TEXT NOT NULL,
    source_key   TEXT UNIQUE,
    CHECK (capacity IS NULL OR taken <= capacity)
);
CREATE INDEX events_starts ON events(status, starts_at);

-- One row per person and event: signing up again reuses it, so nobody holds two.
CREATE TABLE signups (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id       INTEGER NOT NULL REFERENCES events(id),
    person_id      INTEGER NOT NULL REFERENCES people(id),
    places         INTEGER NOT NULL CHECK (places > 0),
    status         TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    code           TEXT UNIQUE,
    offer_until    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    checked_in_at  TEXT,
    checked_in_by  INTEGER REFERENCES people(id),
    UNIQUE (event_id, person_id),
    UNIQUE (event_id, seq)
);
CREATE INDEX signups_line ON signups(event_id, status, seq);
CREATE INDEX signups_person ON signups(person_id, status);
