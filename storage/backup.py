"""Copies of the database file, taken and put back with SQLite's own backup API.

Why the backup API and not a file copy: under WAL the newest commits may still live in the
`-wal` file, and a copy of a file being written can be torn. The backup API reads one
consistent snapshot through SQLite (taking it in one step, so writers on other connections
never make it start over) while the bot goes on writing; a restore writes through SQLite too,
so the target's own WAL is dealt with properly. A copy is made self-contained (journal mode
DELETE), so it is one file that can be moved anywhere.

These functions open connections of their own, never the bot's: `linli backup` and
`linli check` run in another process beside the bot.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from storage import migrations

BUSY_MS = 10_000  # how long a copy waits for a writer's lock before giving up


class CopyFailed(Exception):
    """SQLite could not copy a database (disk full, unreadable file); says what it said."""


@asynccontextmanager
async def opened(path: Path) -> AsyncIterator[aiosqlite.Connection]:
    """Open a connection of its own on a database file, closed when the block ends."""
    conn = await aiosqlite.connect(str(path), isolation_level=None)
    try:
        await conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        yield conn
    finally:
        await conn.close()


async def copy(source: Path, target: Path) -> None:
    """Write a consistent copy of the database at `source` to `target` (a new file)."""
    try:
        async with opened(source) as src, opened(target) as dst:
            await src.backup(dst, pages=-1)
            await dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise CopyFailed(str(exc)) from exc


async def put_back(source: Path, target: Path) -> None:
    """Overwrite the database at `target` with the contents of the copy at `source`."""
    try:
        async with opened(source) as src, opened(target) as dst:
            await src.backup(dst, pages=-1)
    except sqlite3.Error as exc:
        raise CopyFailed(str(exc)) from exc


def is_file(path: Path) -> bool:
    """Return True when a file (not a folder) is at `path`; a stat, too small to hand off."""
    return path.is_file()


async def integrity(path: Path) -> str:
    """Return "ok" when SQLite finds the file sound, else the first problem it reports."""
    if not is_file(path):
        return "no such file"
    try:
        async with opened(path) as conn, conn.execute("PRAGMA integrity_check(1)") as cur:
            row = await cur.fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer from integrity_check"


async def schema_version(path: Path) -> int:
    """Return the highest migration recorded in the file (0 for an empty database)."""
    async with opened(path) as conn:
        return await migrations.version_of(conn)


def _size(path: Path) -> int:
    return path.stat().st_size


async def has_tables(path: Path) -> bool:
    """Return True when the file holds any table (a database in use, not a new one)."""
    if not is_file(path) or _size(path) == 0:
        return False
    async with (
        opened(path) as conn,
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1") as cur,
    ):
        return await cur.fetchone() is not None
