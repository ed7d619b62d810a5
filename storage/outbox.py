"""The outbox: messages written with their cause, sent later by bot/delivery.py."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.outbox import Button, OutboxMessage, OutboxStatus
from storage.db import wrote_outbox
from storage.rows import dumps, loads, parse_ts, ts


def _message(row: aiosqlite.Row) -> OutboxMessage:
    data: dict[str, Any] = dict(row)
    raw = loads(data["buttons"])
    data["buttons"] = (
        [[Button.model_validate(b) for b in line] for line in raw] if raw is not None else None
    )
    data["next_attempt_at"] = parse_ts(data["next_attempt_at"])
    return OutboxMessage.model_validate(data)


_INSERT = (
    "INSERT INTO outbox (chat_id, text, buttons, photo, voice, document, force_reply, priority,"
    " next_attempt_at, person_id, ref, broadcast_id, created_at, thread_id, reply_to)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# Rows per executemany call when a broadcast queues its recipients: big enough to be fast,
# small enough that building one chunk never holds much memory.
CHUNK = 5000


def _values(message: OutboxMessage, now: datetime) -> tuple[object, ...]:
    buttons = (
        [[b.model_dump(exclude_none=True) for b in line] for line in message.buttons]
        if message.buttons is not None
        else None
    )
    return (
        message.chat_id,
        message.text,
        dumps(buttons),
        message.photo,
        message.voice,
        message.document,
        message.force_reply,
        message.priority,
        ts(message.next_attempt_at or now),
        message.person_id,
        message.ref,
        message.broadcast_id,
        ts(now),
        message.thread_id,
        message.reply_to,
    )


async def add(conn: aiosqlite.Connection, message: OutboxMessage, now: datetime) -> int:
    """Queue a message; return its id."""
    cur = await conn.execute(_INSERT, _values(message, now))
    wrote_outbox(conn)
    return int(cur.lastrowid or 0)


async def add_copies(
    conn: aiosqlite.Connection,
    template: OutboxMessage,
    recipients: Iterable[tuple[int, int]],
    now: datetime,
) -> int:
    """Queue one message to many `(chat_id, person_id)` pairs, in chunks; return how many.

    The template is serialised once and only the recipient columns change per row, so a
    hundred thousand rows are written in a few seconds on the caller's transaction.
    """
    base = _values(template, now)
    count = 0
    chunk: list[tuple[object, ...]] = []
    for chat_id, person_id in recipients:
        chunk.append((chat_id, *base[1:9], person_id, *base[10:]))
        if len(chunk) >= CHUNK:
            await conn.executemany(_INSERT, chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        await conn.executemany(_INSERT, chunk)
        count += len(chunk)
    if count:
        wrote_outbox(conn)
    return count


async def due(conn: aiosqlite.Connection, now: datetime, limit: int) -> list[OutboxMessage]:
    """Return pending messages whose time has come: personal before bulk, then oldest first."""
    async with conn.execute(
        "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?"
        " ORDER BY priority, id LIMIT ?",
        (ts(now), limit),
    ) as cur:
        return [_message(r) for r in await cur.fetchall()]


async def next_due_at(conn: aiosqlite.Connection) -> datetime | None:
    """Return when the next pending message falls due."""
    async with conn.execute(
        "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'"
    ) as cur:
        row = await cur.fetchone()
    return parse_ts(row[0]) if row else None


async def mark_sending(conn: aiosqlite.Connection, ids: list[int]) -> None:
    """Mark rows as handed to Telegram, so a second sender loop never picks them."""
    await conn.executemany(
        "UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'pending'",
        [(i,) for i in ids],
    )


async def mark_sent(
    conn: aiosqlite.Connection, outbox_id: int, message_id: int | None, now: datetime
) -> None:
    """Record that Telegram accepted the message."""
    await conn.execute(
        "UPDATE outbox SET status = 'sent', sent_message_id = ?, sent_at = ? WHERE id = ?",
        (message_id, ts(now), outbox_id),
    )


async def mark_failed(
    conn: aiosqlite.Connection, outbox_id: int, error: str, *, blocked: bool = False
) -> None:
    """Give up on a message; `blocked` says the person blocked the bot (counted apart)."""
    await conn.execute(
        "UPDATE outbox SET status = 'failed', error = ?, blocked = ? WHERE id = ?",
        (error[:500], blocked, outbox_id),
    )


async def cancel_broadcast(conn: aiosqlite.Connection, broadcast_id: int) -> int:
    """Withdraw a notice's rows not yet handed to Telegram; return how many."""
    cur = await conn.execute(
        "UPDATE outbox SET status = 'cancelled' WHERE broadcast_id = ? AND status = 'pending'",
        (broadcast_id,),
    )
    return cur.rowcount


