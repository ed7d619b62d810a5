"""Work that must happen at a time (overdue escalation, auto-close): rows, not timers."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.models.work import DueWork
from storage.rows import parse_ts, ts


async def add(conn: aiosqlite.Connection, kind: str, ref_id: int, due_at: datetime) -> None:
    """Schedule work; the same kind, thing and time is stored once."""
    await conn.execute(
        "INSERT OR IGNORE INTO due_work (kind, ref_id, due_at) VALUES (?, ?, ?)",
        (kind, ref_id, ts(due_at)),
    )


async def due(conn: aiosqlite.Connection, now: datetime, limit: int = 100) -> list[DueWork]:
    """Return work whose time has come and that is not done."""
    async with conn.execute(
        "SELECT id, kind, ref_id, due_at FROM due_work WHERE done_at IS NULL AND due_at <= ?"
        " ORDER BY due_at, id LIMIT ?",
        (ts(now), limit),
    ) as cur:
        rows = await cur.fetchall()
    return [
        DueWork(id=r["id"], kind=r["kind"], ref_id=r["ref_id"], due_at=parse_ts(r["due_at"]))
        for r in rows
    ]


async def finish(conn: aiosqlite.Connection, work_id: int, now: datetime) -> bool:
    """Mark work done; False when another tick did it already, so it never runs twice."""
    cur = await conn.execute(
        "UPDATE due_work SET done_at = ? WHERE id = ? AND done_at IS NULL", (ts(now), work_id)
    )
    return cur.rowcount == 1


async def cancel(conn: aiosqlite.Connection, kind: str, ref_id: int, now: datetime) -> None:
    """Drop pending work of a kind for a thing (e.g. auto-close when the resident answered)."""
    await conn.execute(
        "UPDATE due_work SET done_at = ? WHERE kind = ? AND ref_id = ? AND done_at IS NULL",
        (ts(now), kind, ref_id),
    )


async def revive(conn: aiosqlite.Connection, kind: str, ref_id: int, due_at: datetime) -> None:
    """Make work at exactly this time pending again (a council moved back to a time it had,
    whose row was cancelled: the (kind, thing, time) key would otherwise keep it done)."""
    await conn.execute(
        "UPDATE due_work SET done_at = NULL WHERE kind = ? AND ref_id = ? AND due_at = ?",
        (kind, ref_id, ts(due_at)),
    )


async def pending_of(conn: aiosqlite.Connection, kind: str) -> list[DueWork]:
    """Return the work of one kind that is not done yet, soonest first."""
    async with conn.execute(
        "SELECT id, kind, ref_id, due_at FROM due_work WHERE kind = ? AND done_at IS NULL"
        " ORDER BY due_at, id",
        (kind,),
    ) as cur:
        rows = await cur.fetchall()
    return [
        DueWork(id=r["id"], kind=r["kind"], ref_id=r["ref_id"], due_at=parse_ts(r["due_at"]))
        for r in rows
    ]
