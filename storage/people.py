"""People and staff invites."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.people import Person, Role
from storage.rows import parse_ts, ts


def _person(row: aiosqlite.Row) -> Person:
    data: dict[str, Any] = dict(row)
    data["created_at"] = parse_ts(data["created_at"])
    return Person.model_validate(data)


async def by_tg(conn: aiosqlite.Connection, tg_id: int) -> Person | None:
    """Return the person with this Telegram id."""
    async with conn.execute("SELECT * FROM people WHERE tg_id = ?", (tg_id,)) as cur:
        row = await cur.fetchone()
    return _person(row) if row else None


async def by_id(conn: aiosqlite.Connection, person_id: int) -> Person | None:
    """Return the person with this id."""
    async with conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)) as cur:
        row = await cur.fetchone()
    return _person(row) if row else None


async def by_ids(conn: aiosqlite.Connection, person_ids: set[int]) -> dict[int, Person]:
    """Return the people with these ids, by id, in one query (a page's residents and staff)."""
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    async with conn.execute(
        f"SELECT * FROM people WHERE id IN ({marks})", sorted(person_ids)
    ) as cur:
        return {row["id"]: _person(row) for row in await cur.fetchall()}


async def insert(
    conn: aiosqlite.Connection,
    *,
    tg_id: int | None,
    name: str,
    now: datetime,
    tg_language: str | None = None,
    role: Role = Role.RESIDENT,
    building: str | None = None,
    unit: str | None = None,
    phone: str | None = None,
    registered: bool = False,
    is_proxy: bool = False,
) -> Person:
    """Add a person and return them."""
    cur = await conn.execute(
        "INSERT INTO people (tg_id, name, tg_language, role, building, unit, phone, registered,"
        " is_proxy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            tg_id,
            name,
            tg_language,
            role.value,
            building,
            unit,
            phone,
            registered,
            is_proxy,
            ts(now),
        ),
    )
    person = await by_id(conn, int(cur.lastrowid or 0))
    assert person is not None
    return person


async def update(conn: aiosqlite.Connection, person_id: int, **fields: object) -> None:
    """Set the given columns of one person (column names come from code, never from input)."""
    allowed = {
        "name",
        "building",
        "unit",
        "phone",
        "language",
        "tg_language",
        "role",
        "registered",
        "unreachable",
        "erased",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown person fields: {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    values = [v.value if isinstance(v, Role) else v for v in fields.values()]
    await conn.execute(f"UPDATE people SET {assignments} WHERE id = ?", (*values, person_id))


async def staff(conn: aiosqlite.Connection) -> list[Person]:
    """Return every stored staff member."""
    async with conn.execute("SELECT * FROM people WHERE role = 'staff' ORDER BY name, id") as cur:
        return [_person(r) for r in await cur.fetchall()]


async def with_tg_ids(conn: aiosqlite.Connection, tg_ids: list[int]) -> list[Person]:
    """Return the people among these Telegram ids."""
    if not tg_ids:
        return []
    marks = ", ".join("?" for _ in tg_ids)
    async with conn.execute(f"SELECT * FROM people WHERE tg_id IN ({marks})", tg_ids) as cur:
        return [_person(r) for r in await cur.fetchall()]


async def mark_unreachable_chat(conn: aiosqlite.Connection, chat_id: int) -> None:
    """Mark the person whose private chat this is as unreachable (they blocked the bot)."""
    await conn.execute("UPDATE people SET unreachable = 1 WHERE tg_id = ?", (chat_id,))


async def add_invite(
    conn: aiosqlite.Connection, token: str, created_by: int, now: datetime, expires: datetime
) -> None:
    """Store a one-time staff invite."""
    await conn.execute(
        "INSERT INTO staff_invites (token, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (token, created_by, ts(now), ts(expires)),
    )


async def use_invite(conn: aiosqlite.Connection, token: str, person_id: int, now: datetime) -> bool:
    """Consume an unused, unexpired invite; return False when it cannot be used."""
    cur = await conn.execute(
        "UPDATE staff_invites SET used_by = ?, used_at = ?"
        " WHERE token = ? AND used_by IS NULL AND expires_at > ?",
        (person_id, ts(now), token, ts(now)),
    )
    return cur.rowcount == 1


async def unreachable(conn: aiosqlite.Connection) -> list[Person]:
    """Return registered people who blocked the bot, for staff to reach another way."""
    async with conn.execute(
        "SELECT * FROM people WHERE unreachable = 1 AND erased = 0 ORDER BY building, name, id"
    ) as cur:
        return [_person(r) for r in await cur.fetchall()]


async def count_in_building(conn: aiosqlite.Connection, building: str) -> int:
    """Return how many registered people (not erased) live in a building."""
    async with conn.execute(
        "SELECT COUNT(*) FROM people WHERE building = ? AND registered = 1 AND erased = 0",
        (building,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
