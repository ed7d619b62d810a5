"""Forms in progress, one per person, so a restart mid-form loses nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.work import Draft
from storage.rows import dumps, loads, parse_ts, ts


async def get(conn: aiosqlite.Connection, tg_id: int) -> Draft | None:
    """Return the person's form in progress."""
    async with conn.execute("SELECT * FROM drafts WHERE tg_id = ?", (tg_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    data: dict[str, Any] = dict(row)
    data["data"] = loads(data["data"]) or {}
    data["updated_at"] = parse_ts(data["updated_at"])
    return Draft.model_validate(data)


async def start(
    conn: aiosqlite.Connection,
    tg_id: int,
    flow: str,
    step: str,
    data: dict[str, Any],
    now: datetime,
) -> Draft:
    """Begin a form, replacing any other the person had open."""
    await conn.execute("DELETE FROM drafts WHERE tg_id = ?", (tg_id,))
    await conn.execute(
        "INSERT INTO drafts (tg_id, flow, step, data, updated_at) VALUES (?, ?, ?, ?, ?)",
        (tg_id, flow, step, dumps(data), ts(now)),
    )
    draft = await get(conn, tg_id)
    assert draft is not None
    return draft


async def save(
    conn: aiosqlite.Connection, draft_id: int, step: str, data: dict[str, Any], now: datetime
) -> bool:
    """Store the form's next step; False when the form is gone (finished or cancelled)."""
    cur = await conn.execute(
        "UPDATE drafts SET step = ?, data = ?, updated_at = ? WHERE id = ?",
        (step, dumps(data), ts(now), draft_id),
    )
    return cur.rowcount == 1


async def delete(conn: aiosqlite.Connection, draft_id: int) -> bool:
    """Remove a form; False when it was already gone (a double tap on Confirm)."""
    cur = await conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    return cur.rowcount == 1


async def delete_for(conn: aiosqlite.Connection, tg_id: int) -> None:
    """Remove whatever form the person had open."""
    await conn.execute("DELETE FROM drafts WHERE tg_id = ?", (tg_id,))
