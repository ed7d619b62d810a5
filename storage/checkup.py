"""What `linli check` reads beside the outbox backlog (storage/monitoring.py): late due work."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.rows import parse_ts, ts


async def due_late(conn: aiosqlite.Connection, before: datetime) -> tuple[int, datetime | None]:
    """Return how much due work fell due before `before` and is not done, and the oldest."""
    async with conn.execute(
        "SELECT COUNT(*), MIN(due_at) FROM due_work WHERE done_at IS NULL AND due_at < ?",
        (ts(before),),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return 0, None
    return int(row[0]), parse_ts(row[1])
