"""Requests, their photos and their timelines."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot.models.requests import (
    QUEUE_AGES,
    EntryKind,
    FacetCount,
    NewRequest,
    QueueFacets,
    Request,
    RequestStatus,
    TimelineEntry,
)
from storage.rows import parse_ts, ts

_TIMES = ("created_at", "due_at", "first_response_at", "resolved_at", "closed_at")


async def _request(conn: aiosqlite.Connection, row: aiosqlite.Row) -> Request:
    return (await _requests(conn, [row]))[0]


async def _requests(conn: aiosqlite.Connection, rows: list[aiosqlite.Row]) -> list[Request]:
    """Turn rows into requests, reading the photos of all of them in one query.

    A queue page of 200 requests would otherwise cost 200 more queries.
    """
    found = [dict(row) for row in rows]
    photos: dict[int, list[str]] = {data["id"]: [] for data in found}
    if photos:
        marks = ",".join("?" * len(photos))
        async with conn.execute(
            f"SELECT request_id, file_id FROM request_photos WHERE request_id IN ({marks})"
            " ORDER BY request_id, position",
            list(photos),
        ) as cur:
            for request_id, file_id in await cur.fetchall():
                photos[request_id].append(file_id)
    for data in found:
        for key in _TIMES:
            data[key] = parse_ts(data[key])
        data["photos"] = photos[data["id"]]
    return [Request.model_validate(data) for data in found]


async def get(conn: aiosqlite.Connection, request_id: int) -> Request | None:
    """Return one request."""
    async with conn.execute("SELECT * FROM requests WHERE id = ?", (request_id,)) as cur:
        row = await cur.fetchone()
    return await _request(conn, row) if row else None


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Request | None:
    """Return the request made from this source (a draft), if one was made."""
    async with conn.execute("SELECT * FROM requests WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return await _request(conn, row) if row else None


async def insert(
    conn: aiosqlite.Connection,
    *,
    resident_id: int,
    new: NewRequest,
    now: datetime,
    due_at: datetime,
    source_key: str | None,
) -> Request | None:
    """Add a request; return None when one from the same source exists already."""
    lat, lon = new.location if new.location else (None, None)
    cur = await conn.execute(
        "INSERT OR IGNORE INTO requests (resident_id, category, description, voice_file_id,"
        " latitude, longitude, status, created_at, due_at, source_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            resident_id,
            new.category,
            new.description,
            new.voice_file_id,
            lat,
            lon,
            RequestStatus.NEW.value,
            ts(now),
            ts(due_at),
            source_key,
        ),
    )
    if cur.rowcount != 1:
        return None
    request_id = int(cur.lastrowid or 0)
    await conn.executemany(
        "INSERT INTO request_photos (request_id, position, file_id) VALUES (?, ?, ?)",
        [(request_id, i, f) for i, f in enumerate(new.photos)],
    )
    return await get(conn, request_id)


async def take(conn: aiosqlite.Connection, request_id: int, owner_id: int) -> bool:
    """Make `owner_id` the owner if nobody is; the database settles a race of two takers."""
    cur = await conn.execute(
        "UPDATE requests SET owner_id = ?, status = ? WHERE id = ? AND owner_id IS NULL"
        " AND status IN ('new', 'reopened')",
        (owner_id, RequestStatus.TAKEN.value, request_id),
    )
    return cur.rowcount == 1


async def update(conn: aiosqlite.Connection, request_id: int, **fields: object) -> None:
    """Set the given columns of one request (names come from code, never from input)."""
    allowed = {
        "status",
        "handler_id",
        "owner_id",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "escalated",
        "rating",
        "referral",
        "description",
        "resident_id",
        "duplicate_of",
        "shared",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown request fields: {sorted(unknown)}")
    values = [ts(v) if isinstance(v, datetime) else v for v in fields.values()]
    values = [v.value if isinstance(v, RequestStatus) else v for v in values]
    assignments = ", ".join(f"{name} = ?" for name in fields)
    await conn.execute(f"UPDATE requests SET {assignments} WHERE id = ?", (*values, request_id))


async def set_first_response(conn: aiosqlite.Connection, request_id: int, now: datetime) -> None:
    """Record the first answer's time, once."""
    await conn.execute(
        "UPDATE requests SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL",
        (ts(now), request_id),
    )


