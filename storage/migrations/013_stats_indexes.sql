-- Statistics read a period's rows through these, never the whole history: requests by the
-- time they were filed and by the time they were done (resolved, or closed without it),
-- residents by when they joined, notices by when they went out, and events, tasks, wishes,
-- rewards and topics by their own times.
CREATE INDEX requests_created ON requests(created_at);
CREATE INDEX requests_done ON requests(COALESCE(resolved_at, closed_at))
    WHERE status IN ('resolved', 'closed');
CREATE INDEX people_created ON people(created_at);
CREATE INDEX broadcasts_started ON broadcasts(started_at);
CREATE INDEX events_held ON events(starts_at);
CREATE INDEX tasks_held ON tasks(starts_at);
CREATE INDEX wishes_created ON wishes(created_at);
CREATE INDEX wishes_fulfilled ON wishes(fulfilled_at);
CREATE INDEX reward_requests_decided ON reward_requests(decided_at);
CREATE INDEX topics_created ON topics(created_at);
-- A request's reopenings, looked up once per request of the period: a small index of them
-- alone rather than every line of every timeline.
CREATE INDEX request_entries_reopened ON request_entries(request_id)
    WHERE kind = 'status' AND body = 'reopened';
