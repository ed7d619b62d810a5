"""Saved replies: staff's short answers per category."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.models.requests import SavedReply
from storage.rows import parse_ts, ts


def _reply(row: aiosqlite.Row) -> SavedReply:
    data = dict(row)
    data["created_at"] = parse_ts(data["created_at"])
    return SavedReply.model_validate(data)


async def add(
    conn: aiosqlite.Connection, category: str | None, text: str, staff_id: int, now: datetime
) -> SavedReply:
    """Keep a new saved reply and return it."""
    cur = await conn.execute(
        "INSERT INTO saved_replies (category, text, created_by, created_at) VALUES (?, ?, ?, ?)",
        (category, text, staff_id, ts(now)),
    )
    return SavedReply(id=int(cur.lastrowid or 0), category=category, text=text, created_at=now)


async def get(conn: aiosqlite.Connection, reply_id: int) -> SavedReply | None:
    """Return one saved reply, or None."""
    async with conn.execute("SELECT * FROM saved_replies WHERE id = ?", (reply_id,)) as cur:
        row = await cur.fetchone()
    return _reply(row) if row else None


async def for_category(conn: aiosqlite.Connection, category: str, limit: int) -> list[SavedReply]:
    """Return the replies offered for a category: its own first, then those for every one."""
    async with conn.execute(
        "SELECT * FROM saved_replies WHERE category = ? OR category IS NULL"
        " ORDER BY category IS NULL, id LIMIT ?",
        (category, limit),
    ) as cur:
        return [_reply(row) for row in await cur.fetchall()]


async def every(conn: aiosqlite.Connection, limit: int) -> list[SavedReply]:
    """Return the saved replies, those for every category first, then by category."""
    async with conn.execute(
        "SELECT * FROM saved_replies ORDER BY category IS NOT NULL, category, id LIMIT ?",
        (limit,),
    ) as cur:
        return [_reply(row) for row in await cur.fetchall()]


async def count(conn: aiosqlite.Connection) -> int:
    """Return how many saved replies there are."""
    async with conn.execute("SELECT COUNT(*) FROM saved_replies") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def remove(conn: aiosqlite.Connection, reply_id: int) -> bool:
    """Forget a saved reply; False when it was already gone."""
    cur = await conn.execute("DELETE FROM saved_replies WHERE id = ?", (reply_id,))
    return cur.rowcount > 0
