"""The numbers `linli check` reports: what waits in the outbox, which due work is late."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.rows import parse_ts, ts


async def _count_and_oldest(
    conn: aiosqlite.Connection, sql: str, params: tuple[object, ...]
) -> tuple[int, datetime | None]:
    async with conn.execute(sql, params) as cur:
        row = await cur.fetchone()
    if row is None:
        return 0, None
    return int(row[0]), parse_ts(row[1])


async def outbox_backlog(conn: aiosqlite.Connection, now: datetime) -> tuple[int, datetime | None]:
    """Return how many messages should have gone by now and are still waiting, and the oldest
    one's time (messages held for later, e.g. for quiet hours, are not counted)."""
    return await _count_and_oldest(
        conn,
        "SELECT COUNT(*), MIN(next_attempt_at) FROM outbox"
        " WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?",
        (ts(now),),
    )


async def due_late(conn: aiosqlite.Connection, before: datetime) -> tuple[int, datetime | None]:
    """Return how much due work fell due before `before` and is not done, and the oldest."""
    return await _count_and_oldest(
        conn,
        "SELECT COUNT(*), MIN(due_at) FROM due_work WHERE done_at IS NULL AND due_at < ?",
        (ts(before),),
    )
