"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a file `NNN_name.sql` in this folder. Each one applied is recorded in the
`schema_migrations` table, and a start applies every file not recorded there, in number
order: a migration merged from a branch with a lower number than one already applied still
runs. `PRAGMA user_version` mirrors the highest number, for tools that read it. Never edit a
shipped file: add the next number instead.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from importlib import resources

import aiosqlite

Migration = tuple[int, str, str]  # number, file name, SQL

_LEDGER = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


def _migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


async def _applied(conn: aiosqlite.Connection, known: list[Migration]) -> set[int]:
    """Return the numbers already applied; a database from before the table counts as
    having applied every known file up to its user_version."""
    await conn.execute(_LEDGER)
    async with conn.execute("SELECT version FROM schema_migrations") as cur:
        applied = {int(row[0]) for row in await cur.fetchall()}
    if applied:
        return applied
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    legacy = int(row[0]) if row else 0
    return {number for number, _, _ in known if number <= legacy}


async def apply_migrations(
    conn: aiosqlite.Connection, migrations: list[Migration] | None = None
) -> int:
    """Apply every migration the database has not had; return the highest number applied."""
    known = _migrations() if migrations is None else sorted(migrations)
    applied = await _applied(conn, known)
    for number, name, sql in known:
        if number in applied:
            continue
        # executescript would commit on its own; run statement by statement inside BEGIN.
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(sql):
                await conn.execute(statement)
            await _record(conn, number, name)
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")
        applied.add(number)
    await conn.execute("BEGIN IMMEDIATE")
    for number, name, _ in known:  # rows for a database from before the table
        if number in applied:
            await _record(conn, number, name)
    highest = max(applied, default=0)
    await conn.execute(f"PRAGMA user_version = {int(highest)}")
    await conn.execute("COMMIT")
    return highest


async def _record(conn: aiosqlite.Connection, number: int, name: str) -> None:
    await conn.execute(
        "INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        (number, name, datetime.now(UTC).isoformat()),
    )


def _split(sql: str) -> list[str]:
    """Cut a file into statements; a trigger's body holds `;` and stays whole (SQLite's own
    `complete_statement` says where a statement really ends)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    statements: list[str] = []
    pending = ""
    for piece in "\n".join(lines).split(";"):
        pending = f"{pending};{piece}" if pending else piece
        if sqlite3.complete_statement(pending + ";"):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
