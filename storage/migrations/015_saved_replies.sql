-- Saved replies (常用回复): short answers staff keep for a category ("The plumber comes
-- tomorrow 9-12"), offered as buttons when they reply. `category` NULL: offered for every
-- category. Stands on 001 only.
CREATE TABLE saved_replies (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    category    TEXT REFERENCES categories(code),
    text        TEXT NOT NULL,
    created_by  INTEGER REFERENCES people(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX saved_replies_category ON saved_replies(category, id);
