"""Requests as the repository keeps them: a new request whole, a page with its photos."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.models.requests import NewRequest
from storage import people, requests
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
        page = await requests.queue_page(
            conn,
            which="all",
            staff_id=0,
            now=datetime(2026, 11, 22, tzinfo=UTC),
            limit=20,
            offset=0,
        )
        await conn.set_trace_callback(None)  # type: ignore[arg-type]  # None turns it off
    assert [(r.id, r.photos) for r in page] == [
        (three, ["a3", "a1", "a2"]),
        (two, ["b1", "b2"]),
        (none, []),
    ]
    assert sum("request_photos" in s for s in statements) == 1
    assert page[0].created_at == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def test_a_new_request_is_stored_with_every_field_it_carries_and_read_back(
    db: Database,
) -> None:
    now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    new = NewRequest(
        category="repairs",
        description="The lift is stuck",
        voice_file_id="voice-1",
        photos=("p2", "p1", "p3"),
        location=(31.2304, 121.4737),
    )
    async with db.transaction() as conn:
        resident = await people.insert(conn, tg_id=7, name="Wang Fang", now=now)
        stored = await requests.insert(
            conn,
            resident_id=resident.id,
            new=new,
            now=now,
            due_at=now + timedelta(hours=24),
            source_key="draft:1",
        )
    assert stored is not None
    async with db.reading() as conn:
        found = await requests.get(conn, stored.id)
    assert found is not None and found.resident_id == resident.id
    location = (found.latitude, found.longitude) if found.latitude is not None else None
    read_back = NewRequest(
        category=found.category,
        description=found.description,
        voice_file_id=found.voice_file_id,
        photos=tuple(found.photos),
        location=location,
    )
    assert read_back == new
