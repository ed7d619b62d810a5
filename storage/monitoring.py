"""What the health check reads from the database: the outbox's backlog."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.models.outbox import Backlog
from storage.rows import parse_ts, ts


async def outbox_backlog(conn: aiosqlite.Connection, now: datetime) -> Backlog:
    """Count the messages due now or in flight, and find when the oldest fell due.

    Rows held for later (quiet hours, a retry's backoff) are not backlog: nothing is late.
    """
    async with conn.execute(
        "SELECT COUNT(*), MIN(next_attempt_at) FROM outbox"
        " WHERE status = 'sending' OR (status = 'pending' AND next_attempt_at <= ?)",
        (ts(now),),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return Backlog()
    return Backlog(count=int(row[0]), oldest_due=parse_ts(row[1]))
