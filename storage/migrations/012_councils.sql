-- The council meeting (议事会): its date and place (or a repeating rule), the members staff
-- chose, the agenda of accepted topics in staff's order, attendance at the door, the decision
-- on each topic and the follow-up actions of an agreed one. Stands on 001 and 008.

-- One council. `repeat` is the JSON rule the next council is made from once this one is held.
-- `agenda_sent_at` is set when the agenda went out, so a later move tells everyone again.
CREATE TABLE councils (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    starts_at       TEXT NOT NULL,
    place           TEXT NOT NULL,
    repeat          TEXT,
    publish_days    INTEGER NOT NULL,
    status          TEXT NOT NULL,
    agenda_sent_at  TEXT,
    created_by      INTEGER REFERENCES people(id),
    created_at      TEXT NOT NULL,
    held_at         TEXT
);
CREATE INDEX councils_status ON councils(status, starts_at);

-- Members besides staff (who always sit): leaders and resident representatives.
CREATE TABLE council_members (
    person_id   INTEGER PRIMARY KEY REFERENCES people(id),
    kind        TEXT NOT NULL,
    added_by    INTEGER REFERENCES people(id),
    added_at    TEXT NOT NULL
);

-- A topic on a council's agenda, in staff's order; the decision is recorded on the same row.
-- A topic stands on one undecided agenda at a time (the partial unique index).
CREATE TABLE council_agenda (
    council_id      INTEGER NOT NULL REFERENCES councils(id),
    topic_id        INTEGER NOT NULL REFERENCES topics(id),
    position        INTEGER NOT NULL,
    decision        TEXT,
    decision_text   TEXT,
    decided_by      INTEGER REFERENCES people(id),
    decided_at      TEXT,
    PRIMARY KEY (council_id, topic_id)
);
CREATE UNIQUE INDEX council_agenda_open ON council_agenda(topic_id) WHERE decision IS NULL;

-- A person's check-in code for one council (codes as events make them), and when they came.
CREATE TABLE council_attendance (
    council_id      INTEGER NOT NULL REFERENCES councils(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    code            TEXT NOT NULL UNIQUE,
    checked_in_at   TEXT,
    checked_in_by   INTEGER REFERENCES people(id),
    PRIMARY KEY (council_id, person_id)
);

-- A follow-up action of an agreed topic: an ordinary request with an owner, or a volunteer
-- task (its owner the staff member who posted it). The topic closes when every action of it
-- is done.
CREATE TABLE topic_actions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_id    INTEGER NOT NULL REFERENCES topics(id),
    council_id  INTEGER NOT NULL REFERENCES councils(id),
    request_id  INTEGER UNIQUE REFERENCES requests(id),
    task_id     INTEGER UNIQUE REFERENCES tasks(id),
    owner_id    INTEGER NOT NULL REFERENCES people(id),
    due_at      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    done_at     TEXT,
    CHECK ((request_id IS NULL) != (task_id IS NULL))
);
CREATE INDEX topic_actions_topic ON topic_actions(topic_id, done_at);
