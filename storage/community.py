"""Community settings that admins edit in the chat: buildings and request categories."""

from __future__ import annotations

import aiosqlite

from bot.models.people import Building
from bot.models.requests import Category


async def buildings(conn: aiosqlite.Connection) -> list[Building]:
    """Return the buildings in display order."""
    async with conn.execute("SELECT * FROM buildings ORDER BY position, name") as cur:
        return [Building.model_validate(dict(r)) for r in await cur.fetchall()]


async def add_building(conn: aiosqlite.Connection, name: str, grid: str | None) -> bool:
    """Add a building; return False when it already exists."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO buildings (name, grid, position)"
        " VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM buildings))",
        (name, grid),
    )
    return cur.rowcount == 1


async def set_grid(conn: aiosqlite.Connection, name: str, grid: str | None) -> bool:
    """Put a building in a grid (None: in none); False when there is no such building."""
    cur = await conn.execute("UPDATE buildings SET grid = ? WHERE name = ?", (grid, name))
    return cur.rowcount == 1


async def remove_building(conn: aiosqlite.Connection, name: str) -> bool:
    """Remove a building; return False when there was none."""
    cur = await conn.execute("DELETE FROM buildings WHERE name = ?", (name,))
    return cur.rowcount == 1


async def categories(conn: aiosqlite.Connection, *, active_only: bool = True) -> list[Category]:
    """Return the request categories in display order."""
    sql = "SELECT * FROM categories"
    if active_only:
        sql += " WHERE active = 1"
    async with conn.execute(sql + " ORDER BY position, code") as cur:
        return [Category.model_validate(dict(r)) for r in await cur.fetchall()]


async def category(conn: aiosqlite.Connection, code: str) -> Category | None:
    """Return one category."""
    async with conn.execute("SELECT * FROM categories WHERE code = ?", (code,)) as cur:
        row = await cur.fetchone()
    return Category.model_validate(dict(row)) if row else None


async def add_category(
    conn: aiosqlite.Connection, code: str, label: str, response_hours: int
) -> bool:
    """Add a custom category; return False when the code exists."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO categories (code, label, response_hours, position)"
        " VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM categories))",
        (code, label, response_hours),
    )
    return cur.rowcount == 1


async def set_category(
    conn: aiosqlite.Connection,
    code: str,
    *,
    response_hours: int | None = None,
    active: bool | None = None,
) -> bool:
    """Change a category's target or whether residents can pick it."""
    cur = await conn.execute(
        "UPDATE categories SET response_hours = COALESCE(?, response_hours),"
        " active = COALESCE(?, active) WHERE code = ?",
        (response_hours, active, code),
    )
    return cur.rowcount == 1
