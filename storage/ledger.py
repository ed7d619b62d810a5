"""The love bank's ledger: entries are only ever inserted.

The running balance is computed inside the INSERT itself, on the write transaction, and the
table's CHECK refuses a negative one; `INSERT OR IGNORE` turns that refusal (and a repeated
credit for the same work) into "no row", which the service then explains.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.love_bank import LedgerEntry, LedgerKind
from storage.rows import parse_ts, ts

_SELECT = (
    "SELECT l.*, p.name AS recorded_by_name FROM ledger l"
    " LEFT JOIN people p ON p.id = l.recorded_by"
)


def _entry(row: aiosqlite.Row) -> LedgerEntry:
    data: dict[str, Any] = dict(row)
    data["created_at"] = parse_ts(data["created_at"])
    return LedgerEntry.model_validate(data)


async def add(
    conn: aiosqlite.Connection,
    *,
    person_id: int,
    points: int,
    kind: LedgerKind,
    note: str,
    recorded_by: int | None,
    ref: str | None,
    now: datetime,
) -> LedgerEntry | None:
    """Append an entry; None when it would go below zero or repeats a credit for the same work."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO ledger (person_id, points, kind, note, recorded_by, ref,"
        " balance_after, created_at)"
        " SELECT ?, ?, ?, ?, ?, ?, COALESCE(SUM(points), 0) + ?, ?"
        " FROM ledger WHERE person_id = ?",
        (person_id, points, kind.value, note, recorded_by, ref, points, ts(now), person_id),
    )
    if cur.rowcount != 1:
        return None
    return await get(conn, int(cur.lastrowid or 0))


async def get(conn: aiosqlite.Connection, entry_id: int) -> LedgerEntry | None:
    """Return one entry."""
    async with conn.execute(_SELECT + " WHERE l.id = ?", (entry_id,)) as cur:
        row = await cur.fetchone()
    return _entry(row) if row else None


async def by_ref(
    conn: aiosqlite.Connection, person_id: int, kind: LedgerKind, ref: str
) -> LedgerEntry | None:
    """Return the person's entry of this kind for this piece of work, if there is one."""
    async with conn.execute(
        _SELECT + " WHERE l.person_id = ? AND l.kind = ? AND l.ref = ? ORDER BY l.id LIMIT 1",
        (person_id, kind.value, ref),
    ) as cur:
        row = await cur.fetchone()
    return _entry(row) if row else None


async def balance(conn: aiosqlite.Connection, person_id: int) -> int:
    """Return the sum of the person's entries."""
    async with conn.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE person_id = ?", (person_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def earned(conn: aiosqlite.Connection, person_id: int) -> int:
    """Return every point the person ever received (spending does not lower it)."""
    async with conn.execute(
        "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE person_id = ? AND points > 0",
        (person_id,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def history(
    conn: aiosqlite.Connection, person_id: int, limit: int, offset: int = 0
) -> list[LedgerEntry]:
    """Return the person's entries, newest first."""
    async with conn.execute(
        _SELECT + " WHERE l.person_id = ? ORDER BY l.id DESC LIMIT ? OFFSET ?",
        (person_id, limit, offset),
    ) as cur:
        return [_entry(r) for r in await cur.fetchall()]


async def earned_between(
    conn: aiosqlite.Connection, since: datetime, until: datetime
) -> dict[int, int]:
    """Return the points each person earned in [since, until) (spending left out)."""
    async with conn.execute(
        "SELECT person_id, SUM(points) FROM ledger WHERE points > 0 AND kind <> 'correction'"
        " AND created_at >= ? AND created_at < ? GROUP BY person_id",
        (ts(since), ts(until)),
    ) as cur:
        return {int(r[0]): int(r[1]) for r in await cur.fetchall()}