async def of_resident(
    conn: aiosqlite.Connection, resident_id: int, limit: int | None = None
) -> list[Request]:
    """Return a resident's requests, newest first; the newest `limit` when one is given.

    The index on resident_id keeps its rows in id order, so the newest few are read
    straight from it, whatever the resident's history.
    """
    sql = "SELECT * FROM requests WHERE resident_id = ? ORDER BY id DESC"
    params: list[object] = [resident_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    async with conn.execute(sql, params) as cur:
        rows = await cur.fetchall()
    return await _requests(conn, list(rows))


_OPEN = "status IN ('new', 'taken', 'in_progress', 'waiting', 'reopened')"
_LATE = "(first_response_at IS NULL AND due_at <= ?)"  # Request.is_overdue, in SQL


def _queue_filter(
    which: str, staff_id: int, now: datetime, facets: QueueFacets | None = None
) -> tuple[str, list[object]]:
    """Return the WHERE clause of one queue filter (all, mine, untaken, overdue), narrowed by
    the facets chosen (each an AND)."""
    params: list[object]
    if which == "mine":
        where, params = f"{_OPEN} AND (owner_id = ? OR handler_id = ?)", [staff_id, staff_id]
    elif which == "untaken":
        where, params = f"{_OPEN} AND owner_id IS NULL", []
    elif which == "overdue":
        where, params = f"{_OPEN} AND {_LATE}", [ts(now)]
    elif which == "all":
        where, params = _OPEN, []
    else:
        raise ValueError(f"unknown queue filter {which!r}")
    facets = facets or QueueFacets()
    parts: list[tuple[str, object]] = []
    if facets.building is not None:
        # Per open request, the resident's row by its key: no scan of people.
        parts.append((_IN_BUILDING, facets.building))
    if facets.category is not None:
        parts.append(("category = ?", facets.category))
    if facets.status is not None:
        parts.append(("status = ?", facets.status.value))
    if facets.owner_id is not None:
        parts.append(("owner_id = ?", facets.owner_id))
    if facets.older_days is not None:
        parts.append(("created_at <= ?", ts(now - timedelta(days=facets.older_days))))
    for clause, value in parts:
        where += f" AND {clause}"
        params.append(value)
    return where, params


_IN_BUILDING = (
    "EXISTS (SELECT 1 FROM people p WHERE p.id = requests.resident_id AND p.building = ?)"
)


async def queue_page(
    conn: aiosqlite.Connection,
    *,
    which: str,
    staff_id: int,
    now: datetime,
    limit: int,
    offset: int,
    facets: QueueFacets | None = None,
) -> list[Request]:
    """Return one page of open requests: overdue first, then the earliest due.

    Only the open requests are read (through the status index), and only the page's rows
    leave SQLite, with their photos in one more query.
    """
    where, params = _queue_filter(which, staff_id, now, facets)
    async with conn.execute(
        f"SELECT * FROM requests WHERE {where} ORDER BY {_LATE} DESC, due_at, id LIMIT ? OFFSET ?",
        [*params, ts(now), limit, offset],
    ) as cur:
        rows = await cur.fetchall()
    return await _requests(conn, list(rows))


async def queue_count(
    conn: aiosqlite.Connection,
    *,
    which: str,
    staff_id: int,
    now: datetime,
    facets: QueueFacets | None = None,
) -> int:
    """Return how many open requests one queue filter holds."""
    where, params = _queue_filter(which, staff_id, now, facets)
    async with conn.execute(f"SELECT COUNT(*) FROM requests WHERE {where}", params) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


# What each facet groups by, as an expression over an open request.
_FACET_GROUPS = {
    "building": "(SELECT p.building FROM people p WHERE p.id = requests.resident_id)",
    "category": "category",
    "status": "status",
    "owner_id": "owner_id",
}


async def queue_facet_counts(
    conn: aiosqlite.Connection,
    *,
    which: str,
    staff_id: int,
    now: datetime,
    facets: QueueFacets,
    facet: str,
) -> list[FacetCount]:
    """Return each value of one facet with how many open requests it would show, the other
    chosen facets kept (so the counts are what a press would list). Counted in SQL, most
    first; a request with no value (no owner, no building) is left out."""
    others = facets.model_copy(update={facet: None})
    where, params = _queue_filter(which, staff_id, now, others)
    if facet == "older_days":
        sums = ", ".join("SUM(created_at <= ?)" for _ in QUEUE_AGES)
        cutoffs = [ts(now - timedelta(days=days)) for days in QUEUE_AGES]
        async with conn.execute(
            f"SELECT {sums} FROM requests WHERE {where}", [*cutoffs, *params]
        ) as cur:
            row = await cur.fetchone()
        counts = [int(n or 0) for n in row] if row else [0] * len(QUEUE_AGES)
        return [FacetCount(value=str(d), count=n) for d, n in zip(QUEUE_AGES, counts, strict=True)]
    group = _FACET_GROUPS[facet]
    async with conn.execute(
        f"SELECT {group} AS v, COUNT(*) AS n FROM requests WHERE {where}"
        " GROUP BY v HAVING v IS NOT NULL ORDER BY n DESC, v",
        params,
    ) as cur:
        rows = await cur.fetchall()
    return [FacetCount(value=str(row["v"]), count=int(row["n"])) for row in rows]


async def add_entry(
    conn: aiosqlite.Connection,
    request_id: int,
    kind: EntryKind,
    now: datetime,
    actor_id: int | None,
    body: str | None = None,
    public: bool = True,
) -> None:
    """Append a line to a request's timeline."""
    await conn.execute(
        "INSERT INTO request_entries (request_id, at, actor_id, kind, body, public)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (request_id, ts(now), actor_id, kind.value, body, public),
    )


async def timeline(
    conn: aiosqlite.Connection, request_id: int, *, public_only: bool
) -> list[TimelineEntry]:
    """Return a request's timeline, oldest first."""
    sql = (
        "SELECT e.*, p.name AS actor_name FROM request_entries e"
        " LEFT JOIN people p ON p.id = e.actor_id WHERE e.request_id = ?"
    )
    if public_only:
        sql += " AND e.public = 1"
    async with conn.execute(sql + " ORDER BY e.id", (request_id,)) as cur:
        rows = await cur.fetchall()
    entries = []
    for row in rows:
        data: dict[str, Any] = dict(row)
        data["at"] = parse_ts(data["at"])
        entries.append(TimelineEntry.model_validate(data))
    return entries


async def anonymise_resident(conn: aiosqlite.Connection, resident_id: int) -> None:
    """Strip a resident's words and media from their requests, keeping numbers for statistics."""
    await conn.execute(
        "UPDATE requests SET description = '', voice_file_id = NULL, latitude = NULL,"
        " longitude = NULL WHERE resident_id = ?",
        (resident_id,),
    )
    await conn.execute(
        "DELETE FROM request_photos WHERE request_id IN"
        " (SELECT id FROM requests WHERE resident_id = ?)",
        (resident_id,),
    )
    await conn.execute("UPDATE request_entries SET body = NULL WHERE actor_id = ?", (resident_id,))


async def counts_of_resident(conn: aiosqlite.Connection, resident_id: int) -> tuple[int, int]:
    """Return how many requests a resident filed, and how many are still open."""
    async with conn.execute(
        f"SELECT COUNT(*), COALESCE(SUM({_OPEN}), 0) FROM requests WHERE resident_id = ?",
        (resident_id,),
    ) as cur:
        row = await cur.fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


async def open_in_building(conn: aiosqlite.Connection, building: str) -> int:
    """Return how many open requests residents of a building have."""
    async with conn.execute(
        f"SELECT COUNT(*) FROM requests WHERE {_OPEN} AND {_IN_BUILDING}", (building,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def open_in_category(conn: aiosqlite.Connection, category: str) -> int:
    """Return how many open requests a category holds."""
    async with conn.execute(
        f"SELECT COUNT(*) FROM requests WHERE {_OPEN} AND category = ?", (category,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def add_follower(
    conn: aiosqlite.Connection, request_id: int, person_id: int, own: int | None, now: datetime
) -> bool:
    """Let a resident follow a request (theirs repeated it); False when they already do."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO request_followers (request_id, person_id, own_request, created_at)"
        " VALUES (?, ?, ?, ?)",
        (request_id, person_id, own, ts(now)),
    )
    return cur.rowcount == 1


async def followers(conn: aiosqlite.Connection, request_id: int) -> list[tuple[int, int | None]]:
    """Return who follows a request: (person id, their own request linked to it)."""
    async with conn.execute(
        "SELECT person_id, own_request FROM request_followers WHERE request_id = ?"
        " ORDER BY created_at, person_id",
        (request_id,),
    ) as cur:
        return [(int(r[0]), int(r[1]) if r[1] is not None else None) for r in await cur.fetchall()]


async def shared_in_building(
    conn: aiosqlite.Connection, building: str, reader_id: int, limit: int
) -> list[tuple[Request, bool]]:
    """Return the open requests neighbours showed to a building (not the reader's own), most
    backed first, each with whether the reader backs it."""
    async with conn.execute(
        "SELECT r.*, EXISTS (SELECT 1 FROM request_supports s WHERE s.request_id = r.id"
        " AND s.person_id = ?) AS is_mine FROM requests r"
        f" JOIN people p ON p.id = r.resident_id WHERE r.shared = 1 AND {_OPEN}"
        " AND p.building = ? AND r.resident_id != ? ORDER BY r.me_too DESC, r.id DESC LIMIT ?",
        (reader_id, building, reader_id, limit),
    ) as cur:
        rows = list(await cur.fetchall())
    mine = {int(row["id"]): bool(row["is_mine"]) for row in rows}
    found = await _requests(conn, rows)
    return [(r, mine[r.id]) for r in found]


async def back(conn: aiosqlite.Connection, request_id: int, person_id: int, now: datetime) -> bool:
    """Count a neighbour's "Me too" once (however many presses arrive at once)."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO request_supports (request_id, person_id, created_at)"
        " VALUES (?, ?, ?)",
        (request_id, person_id, ts(now)),
    )
    if cur.rowcount != 1:
        return False
    await conn.execute("UPDATE requests SET me_too = me_too + 1 WHERE id = ?", (request_id,))
    return True
