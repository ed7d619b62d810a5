"""The reward catalogue and volunteers' requests for rewards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.volunteer_models import Reward, RewardRequest, RewardRequestStatus
from storage.rows import parse_ts, ts

_REQUEST_SELECT = (
    "SELECT q.*, r.name AS reward_name, p.name AS person_name FROM reward_requests q"
    " JOIN rewards r ON r.id = q.reward_id JOIN people p ON p.id = q.person_id"
)


def _request(row: aiosqlite.Row) -> RewardRequest:
    data: dict[str, Any] = dict(row)
    data["created_at"] = parse_ts(data["created_at"])
    return RewardRequest.model_validate(data)


async def add(
    conn: aiosqlite.Connection, name: str, cost: int, stock: int, now: datetime
) -> Reward:
    """Add an item to the catalogue."""
    cur = await conn.execute(
        "INSERT INTO rewards (name, cost, stock, created_at) VALUES (?, ?, ?, ?)",
        (name, cost, stock, ts(now)),
    )
    found = await get(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


async def get(conn: aiosqlite.Connection, reward_id: int) -> Reward | None:
    """Return one item."""
    async with conn.execute("SELECT * FROM rewards WHERE id = ?", (reward_id,)) as cur:
        row = await cur.fetchone()
    return Reward.model_validate(dict(row)) if row else None


async def catalogue(conn: aiosqlite.Connection, *, everything: bool = False) -> list[Reward]:
    """Return the items on offer (all of them for staff), cheapest first."""
    where = "" if everything else " WHERE active = 1"
    async with conn.execute(f"SELECT * FROM rewards{where} ORDER BY cost, id") as cur:
        return [Reward.model_validate(dict(r)) for r in await cur.fetchall()]


async def set_stock(conn: aiosqlite.Connection, reward_id: int, stock: int) -> bool:
    """Set how many are left."""
    cur = await conn.execute("UPDATE rewards SET stock = ? WHERE id = ?", (stock, reward_id))
    return cur.rowcount == 1


async def set_active(conn: aiosqlite.Connection, reward_id: int, active: bool) -> bool:
    """Offer an item, or take it off the catalogue."""
    cur = await conn.execute("UPDATE rewards SET active = ? WHERE id = ?", (active, reward_id))
    return cur.rowcount == 1


async def take_one(conn: aiosqlite.Connection, reward_id: int) -> bool:
    """Take one item from stock if any is left."""
    cur = await conn.execute(
        "UPDATE rewards SET stock = stock - 1 WHERE id = ? AND stock > 0", (reward_id,)
    )
    return cur.rowcount == 1


async def add_request(
    conn: aiosqlite.Connection, reward_id: int, person_id: int, cost: int, now: datetime
) -> RewardRequest:
    """Store a pending request."""
    cur = await conn.execute(
        "INSERT INTO reward_requests (reward_id, person_id, cost, created_at) VALUES (?, ?, ?, ?)",
        (reward_id, person_id, cost, ts(now)),
    )
    found = await get_request(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


async def get_request(conn: aiosqlite.Connection, request_id: int) -> RewardRequest | None:
    """Return one request."""
    async with conn.execute(_REQUEST_SELECT + " WHERE q.id = ?", (request_id,)) as cur:
        row = await cur.fetchone()
    return _request(row) if row else None


async def decide(
    conn: aiosqlite.Connection,
    request_id: int,
    status: RewardRequestStatus,
    staff_id: int,
    now: datetime,
    reason: str | None = None,
) -> bool:
    """Approve or decline a pending request; False when it was decided already."""
    cur = await conn.execute(
        "UPDATE reward_requests SET status = ?, decided_by = ?, decided_at = ?, reason = ?"
        " WHERE id = ? AND status = 'pending'",
        (status.value, staff_id, ts(now), reason, request_id),
    )
    return cur.rowcount == 1


async def pending(conn: aiosqlite.Connection, limit: int = 50) -> list[RewardRequest]:
    """Return requests waiting for staff, oldest first."""
    async with conn.execute(
        _REQUEST_SELECT + " WHERE q.status = 'pending' ORDER BY q.id LIMIT ?", (limit,)
    ) as cur:
        return [_request(r) for r in await cur.fetchall()]


async def of_person(conn: aiosqlite.Connection, person_id: int, limit: int) -> list[RewardRequest]:
    """Return the person's requests, newest first."""
    async with conn.execute(
        _REQUEST_SELECT + " WHERE q.person_id = ? ORDER BY q.id DESC LIMIT ?", (person_id, limit)
    ) as cur:
        return [_request(r) for r in await cur.fetchall()]
