-- Consultation (协商议事): topics residents raise for the monthly council, and who backs them.
-- Stands on 001 only.

-- A topic. `building` NULL means the whole community; `show_name` is the raiser's consent to
-- be named on the board. `merged_into` points at the topic it was merged into.
CREATE TABLE topics (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    raiser_id       INTEGER NOT NULL REFERENCES people(id),
    text            TEXT NOT NULL DEFAULT '',
    voice_file_id   TEXT,
    photo           TEXT,
    building        TEXT,
    show_name       INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL,
    reason          TEXT,
    merged_into     INTEGER REFERENCES topics(id),
    consent_note    TEXT,
    filed_by        INTEGER REFERENCES people(id),
    reviewed_by     INTEGER REFERENCES people(id),
    created_at      TEXT NOT NULL,
    reviewed_at     TEXT,
    source_key      TEXT UNIQUE
);
CREATE INDEX topics_status ON topics(status, building, created_at);
CREATE INDEX topics_raiser ON topics(raiser_id);

-- "Me too": one row per resident and topic, so however many presses arrive at once the
-- database keeps one each.
CREATE TABLE topic_supports (
    topic_id    INTEGER NOT NULL REFERENCES topics(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (topic_id, person_id)
);
CREATE INDEX topic_supports_person ON topic_supports(person_id);

-- A supporter's (or the raiser's) comment on a topic.
CREATE TABLE topic_comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_id    INTEGER NOT NULL REFERENCES topics(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX topic_comments_topic ON topic_comments(topic_id, id);
