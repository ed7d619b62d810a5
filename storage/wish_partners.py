"""Partner organisations and their members, one-time member links, and the wish settings."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.models.wishes import Partner
from storage.rows import ts


async def add_partner(conn: aiosqlite.Connection, name: str, now: datetime) -> Partner | None:
    """Add a partner organisation; None when one of that name exists."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO partners (name, created_at) VALUES (?, ?)", (name, ts(now))
    )
    if cur.rowcount != 1:
        return None
    return await partner(conn, int(cur.lastrowid or 0))


async def partner(conn: aiosqlite.Connection, partner_id: int) -> Partner | None:
    """Return one partner organisation with its number of members."""
    async with conn.execute(
        "SELECT p.id, p.name, p.active, COUNT(m.person_id) AS members FROM partners p"
        " LEFT JOIN partner_members m ON m.partner_id = p.id WHERE p.id = ? GROUP BY p.id",
        (partner_id,),
    ) as cur:
        row = await cur.fetchone()
    return Partner.model_validate(dict(row)) if row else None


async def partners(conn: aiosqlite.Connection) -> list[Partner]:
    """Return the active partner organisations by name, with their number of members."""
    async with conn.execute(
        "SELECT p.id, p.name, p.active, COUNT(m.person_id) AS members FROM partners p"
        " LEFT JOIN partner_members m ON m.partner_id = p.id WHERE p.active = 1"
        " GROUP BY p.id ORDER BY p.name"
    ) as cur:
        return [Partner.model_validate(dict(r)) for r in await cur.fetchall()]


async def set_active(conn: aiosqlite.Connection, partner_id: int, active: bool) -> bool:
    """Take a partner off the list (or back); False when there is no such partner."""
    cur = await conn.execute("UPDATE partners SET active = ? WHERE id = ?", (active, partner_id))
    return cur.rowcount == 1


async def of_person(conn: aiosqlite.Connection, person_id: int) -> list[Partner]:
    """Return the active partner organisations a person acts for."""
    async with conn.execute(
        "SELECT p.id, p.name, p.active, 0 AS members FROM partners p"
        " JOIN partner_members m ON m.partner_id = p.id"
        " WHERE m.person_id = ? AND p.active = 1 ORDER BY p.name",
        (person_id,),
    ) as cur:
        return [Partner.model_validate(dict(r)) for r in await cur.fetchall()]


async def add_member(
    conn: aiosqlite.Connection, partner_id: int, person_id: int, now: datetime
) -> None:
    """Make a person a member (joining twice changes nothing)."""
    await conn.execute(
        "INSERT OR IGNORE INTO partner_members (partner_id, person_id, joined_at) VALUES (?, ?, ?)",
        (partner_id, person_id, ts(now)),
    )


async def add_invite(
    conn: aiosqlite.Connection,
    token: str,
    partner_id: int,
    created_by: int,
    now: datetime,
    expires: datetime,
) -> None:
    """Store a one-time member link."""
    await conn.execute(
        "INSERT INTO partner_invites (token, partner_id, created_by, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (token, partner_id, created_by, ts(now), ts(expires)),
    )


async def use_invite(
    conn: aiosqlite.Connection, token: str, person_id: int, now: datetime
) -> int | None:
    """Consume an unused, unexpired member link; return its partner, or None."""
    cur = await conn.execute(
        "UPDATE partner_invites SET used_by = ?, used_at = ?"
        " WHERE token = ? AND used_by IS NULL AND expires_at > ?",
        (person_id, ts(now), token, ts(now)),
    )
    if cur.rowcount != 1:
        return None
    async with conn.execute(
        "SELECT partner_id FROM partner_invites WHERE token = ?", (token,)
    ) as found:
        row = await found.fetchone()
    return int(row[0]) if row else None


# ---- settings and points ------------------------------------------------------------------


async def setting(conn: aiosqlite.Connection, key: str) -> str | None:
    """Return one wish setting."""
    async with conn.execute("SELECT value FROM wish_settings WHERE key = ?", (key,)) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else None


async def set_setting(conn: aiosqlite.Connection, key: str, value: str) -> None:
    """Store one wish setting."""
    await conn.execute(
        "INSERT INTO wish_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


async def points(conn: aiosqlite.Connection) -> dict[str, int]:
    """Return the points a fulfilled wish earns, per category."""
    async with conn.execute("SELECT category, points FROM wish_points") as cur:
        return {str(r[0]): int(r[1]) for r in await cur.fetchall()}


async def set_points(conn: aiosqlite.Connection, category: str, value: int) -> None:
    """Set the points of a category."""
    await conn.execute(
        "INSERT INTO wish_points (category, points) VALUES (?, ?)"
        " ON CONFLICT (category) DO UPDATE SET points = excluded.points",
        (category, value),
    )


async def helper_ids(conn: aiosqlite.Connection) -> list[int]:
    """Return the people who may claim wishes: volunteers and members of active partners."""
    async with conn.execute(
        "SELECT id FROM people WHERE erased = 0 AND tg_id IS NOT NULL AND (role = 'volunteer'"
        " OR id IN (SELECT m.person_id FROM partner_members m"
        " JOIN partners p ON p.id = m.partner_id WHERE p.active = 1)) ORDER BY id"
    ) as cur:
        return [int(r[0]) for r in await cur.fetchall()]
