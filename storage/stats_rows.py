"""The monthly report's rows, streamed: each function yields one row at a time from a cursor.

A month of a big district is tens of thousands of requests; they go from SQLite to the
workbook (openpyxl's write-only mode) without ever being held in a list. Same named values
as storage/stats.py (`s`, `e`, `b`); erased people show with no name or phone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiosqlite

from storage.stats import Params

_IN_SCOPE = "(:b IS NULL OR p.building IN (SELECT value FROM json_each(:b)))"
_NAME = "CASE WHEN p.erased THEN '' ELSE p.name END"

_REQUESTS = (
    "SELECT r.id, r.category, r.status, " + _NAME + " AS name, p.building, p.unit,"
    " CASE WHEN p.erased THEN '' ELSE p.phone END AS phone,"
    " r.created_at, r.due_at, r.first_response_at, r.resolved_at, r.closed_at,"
    " o.name AS owner, r.rating, r.escalated, r.referral, r.description"
    " FROM requests r LEFT JOIN people p ON p.id = r.resident_id"
    " LEFT JOIN people o ON o.id = r.owner_id"
    " WHERE r.created_at >= :s AND r.created_at < :e AND "
    + _IN_SCOPE
    + " ORDER BY r.created_at, r.id"
)
_NOTICES = (
    "SELECT n.id, n.started_at, n.kind, n.audience, substr(n.text, 1, 200) AS text,"
    " COUNT(o.id) AS recipients, COALESCE(SUM(o.status = 'sent'), 0) AS delivered,"
    " COALESCE(SUM(o.status = 'failed'), 0) AS failed,"
    " (SELECT COUNT(*) FROM broadcast_replies y WHERE y.broadcast_id = n.id) AS replies"
    " FROM broadcasts n JOIN outbox o ON o.broadcast_id = n.id"
    " LEFT JOIN people p ON p.id = o.person_id"
    " WHERE n.started_at >= :s AND n.started_at < :e AND "
    + _IN_SCOPE
    + " GROUP BY n.id ORDER BY n.started_at, n.id"
)
_EVENTS = (
    "SELECT v.id, v.title, v.starts_at, v.place, v.capacity,"
    " COALESCE(SUM(CASE WHEN u.status = 'confirmed' THEN u.places END), 0) AS taken,"
    " COALESCE(SUM(u.status = 'confirmed' AND u.checked_in_at IS NOT NULL), 0) AS came,"
    " COALESCE(SUM(u.status = 'waiting'), 0) AS waiting"
    " FROM events v LEFT JOIN signups u ON u.event_id = v.id"
    " WHERE v.starts_at >= :s AND v.starts_at < :e AND v.status != 'cancelled'"
    " GROUP BY v.id ORDER BY v.starts_at, v.id"
)
_VOLUNTEERS = (
    "SELECT " + _NAME + " AS name, p.building,"
    " COUNT(*) FILTER (WHERE s.status = 'came') AS came,"
    " COALESCE(SUM(CASE WHEN s.status = 'came' THEN"
    "  (julianday(COALESCE(s.checked_out_at, t.ends_at))"
    "   - julianday(COALESCE(s.checked_in_at, t.starts_at))) * 24 END), 0) AS hours,"
    " COUNT(*) FILTER (WHERE s.status = 'no_show') AS no_shows,"
    " (SELECT COALESCE(SUM(l.points), 0) FROM ledger l WHERE l.person_id = p.id"
    "  AND l.points > 0 AND l.created_at >= :s AND l.created_at < :e) AS points"
    " FROM task_slots s JOIN tasks t ON t.id = s.task_id JOIN people p ON p.id = s.person_id"
    " WHERE t.starts_at >= :s AND t.starts_at < :e AND t.status != 'cancelled'"
    " AND s.status IN ('came', 'no_show') AND "
    + _IN_SCOPE
    + " GROUP BY p.id ORDER BY hours DESC, name"
)
_LEDGER = (
    "SELECT l.created_at, " + _NAME + " AS name, l.kind, l.points, l.note, l.balance_after,"
    " l.ref FROM ledger l JOIN people p ON p.id = l.person_id"
    " WHERE l.created_at >= :s AND l.created_at < :e AND "
    + _IN_SCOPE
    + " ORDER BY l.created_at, l.id"
)
_WISHES = (
    "SELECT w.id, w.category, w.status, p.building, w.created_at, w.fulfilled_at, w.points"
    " FROM wishes w JOIN people p ON p.id = w.resident_id"
    " WHERE ((w.created_at >= :s AND w.created_at < :e)"
    " OR (w.fulfilled_at >= :s AND w.fulfilled_at < :e)) AND "
    + _IN_SCOPE
    + " ORDER BY w.created_at, w.id"
)


async def _stream(
    conn: aiosqlite.Connection, sql: str, values: Params
) -> AsyncIterator[tuple[Any, ...]]:
    named = {k: v for k, v in values.items() if f":{k}" in sql}
    async with conn.execute(sql, named) as cur:
        async for row in cur:
            yield tuple(row)


def requests(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each request filed in the period: every field staff need, in filing order."""
    return _stream(conn, _REQUESTS, values)


def notices(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each notice that went out in the period with its reach and replies."""
    return _stream(conn, _NOTICES, values)


def events(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each event held in the period with places taken, who came and who waits."""
    return _stream(conn, _EVENTS, values)


def volunteers(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each volunteer who had a slot in the period: slots, hours, no-shows, points."""
    return _stream(conn, _VOLUNTEERS, values)


def ledger(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each love-bank entry of the period."""
    return _stream(conn, _LEDGER, values)


def wishes(conn: aiosqlite.Connection, values: Params) -> AsyncIterator[tuple[Any, ...]]:
    """Yield each wish raised or fulfilled in the period."""
    return _stream(conn, _WISHES, values)
