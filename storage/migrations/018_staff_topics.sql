-- Forum topics of the staff room: one per stream (requests, alerts, replies to notices,
-- wishes, volunteers, consultation), created once and reused; outbox rows remember the topic
-- they are posted in. Stands on 001 only.
CREATE TABLE staff_topics (
    stream      TEXT NOT NULL,
    chat_id     INTEGER NOT NULL,
    thread_id   INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (chat_id, stream)
);
ALTER TABLE outbox ADD COLUMN thread_id INTEGER;
