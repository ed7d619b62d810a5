-- Broadcast notices: what staff send to an audience, its replies, and residents' mutes.
-- A notice's recipients are outbox rows tagged with its id, so its report is counted there.
CREATE TABLE broadcasts (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    created_by           INTEGER NOT NULL REFERENCES people(id),
    text                 TEXT NOT NULL,
    photo                TEXT,
    document             TEXT,
    kind                 TEXT NOT NULL,
    audience             TEXT NOT NULL,
    targets              TEXT NOT NULL DEFAULT '[]',
    status               TEXT NOT NULL,
    send_at              TEXT,
    repeat               TEXT,
    parent_id            INTEGER REFERENCES broadcasts(id),
    recipients           INTEGER NOT NULL DEFAULT 0,
    progress_chat        INTEGER,
    progress_message_id  INTEGER,
    created_at           TEXT NOT NULL,
    started_at           TEXT,
    finished_at          TEXT,
    reported             INTEGER NOT NULL DEFAULT 0,
    source_key           TEXT UNIQUE
);
CREATE INDEX broadcasts_status ON broadcasts(status, id);

ALTER TABLE outbox ADD COLUMN document TEXT;
ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER REFERENCES broadcasts(id);
ALTER TABLE outbox ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_broadcast ON outbox(broadcast_id, status);
-- The sender reads pending rows in (priority, id) order; this index gives that order
-- without sorting a large broadcast's rows on every look.
CREATE INDEX outbox_queue ON outbox(status, priority, id);

CREATE TABLE broadcast_replies (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    broadcast_id  INTEGER NOT NULL REFERENCES broadcasts(id),
    person_id     INTEGER NOT NULL REFERENCES people(id),
    text          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    answered_at   TEXT
);
CREATE INDEX broadcast_replies_notice ON broadcast_replies(broadcast_id);

CREATE TABLE notice_mutes (
    person_id  INTEGER NOT NULL REFERENCES people(id),
    kind       TEXT NOT NULL,
    PRIMARY KEY (person_id, kind)
);

-- Community-wide settings admins change in the chat (quiet hours), as text values.
CREATE TABLE community_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
