-- Duplicate requests: staff link a request to the open one it repeats; its resident follows
-- the first one and hears its outcome. Stands on 001 only.
ALTER TABLE requests ADD COLUMN duplicate_of INTEGER REFERENCES requests(id);
CREATE TABLE request_followers (
    request_id   INTEGER NOT NULL REFERENCES requests(id),
    person_id    INTEGER NOT NULL REFERENCES people(id),
    own_request  INTEGER REFERENCES requests(id),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (request_id, person_id)
);
