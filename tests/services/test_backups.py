"""Backups and restore on real SQLite files: consistent under load, whole, refused when unsafe."""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta
from pathlib import Path

import aiosqlite
import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.models.outbox import OutboxMessage
from bot.services.operations.backups import BackupService, OperationRefused
from storage import due, outbox
from storage.db import Database
from storage.migrations import latest

WRITES = 200


async def _outbox_ids(path: Path) -> list[int]:
    async with (
        aiosqlite.connect(path) as conn,
        conn.execute("SELECT id FROM outbox ORDER BY id") as cur,
    ):
        return [int(row[0]) for row in await cur.fetchall()]


async def _write(db: Database, clock: ShiftedClock, i: int) -> None:
    async with db.transaction() as conn:
        await outbox.add(conn, OutboxMessage(chat_id=1, text=f"message {i}"), clock.now())


async def test_a_backup_taken_while_200_writes_run_is_whole_and_shows_one_moment(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    backups = BackupService(settings, clock)
    for i in range(20):  # something there before the race starts
        await _write(db, clock, i)
    before = len(await _outbox_ids(settings.db))
    writers = [asyncio.create_task(_write(db, clock, 100 + i)) for i in range(WRITES)]
    await asyncio.sleep(0)  # the writers are under way when the copy starts
    made = await backups.make()
    await asyncio.gather(*writers)
    after = len(await _outbox_ids(settings.db))

    copied = await _outbox_ids(made.path)
    assert before <= len(copied) <= after == before + WRITES
    # One moment: every message up to some point, none missing in between.
    assert copied == list(range(1, len(copied) + 1))
    async with aiosqlite.connect(made.path) as conn:
        async with conn.execute("PRAGMA integrity_check") as cur:
            assert await cur.fetchone() == ("ok",)
        async with conn.execute("PRAGMA journal_mode") as cur:
            assert await cur.fetchone() == ("delete",)  # one self-contained file
    assert made.size == made.path.stat().st_size > 0


async def test_a_backup_is_named_by_the_community_clock_and_never_overwrites_one(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    backups = BackupService(settings, clock)
    first = await backups.make()
    second = await backups.make()
    stamp = clock.now().astimezone(settings.zone).strftime("%Y-%m-%dT%H%M")
    assert first.path == settings.db.parent / "backups" / f"linli-{stamp}.db"
    assert second.path != first.path and second.path.is_file()
    assert [p.name for p in first.path.parent.iterdir() if p.suffix == ".tmp"] == []


async def test_backups_older_than_the_days_kept_are_pruned_and_other_files_stay(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    folder = settings.db.parent / "backups"
    folder.mkdir()
    today = clock.now().astimezone(settings.zone)
    old = folder / f"linli-{(today - timedelta(days=15)):%Y-%m-%dT0300}.db"
    kept = folder / f"linli-{(today - timedelta(days=13)):%Y-%m-%dT0300}.db"
    mine = folder / "notes.txt"
    half_written = folder / ".linli-2027-03-01T0300.db.4242.tmp"  # a crash mid-copy, long ago
    for path in (old, kept, mine, half_written):
        path.write_text("x")
    long_ago = (clock.now() - timedelta(days=3)).timestamp()
    os.utime(half_written, (long_ago, long_ago))
    made = await BackupService(settings, clock).make()
    assert not old.exists() and not half_written.exists()
    assert kept.exists() and mine.exists() and made.path.exists()


async def test_a_backup_to_a_path_that_exists_is_refused_in_one_line(
    db: Database, settings: Settings, clock: ShiftedClock, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.db"
    taken.write_text("mine")
    with pytest.raises(OperationRefused) as refused:
        await BackupService(settings, clock).make(taken)
    assert "exists already" in str(refused.value) and "\n" not in str(refused.value)
    assert taken.read_text() == "mine"


async def test_restore_brings_back_exactly_what_was_there_and_keeps_the_current_aside(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    backups = BackupService(settings, clock)
    for i in range(30):
        await _write(db, clock, i)
    made = await backups.make()
    for i in range(30, 45):
        await _write(db, clock, i)
    await db.close()

    aside = await backups.restore(made.path)

    assert await _outbox_ids(settings.db) == list(range(1, 31))
    assert aside is not None and aside.name.startswith("linli.db.before-restore-")
    assert await _outbox_ids(aside) == list(range(1, 46))
    reopened = Database(settings.db)
    await reopened.connect()  # the bot starts on it as on any other
    async with reopened.reading() as conn:
        assert len(await outbox.due(conn, clock.now() + timedelta(days=1), 100)) == 30
    await reopened.close()


async def test_a_corrupt_file_is_refused_with_one_line_and_the_database_is_untouched(
    db: Database, settings: Settings, clock: ShiftedClock, tmp_path: Path
) -> None:
    await _write(db, clock, 1)
    made = await BackupService(settings, clock).make()
    damaged = tmp_path / "damaged.db"
    data = bytearray(made.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's schema, overwritten
    damaged.write_bytes(bytes(data))
    garbage = tmp_path / "notes.db"
    garbage.write_text("these are not the droids you are looking for" * 100)

    for bad in (damaged, garbage):
        with pytest.raises(OperationRefused) as refused:
            await BackupService(settings, clock).restore(bad)
        assert "is not a sound SQLite database" in str(refused.value)
        assert "\n" not in str(refused.value)
    assert await _outbox_ids(settings.db) == [1]
    assert not list(settings.db.parent.glob("*.before-restore-*"))


async def test_a_file_from_a_newer_linli_is_refused_with_one_line(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    made = await BackupService(settings, clock).make()
    async with aiosqlite.connect(made.path, isolation_level=None) as conn:
        await conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (latest() + 1, "999_future.sql", "2030-01-01T00:00:00+00:00"),
        )
    with pytest.raises(OperationRefused) as refused:
        await BackupService(settings, clock).restore(made.path)
    message = str(refused.value)
    assert f"schema version {latest() + 1}, newer than this Linli knows ({latest()})" in message
    assert "\n" not in message


async def test_check_reports_the_backlog_and_late_due_work(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    await _write(db, clock, 1)
    await _write(db, clock, 2)
    async with db.transaction() as conn:
        await due.add(conn, "overdue", 1, clock.now() - timedelta(hours=2))
        await due.add(conn, "overdue", 2, clock.now() + timedelta(hours=2))
    clock.advance(timedelta(minutes=10))
    report = await BackupService(settings, clock).check()
    assert report.integrity == "ok" and report.healthy
    assert report.schema_version == report.code_version == latest()
    assert report.outbox_backlog == 2 and report.outbox_oldest is not None
    assert clock.now() - report.outbox_oldest >= timedelta(minutes=10)
    assert report.due_late == 1


async def test_a_restore_under_the_running_bot_is_refused_and_changes_nothing(
    db: Database, settings: Settings, clock: ShiftedClock
) -> None:
    await _write(db, clock, 1)
    made = await BackupService(settings, clock).make()
    await _write(db, clock, 2)
    with pytest.raises(OperationRefused) as refused:
        await BackupService(settings, clock).restore(made.path)
    assert str(refused.value) == f"the bot has {settings.db} open: stop it first, then restore"
    assert await _outbox_ids(settings.db) == [1, 2]
    assert not list(settings.db.parent.glob("*.before-restore-*"))
    await db.close()  # stopped: now it goes ahead
    assert await BackupService(settings, clock).restore(made.path) is not None
    assert await _outbox_ids(settings.db) == [1]
