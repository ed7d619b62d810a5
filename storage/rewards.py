"""The reward catalogue and volunteers' requests for rewards.

A pending request holds its cost: a person's available points are their ledger balance less
the cost of their pending requests. Declining or cancelling a request releases the hold (it
leaves 'pending'); handing it over spends it (the ledger's debit, in the same transaction).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.volunteers import Reward, RewardRequest, RewardRequestStatus
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


async def add_request_if_covered(
    conn: aiosqlite.Connection,
    reward_id: int,
    person_id: int,
    cost: int,
    now: datetime,
    source_key: str,
) -> RewardRequest | None:
    """Store a pending request, holding `cost` points, only if the balance less what pending
    requests already hold covers it and no request was made from `source_key` yet; None
    when it was not stored.

    The check and the insert are one statement on the write transaction, so any number of
    confirmations arriving at once make only the requests the points can pay for, and one
    card confirmed twice makes one request (the unique index on person and source).
    """
    cur = await conn.execute(
        "INSERT INTO reward_requests (reward_id, person_id, cost, created_at, source_key)"
        " SELECT ?, ?, ?, ?, ?"
        " WHERE (SELECT COALESCE(SUM(points), 0) FROM ledger WHERE person_id = ?)"
        " - (SELECT COALESCE(SUM(cost), 0) FROM reward_requests"
        " WHERE person_id = ? AND status = 'pending') >= ?"
        " ON CONFLICT (person_id, source_key) DO NOTHING",
        (reward_id, person_id, cost, ts(now), source_key, person_id, person_id, cost),
    )
    if cur.rowcount != 1:
        return None
    return await get_request(conn, int(cur.lastrowid or 0))


async def by_source(
    conn: aiosqlite.Connection, person_id: int, source_key: str
) -> RewardRequest | None:
    """Return the person's request made from this source (a confirmation card), if any."""
    async with conn.execute(
        _REQUEST_SELECT + " WHERE q.person_id = ? AND q.source_key = ?", (person_id, source_key)
    ) as cur:
        row = await cur.fetchone()
    return _request(row) if row else None


async def held(conn: aiosqlite.Connection, person_id: int) -> int:
    """Return the points the person's pending requests hold."""
    async with conn.execute(
        "SELECT COALESCE(SUM(cost), 0) FROM reward_requests"
        " WHERE person_id = ? AND status = 'pending'",
        (person_id,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def cancel(
    conn: aiosqlite.Connection, request_id: int, person_id: int, now: datetime
) -> bool:
    """Cancel the person's own pending request; False when it is not theirs or not pending."""
    cur = await conn.execute(
        "UPDATE reward_requests SET status = 'cancelled', decided_at = ?"
        " WHERE id = ? AND person_id = ? AND status = 'pending'",
        (ts(now), request_id, person_id),
    )
    return cur.rowcount == 1


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
