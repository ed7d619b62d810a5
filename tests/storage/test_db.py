"""The database layer: migrations, transactions, pragmas, outbox and due-work rows."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest

from bot.models.outbox import OutboxMessage, OutboxStatus, Priority
from storage import drafts, due, outbox, people
from storage.db import Database
from storage.migrations import _migrations, apply_migrations

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def test_migrations_apply_once_and_record_their_version(db: Database) -> None:
    latest = max(number for number, _, _ in _migrations())
    async with db.transaction() as conn:
        pass
    async with db.reading() as conn:
        async with conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        assert row is not None and row[0] == latest
    async with db.reading() as conn:
        assert await apply_migrations(conn) == latest  # nothing new to apply


async def test_a_migration_merged_with_a_lower_number_still_runs_on_an_existing_database(
    tmp_path: Path,
) -> None:
    first = [(1, "001_a.sql", "CREATE TABLE a (x INTEGER)"), (3, "003_c.sql", "CREATE TABLE c (x)")]
    late = (2, "002_b.sql", "CREATE TABLE b (x INTEGER); INSERT INTO b VALUES (7)")
    async with aiosqlite.connect(tmp_path / "m.db", isolation_level=None) as conn:
        assert await apply_migrations(conn, first) == 3
        assert await apply_migrations(conn, [*first, late]) == 3
        async with conn.execute("SELECT x FROM b") as cur:
            assert await cur.fetchall() == [(7,)]
        async with conn.execute("SELECT version FROM schema_migrations ORDER BY version") as cur:
            assert [row[0] for row in await cur.fetchall()] == [1, 2, 3]
        assert await apply_migrations(conn, [*first, late]) == 3  # nothing runs twice


async def test_a_database_from_before_the_migrations_table_keeps_what_its_version_says(
    tmp_path: Path,
) -> None:
    known = [(1, "001_a.sql", "CREATE TABLE a (x INTEGER)"), (2, "002_b.sql", "CREATE TABLE b (x)")]
    async with aiosqlite.connect(tmp_path / "old.db", isolation_level=None) as conn:
        await conn.execute("CREATE TABLE a (x INTEGER)")
        await conn.execute("PRAGMA user_version = 1")
        assert await apply_migrations(conn, known) == 2
        async with conn.execute("SELECT name FROM schema_migrations ORDER BY version") as cur:
            assert [row[0] for row in await cur.fetchall()] == ["001_a.sql", "002_b.sql"]
        async with conn.execute("PRAGMA user_version") as cur:
            assert await cur.fetchone() == (2,)


async def test_the_database_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    async with db.reading() as conn:
        async with conn.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"  # type: ignore[index]
        async with conn.execute("PRAGMA foreign_keys") as cur:
            assert (await cur.fetchone())[0] == 1  # type: ignore[index]


async def test_a_failed_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await outbox.add(conn, OutboxMessage(chat_id=1, text="lost"), NOW)
            raise RuntimeError("boom")
    async with db.reading() as conn:
        assert await outbox.due(conn, NOW, 10) == []


async def test_concurrent_transactions_do_not_interleave(db: Database) -> None:
    async def add_pair(i: int) -> None:
        async with db.transaction() as conn:
            await outbox.add(conn, OutboxMessage(chat_id=i, text="a"), NOW)
            await asyncio.sleep(0)
            await outbox.add(conn, OutboxMessage(chat_id=i, text="b"), NOW)

    await asyncio.gather(*(add_pair(i) for i in range(20)))
    async with db.reading() as conn:
        rows = await outbox.due(conn, NOW, 100)
    chats = [r.chat_id for r in rows]
    assert chats == [c for i in range(20) for c in (i, i)]


async def test_personal_messages_come_before_bulk_ones(db: Database) -> None:
    async with db.transaction() as conn:
        for i in range(3):
            await outbox.add(
                conn, OutboxMessage(chat_id=i, text="bulk", priority=Priority.BULK), NOW
            )
        await outbox.add(conn, OutboxMessage(chat_id=9, text="personal"), NOW)
    async with db.reading() as conn:
        rows = await outbox.due(conn, NOW, 10)
    assert [r.text for r in rows] == ["personal", "bulk", "bulk", "bulk"]


async def test_a_message_in_flight_at_a_crash_is_sent_again_after_restart(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    first = Database(path)
    await first.connect()
    async with first.transaction() as conn:
        row_id = await outbox.add(conn, OutboxMessage(chat_id=5, text="hello"), NOW)
        await outbox.mark_sending(conn, [row_id])
    await first.close()
    second = Database(path)
    await second.connect()
    async with second.transaction() as conn:
        assert await outbox.requeue_interrupted(conn) == 1
    async with second.reading() as conn:
        rows = await outbox.due(conn, NOW, 10)
        assert [r.id for r in rows] == [row_id]
        assert (await outbox.counts(conn)) == {OutboxStatus.PENDING: 1}
    await second.close()


async def test_due_work_is_done_exactly_once_even_when_two_ticks_race(db: Database) -> None:
    async with db.transaction() as conn:
        await due.add(conn, "x", 1, NOW)
        await due.add(conn, "x", 1, NOW)  # the same work stored once
    async with db.reading() as conn:
        works = await due.due(conn, NOW, 10)
    assert len(works) == 1

    async def finish() -> bool:
        async with db.transaction() as conn:
            return await due.finish(conn, works[0].id, NOW)

    results = await asyncio.gather(finish(), finish(), finish())
    assert sorted(results) == [False, False, True]


async def test_work_not_yet_due_is_left_for_later(db: Database) -> None:
    async with db.transaction() as conn:
        await due.add(conn, "x", 1, NOW + timedelta(hours=1))
    async with db.reading() as conn:
        assert await due.due(conn, NOW, 10) == []
        assert len(await due.due(conn, NOW + timedelta(hours=2), 10)) == 1


async def test_under_concurrent_load_every_reader_sees_the_latest_commit(db: Database) -> None:
    """A read after a committed write sees it, even with many readers overlapping."""

    async def write_then_read(tg_id: int) -> bool:
        async with db.transaction() as conn:
            draft = await drafts.start(conn, tg_id, "request", "category", {}, NOW)
        for step in ("description", "extras", "confirm"):
            async with db.transaction() as conn:
                await drafts.save(conn, draft.id, step, {"step": step}, NOW)
            async with db.reading() as conn:
                seen = await drafts.get(conn, tg_id)
            if seen is None or seen.step != step:
                return False
        return True

    results = await asyncio.gather(*(write_then_read(i) for i in range(300)))
    assert all(results)


async def test_a_commit_that_queued_messages_wakes_the_sender_once(db: Database) -> None:
    woken: list[int] = []
    db.on_outbox_commit = lambda: woken.append(1)
    async with db.transaction() as conn:
        await outbox.add(conn, OutboxMessage(chat_id=7, text="one"), NOW)
        a = await people.insert(conn, tg_id=8, name="A", now=NOW)
        b = await people.insert(conn, tg_id=9, name="B", now=NOW)
        recipients = [(8, a.id), (9, b.id)]
        await outbox.add_copies(conn, OutboxMessage(chat_id=0, text="many"), recipients, NOW)
    assert woken == [1]


async def test_a_commit_that_queued_nothing_wakes_nobody(db: Database) -> None:
    woken: list[int] = []
    db.on_outbox_commit = lambda: woken.append(1)
    async with db.transaction() as conn:
        await conn.execute("CREATE TEMP TABLE scratch (x INTEGER)")
        await outbox.add_copies(conn, OutboxMessage(chat_id=0, text="nobody"), [], NOW)
    assert woken == []


async def test_messages_rolled_back_wake_nobody_and_the_next_commit_starts_clean(
    db: Database,
) -> None:
    woken: list[int] = []
    db.on_outbox_commit = lambda: woken.append(1)
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await outbox.add(conn, OutboxMessage(chat_id=7, text="lost"), NOW)
            raise RuntimeError("the rule refused it")
    async with db.transaction() as conn:
        pass
    assert woken == []
    async with db.reading() as conn:
        assert await outbox.due(conn, NOW, 10) == []


async def test_a_slow_reader_does_not_hold_up_the_next_one(db: Database) -> None:
    entered = asyncio.Event()
    release = asyncio.Event()

    async def slow_staff_list() -> None:
        async with db.reading():
            entered.set()
            await release.wait()  # Python work while holding its connection

    slow = asyncio.create_task(slow_staff_list())
    await entered.wait()
    async with asyncio.timeout(2):
        async with db.reading() as conn, conn.execute("SELECT 1") as cur:
            assert tuple(await cur.fetchone() or ()) == (1,)
    release.set()
    await slow


async def test_every_reader_sees_a_write_committed_before_it_opened(db: Database) -> None:
    for n in range(db.readers * 2):
        async with db.transaction() as conn:
            await drafts.start(conn, 1000 + n, "request", "category", {}, NOW)
        async with db.reading() as conn:
            assert (await drafts.get(conn, 1000 + n)) is not None
