"""Requests as the repository reads them: a page of requests with their photos."""

from __future__ import annotations

from datetime import UTC, datetime

import aiosqlite

from storage import requests
from storage.db import Database

NOW = "2026-11-23T08:00:00+00:00"


async def _file(conn: aiosqlite.Connection, due: str, photos: list[str]) -> int:
    cur = await conn.execute(
        "INSERT INTO requests (category, description, status, created_at, due_at)"
        " VALUES ('repair', 'A dripping tap', 'new', ?, ?)",
        (NOW, due),
    )
    request_id = int(cur.lastrowid or 0)
    await conn.executemany(
        "INSERT INTO request_photos (request_id, position, file_id) VALUES (?, ?, ?)",
        [(request_id, i, file_id) for i, file_id in enumerate(photos)],
    )
    return request_id


async def test_a_queue_page_reads_every_requests_photos_in_order_with_one_query(
    db: Database,
) -> None:
    async with db.transaction() as conn:
        two = await _file(conn, "2026-11-23T10:00:00+00:00", ["b1", "b2"])
        none = await _file(conn, "2026-11-23T11:00:00+00:00", [])
        three = await _file(conn, "2026-11-23T09:00:00+00:00", ["a3", "a1", "a2"])
    statements: list[str] = []
    async with db.reading() as conn:
        await conn.set_trace_callback(statements.append)
        page = await requests.open_requests(conn)
        await conn.set_trace_callback(None)  # type: ignore[arg-type]  # None turns it off
    assert [(r.id, r.photos) for r in page] == [
        (three, ["a3", "a1", "a2"]),
        (two, ["b1", "b2"]),
        (none, []),
    ]
    assert sum("request_photos" in s for s in statements) == 1
    assert page[0].created_at == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
