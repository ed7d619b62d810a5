-- People: Telegram users and residents entered by staff (proxy, tg_id NULL).
CREATE TABLE people (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tg_id        INTEGER UNIQUE,
    name         TEXT NOT NULL,
    building     TEXT,
    unit         TEXT,
    phone        TEXT,
    language     TEXT,
    tg_language  TEXT,
    role         TEXT NOT NULL DEFAULT 'resident',
    registered   INTEGER NOT NULL DEFAULT 0,
    unreachable  INTEGER NOT NULL DEFAULT 0,
    is_proxy     INTEGER NOT NULL DEFAULT 0,
    erased       INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);

CREATE TABLE buildings (
    name      TEXT PRIMARY KEY,
    grid      TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE categories (
    code            TEXT PRIMARY KEY,
    label           TEXT,
    response_hours  INTEGER NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1
);

INSERT INTO categories (code, response_hours, position) VALUES
    ('repairs', 24, 1), ('sanitation', 24, 2), ('neighbours', 48, 3), ('security', 4, 4),
    ('paperwork', 72, 5), ('elderly', 24, 6), ('other', 48, 7);

CREATE TABLE requests (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id        INTEGER REFERENCES people(id),
    category           TEXT NOT NULL,
    description        TEXT NOT NULL,
    voice_file_id      TEXT,
    latitude           REAL,
    longitude          REAL,
    status             TEXT NOT NULL,
    owner_id           INTEGER REFERENCES people(id),
    handler_id         INTEGER REFERENCES people(id),
    created_at         TEXT NOT NULL,
    due_at             TEXT NOT NULL,
    first_response_at  TEXT,
    resolved_at        TEXT,
    closed_at          TEXT,
    escalated          INTEGER NOT NULL DEFAULT 0,
    rating             INTEGER,
    referral           TEXT,
    source_key         TEXT UNIQUE
);
CREATE INDEX requests_resident ON requests(resident_id);
CREATE INDEX requests_status ON requests(status);

CREATE TABLE request_photos (
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    position    INTEGER NOT NULL,
    file_id     TEXT NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE request_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    at          TEXT NOT NULL,
    actor_id    INTEGER REFERENCES people(id),
    kind        TEXT NOT NULL,
    body        TEXT,
    public      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX request_entries_request ON request_entries(request_id);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id          INTEGER NOT NULL,
    text             TEXT NOT NULL,
    buttons          TEXT,
    photo            TEXT,
    voice            TEXT,
    force_reply      INTEGER NOT NULL DEFAULT 0,
    priority         INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    person_id        INTEGER REFERENCES people(id),
    ref              TEXT,
    sent_message_id  INTEGER,
    error            TEXT,
    created_at       TEXT NOT NULL,
    sent_at          TEXT
);
CREATE INDEX outbox_due ON outbox(status, priority, next_attempt_at, id);
CREATE INDEX outbox_sent_message ON outbox(chat_id, sent_message_id);

CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tg_id       INTEGER NOT NULL UNIQUE,
    flow        TEXT NOT NULL,
    step        TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}',
    updated_at  TEXT NOT NULL
);

CREATE TABLE due_work (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,
    ref_id   INTEGER NOT NULL,
    due_at   TEXT NOT NULL,
    done_at  TEXT,
    UNIQUE (kind, ref_id, due_at)
);
CREATE INDEX due_work_pending ON due_work(done_at, due_at);

CREATE TABLE staff_invites (
    token       TEXT PRIMARY KEY,
    created_by  INTEGER NOT NULL REFERENCES people(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_by     INTEGER REFERENCES people(id),
    used_at     TEXT
);
