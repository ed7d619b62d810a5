"""The queries that grow with the district read through an index, never the whole history.

Each query is captured as SQLite runs it (the trace callback gives the statement with its
values bound), then asked for its plan: a `SCAN requests` would read every request ever filed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial

import aiosqlite
import pytest

from bot.models.requests import QueueFacets, RequestStatus
from storage import requests
from storage.db import Database

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
Query = Callable[[aiosqlite.Connection], Awaitable[object]]

FILTERS = ("all", "mine", "untaken", "overdue")
EVERY_FACET = QueueFacets(
    building="2", category="repairs", status=RequestStatus.TAKEN, owner_id=1, older_days=3
)
QUERIES: dict[str, Query] = {
    **{
        f"queue page ({which})": partial(
            requests.queue_page, which=which, staff_id=1, now=NOW, limit=20, offset=40
        )
        for which in FILTERS
    },
    **{
        f"queue count ({which})": partial(requests.queue_count, which=which, staff_id=1, now=NOW)
        for which in FILTERS
    },
    "a resident's newest requests": partial(requests.of_resident, resident_id=7, limit=20),
    "queue page narrowed by every facet": partial(
        requests.queue_page,
        which="all",
        staff_id=1,
        now=NOW,
        limit=20,
        offset=0,
        facets=EVERY_FACET,
    ),
    **{
        f"queue facet counts ({facet})": partial(
            requests.queue_facet_counts,
            which="all",
            staff_id=1,
            now=NOW,
            facets=EVERY_FACET,
            facet=facet,
        )
        for facet in ("building", "category", "status", "owner_id", "older_days")
    },
}


async def _plans(conn: aiosqlite.Connection, query: Query) -> list[str]:
    statements: list[str] = []
    await conn.set_trace_callback(statements.append)
    await query(conn)
    await conn.set_trace_callback(None)  # type: ignore[arg-type]  # None turns it off
    details = []
    for statement in statements:
        async with conn.execute("EXPLAIN QUERY PLAN " + statement) as cur:
            details += [row[3] for row in await cur.fetchall()]
    return details


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_a_growing_query_never_scans_the_whole_requests_table(
    db: Database, name: str
) -> None:
    async with db.reading() as conn:
        plans = await _plans(conn, QUERIES[name])
    assert plans, "the query ran no statement"
    assert [p for p in plans if p.startswith("SCAN requests")] == []
    assert any("USING" in p and "INDEX" in p for p in plans)
