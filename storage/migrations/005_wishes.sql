-- Micro-wishes (微心愿): residents' small wishes, vetted by staff, claimed by helpers.
-- Stands on 001 only, so it applies with or without the broadcasts and volunteers migrations.

-- Community settings of the wishes feature (e.g. stall_days), as text.
CREATE TABLE wish_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO wish_settings (key, value) VALUES ('stall_days', '7');

-- Love-bank points a fulfilled wish of each category earns its helper; staff set them.
CREATE TABLE wish_points (
    category  TEXT PRIMARY KEY,
    points    INTEGER NOT NULL CHECK (points >= 0)
);
INSERT INTO wish_points (category, points) VALUES
    ('study', 10), ('daily', 10), ('company', 10), ('repairs', 10), ('health', 10), ('other', 5);

-- Partner organisations (共建单位) whose members claim wishes for them; a staff-kept list.
CREATE TABLE partners (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);

CREATE TABLE partner_members (
    partner_id  INTEGER NOT NULL REFERENCES partners(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    joined_at   TEXT NOT NULL,
    PRIMARY KEY (partner_id, person_id)
);
CREATE INDEX partner_members_person ON partner_members(person_id);

-- One-time links (t.me/<bot>?start=partner_<token>) that make a person a partner's member.
CREATE TABLE partner_invites (
    token       TEXT PRIMARY KEY,
    partner_id  INTEGER NOT NULL REFERENCES partners(id),
    created_by  INTEGER NOT NULL REFERENCES people(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_by     INTEGER REFERENCES people(id),
    used_at     TEXT
);

-- A wish. `handover` is the only thing a helper learns after claiming (NULL with
-- staff_arranges = 1: staff arrange the meeting themselves).
CREATE TABLE wishes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id     INTEGER NOT NULL REFERENCES people(id),
    category        TEXT NOT NULL,
    text            TEXT NOT NULL DEFAULT '',
    voice_file_id   TEXT,
    photo           TEXT,
    by_when         TEXT,
    show_building   INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL,
    decline_reason  TEXT,
    handover        TEXT,
    staff_arranges  INTEGER NOT NULL DEFAULT 0,
    consent_note    TEXT,
    filed_by        INTEGER REFERENCES people(id),
    reviewed_by     INTEGER REFERENCES people(id),
    created_at      TEXT NOT NULL,
    published_at    TEXT,
    fulfilled_at    TEXT,
    points          INTEGER,
    thanked_at      TEXT,
    source_key      TEXT UNIQUE
);
CREATE INDEX wishes_status ON wishes(status, by_when, created_at);
CREATE INDEX wishes_resident ON wishes(resident_id);

-- A helper's claim of a wish. A live claim has ended_at NULL; the partial unique index lets
-- each wish have at most one, so however many press Claim at once, the database keeps one.
CREATE TABLE wish_claims (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    wish_id      INTEGER NOT NULL REFERENCES wishes(id),
    helper_id    INTEGER NOT NULL REFERENCES people(id),
    partner_id   INTEGER REFERENCES partners(id),
    status       TEXT NOT NULL,
    claimed_at   TEXT NOT NULL,
    progress_at  TEXT NOT NULL,
    reminded_at  TEXT,
    done_photo   TEXT,
    ended_at     TEXT,
    end_reason   TEXT
);
CREATE UNIQUE INDEX wish_claims_live ON wish_claims(wish_id) WHERE ended_at IS NULL;
CREATE INDEX wish_claims_helper ON wish_claims(helper_id, ended_at);
