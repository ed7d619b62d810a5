-- A topic staff found to be an ordinary request: the request it became. Stands on 008.
ALTER TABLE topics ADD COLUMN request_id INTEGER REFERENCES requests(id);
