"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a file `NNN_name.sql` in this folder. Each one applied is recorded in the
`schema_migrations` table, and a start applies every file not recorded there, in number
order: a migration merged from a branch with a lower number than one already applied still
runs. `PRAGMA user_version` mirrors the highest number, for tools that read it. Never edit a
shipped file: add the next number instead.

A database that has had a migration this code does not know (it was opened by a newer
Linli) is refused with `SchemaTooNew` before anything is written: an older program would not
know the newer tables' rules and could break them.
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


class SchemaTooNew(Exception):
    """The database was made by a newer Linli than this one; the message is one line."""

    def __init__(self, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(
            f"the database is at schema version {found}, newer than this Linli knows "
            f"({known}): install the newer Linli, or restore a backup made by this one"
        )


def latest() -> int:
    """Return the highest migration number this code ships."""
    return max((number for number, _, _ in _migrations()), default=0)


async def pending(conn: aiosqlite.Connection) -> list[int]:
    """Return the numbers of the migrations the database has not had yet (reads only)."""
    known = _migrations()
    applied = await _recorded(conn, known)
    return [number for number, _, _ in known if number not in applied]


async def version_of(conn: aiosqlite.Connection) -> int:
    """Return the database's schema version: the highest migration it records (0 if none)."""
    highest = 0
    if await _has_ledger(conn):
        async with conn.execute("SELECT MAX(version) FROM schema_migrations") as cur:
            row = await cur.fetchone()
        highest = int(row[0]) if row and row[0] is not None else 0
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return max(highest, int(row[0]) if row else 0)


async def _has_ledger(conn: aiosqlite.Connection) -> bool:
    async with conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ) as cur:
        return await cur.fetchone() is not None


def _migrations() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".sql"):
            number = int(entry.name.split("_", 1)[0])
            found.append((number, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


async def _applied(conn: aiosqlite.Connection, known: list[Migration]) -> set[int]:
    """Return the numbers already applied, creating the ledger table if it is missing."""
    await conn.execute(_LEDGER)
    return await _recorded(conn, known)


async def _recorded(conn: aiosqlite.Connection, known: list[Migration]) -> set[int]:
    """Return the numbers the database records; one from before the ledger table counts as
    having applied every known file up to its user_version."""
    applied: set[int] = set()
    if await _has_ledger(conn):
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
    newest_known = max((number for number, _, _ in known), default=0)
    found = await version_of(conn)
    if found > newest_known:
        raise SchemaTooNew(found, newest_known)
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
