"""The staff room's forum topics, one per stream and chat, created once and reused."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.rows import ts


async def of_chat(conn: aiosqlite.Connection, chat_id: int) -> dict[str, int]:
    """Return the topics known in a chat: stream -> message_thread_id."""
    async with conn.execute(
        "SELECT stream, thread_id FROM staff_topics WHERE chat_id = ?", (chat_id,)
    ) as cur:
        return {str(r[0]): int(r[1]) for r in await cur.fetchall()}


async def thread(conn: aiosqlite.Connection, chat_id: int, stream: str | None) -> int | None:
    """Return the topic a stream posts to in a chat, or None (no topic: the general chat)."""
    if stream is None:
        return None
    async with conn.execute(
        "SELECT thread_id FROM staff_topics WHERE chat_id = ? AND stream = ?", (chat_id, stream)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else None


async def remember(
    conn: aiosqlite.Connection, chat_id: int, stream: str, thread_id: int, now: datetime
) -> None:
    """Keep the topic made for a stream (a later one for the same stream replaces it)."""
    await conn.execute(
        "INSERT INTO staff_topics (stream, chat_id, thread_id, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (chat_id, stream) DO UPDATE SET thread_id = excluded.thread_id",
        (stream, chat_id, thread_id, ts(now)),
    )