async def broadcast_counts(conn: aiosqlite.Connection, broadcast_id: int) -> dict[str, int]:
    """Return a notice's rows by outcome: sent, unreachable, failed, cancelled, left."""
    async with conn.execute(
        "SELECT CASE WHEN status IN ('pending', 'sending') THEN 'left'"
        " WHEN status = 'failed' AND blocked = 1 THEN 'unreachable' ELSE status END AS outcome,"
        " COUNT(*) FROM outbox WHERE broadcast_id = ? GROUP BY outcome",
        (broadcast_id,),
    ) as cur:
        return {str(r[0]): int(r[1]) for r in await cur.fetchall()}


async def retry_later(
    conn: aiosqlite.Connection, outbox_id: int, when: datetime, error: str, *, count: bool = True
) -> None:
    """Put a message back to be tried at `when`; `count` adds one to its attempts."""
    await conn.execute(
        "UPDATE outbox SET status = 'pending', next_attempt_at = ?, error = ?,"
        " attempts = attempts + ? WHERE id = ?",
        (ts(when), error[:500], 1 if count else 0, outbox_id),
    )


async def requeue_interrupted(conn: aiosqlite.Connection) -> int:
    """After a restart, send again what was in flight when the bot stopped."""
    cur = await conn.execute("UPDATE outbox SET status = 'pending' WHERE status = 'sending'")
    return cur.rowcount


async def ref_of_sent(conn: aiosqlite.Connection, chat_id: int, message_id: int) -> str | None:
    """Return the `ref` of the message the bot sent as `message_id` in this chat."""
    async with conn.execute(
        "SELECT ref FROM outbox WHERE chat_id = ? AND sent_message_id = ? ORDER BY id DESC",
        (chat_id, message_id),
    ) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row and row[0] is not None else None


async def counts(conn: aiosqlite.Connection) -> dict[OutboxStatus, int]:
    """Return how many rows are in each status."""
    async with conn.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status") as cur:
        return {OutboxStatus(r[0]): int(r[1]) for r in await cur.fetchall()}


async def broadcast_held_until(
    conn: aiosqlite.Connection, broadcast_id: int, now: datetime
) -> datetime | None:
    """Return when a notice's held rows (quiet hours) are due, if any are held."""
    async with conn.execute(
        "SELECT MIN(next_attempt_at) FROM outbox WHERE broadcast_id = ? AND status = 'pending'"
        " AND next_attempt_at > ?",
        (broadcast_id, ts(now)),
    ) as cur:
        row = await cur.fetchone()
    return parse_ts(row[0]) if row else None


async def sent_with_ref(conn: aiosqlite.Connection, ref: str) -> list[tuple[int, int]]:
    """Return (chat, message) of every message sent with this ref, oldest first."""
    async with conn.execute(
        "SELECT chat_id, sent_message_id FROM outbox"
        " WHERE ref = ? AND sent_message_id IS NOT NULL ORDER BY id",
        (ref,),
    ) as cur:
        return [(int(r[0]), int(r[1])) for r in await cur.fetchall()]
