"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a file `NNN_name.sql` in this folder. The version reached is kept in
`PRAGMA user_version`, so a restart applies only what is new. Never edit a shipped file:
add the next number instead.
"""

from __future__ import annotations

from importlib import resources

import aiosqlite


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


async def apply_migrations(conn: aiosqlite.Connection) -> int:
    """Apply every migration newer than the database; return the version reached."""
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    current = int(row[0]) if row else 0
    for number, _name, sql in _migrations():
        if number <= current:
            continue
        # executescript would commit on its own; run statement by statement inside BEGIN.
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(sql):
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {int(number)}")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")
        current = number
    return current


def _split(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
