"""The audit log: added to in the same transaction as the change it records, never edited."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import aiosqlite

from bot.models.audit import AuditAction, AuditEntry
from storage.rows import parse_ts, ts

_SELECT = (
    "SELECT a.*, p.name AS actor_name FROM audit_log a LEFT JOIN people p ON p.id = a.actor_id"
)


def _entry(row: aiosqlite.Row) -> AuditEntry:
    data = dict(row)
    data["at"] = parse_ts(data["at"])
    return AuditEntry.model_validate(data)


async def record(
    conn: aiosqlite.Connection,
    *,
    at: datetime,
    actor_id: int | None,
    action: AuditAction,
    subject: str,
    before: str | None,
    after: str | None,
) -> None:
    """Add one line to the log."""
    await conn.execute(
        "INSERT INTO audit_log (at, actor_id, action, subject, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (ts(at), actor_id, action.value, subject, before, after),
    )


def _where(actor_id: int | None) -> tuple[str, list[object]]:
    return (" WHERE a.actor_id = ?", [actor_id]) if actor_id is not None else ("", [])


async def recent(
    conn: aiosqlite.Connection, *, actor_id: int | None, limit: int, offset: int
) -> list[AuditEntry]:
    """Return a page of the log, newest first (one person's lines, or everyone's)."""
    where, params = _where(actor_id)
    async with conn.execute(
        f"{_SELECT}{where} ORDER BY a.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]
    ) as cur:
        return [_entry(row) for row in await cur.fetchall()]


async def count(conn: aiosqlite.Connection, *, actor_id: int | None) -> int:
    """Return how many lines the log holds (for one person, or in all)."""
    where, params = _where(actor_id)
    sql = "SELECT COUNT(*) FROM audit_log a" + where
    async with conn.execute(sql, params) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def every(
    conn: aiosqlite.Connection, *, actor_id: int | None, chunk: int = 500
) -> AsyncIterator[AuditEntry]:
    """Yield the whole log oldest first, a chunk at a time, for the export."""
    where, params = _where(actor_id)
    async with conn.execute(f"{_SELECT}{where} ORDER BY a.id", params) as cur:
        while rows := await cur.fetchmany(chunk):
            for row in rows:
                yield _entry(row)


async def actors(conn: aiosqlite.Connection) -> list[tuple[int, str, int]]:
    """Return the people who have lines in the log: id, name, how many lines."""
    async with conn.execute(
        "SELECT a.actor_id, p.name, COUNT(*) FROM audit_log a JOIN people p ON p.id = a.actor_id"
        " GROUP BY a.actor_id ORDER BY COUNT(*) DESC LIMIT 20"
    ) as cur:
        return [(int(r[0]), str(r[1]), int(r[2])) for r in await cur.fetchall()]
