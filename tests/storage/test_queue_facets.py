"""The queue narrowed by facets, counted in SQL: each facet's choices come with how many open
requests they leave, under the other facets already chosen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.models.requests import FacetCount, QueueFacets, RequestStatus
from storage import requests
from storage.db import Database
from storage.rows import ts

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def _person(conn: aiosqlite.Connection, name: str, building: str | None) -> int:
    cur = await conn.execute(
        "INSERT INTO people (name, building, created_at) VALUES (?, ?, ?)",
        (name, building, ts(NOW)),
    )
    return int(cur.lastrowid or 0)


async def _request(
    conn: aiosqlite.Connection,
    resident: int,
    category: str,
    status: str,
    days_old: float,
    owner: int | None = None,
) -> None:
    created = NOW - timedelta(days=days_old)
    await conn.execute(
        "INSERT INTO requests (resident_id, category, description, status, owner_id,"
        " created_at, due_at) VALUES (?, ?, 'words', ?, ?, ?, ?)",
        (resident, category, status, owner, ts(created), ts(created + timedelta(hours=24))),
    )


async def _district(db: Database) -> int:
    """Two buildings, one staff member; returns the staff member's id."""
    async with db.transaction() as conn:
        staff = await _person(conn, "Staff Li", None)
        two = await _person(conn, "Wang", "2")
        five = await _person(conn, "Zhao", "5")
        await _request(conn, two, "repairs", "new", 0.5)
        await _request(conn, two, "repairs", "taken", 4, owner=staff)
        await _request(conn, two, "sanitation", "waiting", 8, owner=staff)
        await _request(conn, five, "repairs", "reopened", 40)
        await _request(conn, five, "repairs", "closed", 50)  # not open: never counted
    return staff


async def _count(db: Database, facets: QueueFacets, which: str = "all") -> int:
    async with db.reading() as conn:
        return await requests.queue_count(conn, which=which, staff_id=0, now=NOW, facets=facets)


async def _choices(db: Database, facets: QueueFacets, facet: str) -> list[tuple[str, int]]:
    async with db.reading() as conn:
        found = await requests.queue_facet_counts(
            conn, which="all", staff_id=0, now=NOW, facets=facets, facet=facet
        )
    return [(c.value, c.count) for c in found]


async def test_facets_combine_so_only_requests_matching_all_of_them_are_counted(
    db: Database,
) -> None:
    staff = await _district(db)
    assert await _count(db, QueueFacets()) == 4
    assert await _count(db, QueueFacets(building="2")) == 3
    assert await _count(db, QueueFacets(building="2", category="repairs")) == 2
    assert await _count(db, QueueFacets(building="2", category="repairs", older_days=3)) == 1
    assert await _count(db, QueueFacets(owner_id=staff, status=RequestStatus.WAITING)) == 1
    assert await _count(db, QueueFacets(building="9")) == 0


async def test_a_facets_choices_are_counted_under_the_other_facets_most_first(
    db: Database,
) -> None:
    staff = await _district(db)
    assert await _choices(db, QueueFacets(), "building") == [("2", 3), ("5", 1)]
    # Choosing a building changes the category counts, not the building's own choices.
    assert await _choices(db, QueueFacets(building="2"), "category") == [
        ("repairs", 2),
        ("sanitation", 1),
    ]
    assert await _choices(db, QueueFacets(building="5"), "building") == [("2", 3), ("5", 1)]
    assert await _choices(db, QueueFacets(), "owner_id") == [(str(staff), 2)]
    assert await _choices(db, QueueFacets(category="repairs"), "status") == [
        ("new", 1),
        ("reopened", 1),
        ("taken", 1),
    ]


async def test_the_age_facet_counts_every_threshold_in_one_query(db: Database) -> None:
    await _district(db)
    statements: list[str] = []
    async with db.reading() as conn:
        await conn.set_trace_callback(statements.append)
        found = await requests.queue_facet_counts(
            conn, which="all", staff_id=0, now=NOW, facets=QueueFacets(), facet="older_days"
        )
        await conn.set_trace_callback(None)  # type: ignore[arg-type]  # None turns it off
    assert found == [
        FacetCount(value="1", count=3),
        FacetCount(value="3", count=3),
        FacetCount(value="7", count=2),
        FacetCount(value="30", count=1),
    ]
    assert len(statements) == 1
