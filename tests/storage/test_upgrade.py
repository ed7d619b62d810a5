"""Upgrades: a database made by the oldest migrations, filled, then started on by this code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.services.operations.backups import BackupService, OperationRefused
from storage import requests as requests_repo
from storage import search
from storage.db import Database
from storage.migrations import SchemaTooNew, _migrations, apply_migrations, latest

THEN = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
Snapshot = dict[str, list[tuple[Any, ...]]]


def _at(minutes: int) -> str:
    return (THEN + timedelta(minutes=minutes)).isoformat()


async def _fill(conn: aiosqlite.Connection) -> None:
    """Write what a community would have had under the first release, in its columns only."""
    people = [
        (100 + i, f"Resident {i}", str(1 + i % 3), f"{i}-101", "resident", 1, _at(i))
        for i in range(30)
    ]
    await conn.executemany(
        "INSERT INTO people (tg_id, name, building, unit, role, registered, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        people,
    )
    await conn.execute(
        "INSERT INTO people (tg_id, name, role, registered, created_at)"
        " VALUES (900, 'Zhou Min', 'staff', 1, ?)",
        (_at(0),),
    )
    await conn.executemany(
        "INSERT INTO buildings (name, grid, position) VALUES (?, ?, ?)",
        [("1", "north", 1), ("2", "north", 2), ("3", "south", 3)],
    )
    await conn.executemany(
        "INSERT INTO requests (resident_id, category, description, status, owner_id,"
        " created_at, due_at, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1 + i % 30,
                ("repairs", "sanitation", "neighbours")[i % 3],
                f"The lift in building {1 + i % 3} stops between floors, case {i}",
                ("new", "taken", "resolved")[i % 3],
                31 if i % 3 else None,
                _at(i),
                _at(i + 1440),
                f"chat:{i}",
            )
            for i in range(100)
        ],
    )
    await conn.executemany(
        "INSERT INTO request_entries (request_id, at, actor_id, kind, body) VALUES (?, ?, ?, ?, ?)",
        [(1 + i, _at(i), 1 + i % 30, "filed", f"case {i}") for i in range(100)],
    )
    await conn.executemany(
        "INSERT INTO outbox (chat_id, text, status, next_attempt_at, person_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(100 + i % 30, f"Your request {i}", "sent", _at(i), 1 + i % 30, _at(i)) for i in range(40)]
        + [(-100500, "New request", "pending", _at(200), None, _at(200))],
    )
    await conn.executemany(
        "INSERT INTO due_work (kind, ref_id, due_at) VALUES (?, ?, ?)",
        [("overdue", 1 + i, _at(i + 1440)) for i in range(20)],
    )
    await conn.execute(
        "INSERT INTO drafts (tg_id, flow, step, data, updated_at)"
        " VALUES (105, 'request', 'describe', '{\"category\": \"repairs\"}', ?)",
        (_at(5),),
    )
    await conn.execute(
        "INSERT INTO staff_invites (token, created_by, created_at, expires_at)"
        " VALUES ('abc123', 31, ?, ?)",
        (_at(0), _at(10080)),
    )


async def _snapshot(conn: aiosqlite.Connection, columns: dict[str, list[str]]) -> Snapshot:
    found: Snapshot = {}
    for table, names in columns.items():
        listed = ", ".join(f'"{name}"' for name in names)
        async with conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY rowid') as cur:
            found[table] = [tuple(row) for row in await cur.fetchall()]
    return found


async def _columns(conn: aiosqlite.Connection) -> dict[str, list[str]]:
    async with conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name != 'schema_migrations'"
    ) as cur:
        tables = [str(row[0]) for row in await cur.fetchall()]
    columns = {}
    for table in tables:
        async with conn.execute(f'PRAGMA table_info("{table}")') as cur:
            columns[table] = [str(row[1]) for row in await cur.fetchall()]
    return columns


async def _first_release(path: Path) -> tuple[dict[str, list[str]], Snapshot]:
    oldest = [m for m in _migrations() if m[0] == 1]
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await apply_migrations(conn, oldest)
        await conn.execute("BEGIN")
        await _fill(conn)
        await conn.execute("COMMIT")
        columns = await _columns(conn)
        return columns, await _snapshot(conn, columns)


async def test_a_database_of_the_first_release_is_upgraded_with_nothing_lost_and_a_backup_first(
    settings: Settings, clock: ShiftedClock
) -> None:
    columns, before = await _first_release(settings.db)
    assert sum(len(rows) for rows in before.values()) > 200

    made = await BackupService(settings, clock).before_start()
    db = Database(settings.db)
    await db.connect()
    try:
        async with db.reading() as conn:
            assert await _snapshot(conn, columns) == before
            async with conn.execute("PRAGMA user_version") as cur:
                assert tuple(await cur.fetchone() or ()) == (latest(),)
            old = await requests_repo.get(conn, 42)
            assert old is not None and old.description.endswith("case 41")
            found = await search.find(conn, "requests", ["building 2"], limit=200)
            assert len(found) == 33  # the search index (migration 009) knows the old requests
    finally:
        await db.close()

    assert made is not None and made.path.parent == settings.db.parent / "backups"
    assert made.path.name.endswith(f"-before-v{latest():03d}.db")
    async with aiosqlite.connect(made.path) as conn:
        async with conn.execute("SELECT MAX(version) FROM schema_migrations") as cur:
            assert tuple(await cur.fetchone() or ()) == (
                1,
            )  # the database as it was before the upgrade
        assert await _snapshot(conn, columns) == before


async def test_a_database_already_up_to_date_starts_without_a_backup(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    assert await BackupService(settings, clock).before_start() is None
    assert not (settings.db.parent / "backups").exists()


async def test_a_database_from_a_newer_linli_is_refused_before_anything_is_written(
    settings: Settings, clock: ShiftedClock
) -> None:
    future = (latest() + 1, f"{latest() + 1:03d}_future.sql", "CREATE TABLE future (x INTEGER)")
    async with aiosqlite.connect(settings.db, isolation_level=None) as conn:
        await apply_migrations(conn, [*_migrations(), future])
    with pytest.raises(OperationRefused) as refused:
        await BackupService(settings, clock).before_start()
    assert "newer than this Linli knows" in str(refused.value)
    assert "\n" not in str(refused.value)
    with pytest.raises(SchemaTooNew):
        await Database(settings.db).connect()
    assert not (settings.db.parent / "backups").exists()
