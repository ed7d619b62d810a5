-- "Me too" on a neighbour's request: the filer may show an open request to their building
-- (`shared`, without their name); neighbours back it once each, and staff see the count
-- (`me_too`, kept with each backing in the same transaction). Stands on 001 only.
ALTER TABLE requests ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN me_too INTEGER NOT NULL DEFAULT 0;
CREATE INDEX requests_shared ON requests(id) WHERE shared = 1;
CREATE TABLE request_supports (
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    created_at  TEXT NOT NULL,
    PRIMARY KEY (request_id, person_id)
);
