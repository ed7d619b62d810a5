"""The real bot's start on an older database, and its nightly backup, against the simulator."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import aiosqlite

from bot.clock import ShiftedClock
from sandbox.simulator import BotApiSimulator
from storage import due
from storage.migrations import _migrations, apply_migrations, latest
from tests.e2e.harness import ADMIN, Harness


async def _first_release_database(path: Path) -> None:
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await apply_migrations(conn, [m for m in _migrations() if m[0] == 1])
        await conn.execute(
            "INSERT INTO people (tg_id, name, role, registered, created_at)"
            " VALUES (?, 'Admin Li', 'resident', 1, '2026-01-05T09:00:00+00:00')",
            (ADMIN,),
        )


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("linli-*.db"))


async def test_the_bot_backs_up_an_older_database_before_migrating_and_arms_the_nightly_backup(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> None:
    path = tmp_path / "linli.db"
    await _first_release_database(path)
    harness = Harness(
        sim=sim, db_path=path, clock=clock, settings_extra={"LINLI_BACKUP_HOUR": "03:00"}
    )
    await harness.start()
    try:
        (made,) = _backups(tmp_path / "backups")
        assert made.endswith(f"-before-v{latest():03d}.db")
        person = await harness.services.people.get(ADMIN)
        assert person is not None and person.name == "Admin Li"  # kept through the upgrade
        async with harness.services.env.db.reading() as conn:
            (night,) = await due.pending_of(conn, "backup")
        local = night.due_at.astimezone(harness.settings().zone)
        assert (local.hour, local.minute) == (3, 0)
        assert timedelta(0) < night.due_at - clock.now() <= timedelta(days=1)

        await harness.restart()  # up to date now: no second upgrade backup, the same night
        assert _backups(tmp_path / "backups") == [made]
        harness.travel(night.due_at - clock.now() + timedelta(minutes=1))
        assert await harness.tick() == 1
        await harness.services.nightly.settled()  # the copy runs beside the tick
        assert len(_backups(tmp_path / "backups")) == 2
        assert await harness.tick() == 0
    finally:
        await harness.stop()


async def test_without_a_backup_hour_the_bot_schedules_no_backup(bot: Harness) -> None:
    async with bot.services.env.db.reading() as conn:
        assert await due.pending_of(conn, "backup") == []
