"""The nightly backup is due work: once a night, made up after a night the bot was down."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.services import Services, build_services
from bot.services.operations.nightly import BACKUP
from storage import due, outbox
from storage.db import Database
from tests.clock import pinned_clock

SHANGHAI = "Asia/Shanghai"
ADMIN = 1000


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        TELEGRAM_BOT_TOKEN="123:TEST", LINLI_DB=tmp_path / "linli.db", LINLI_TZ=SHANGHAI
    )


@pytest.fixture
def clock(settings: Settings) -> ShiftedClock:
    return pinned_clock(15, settings.zone)  # Wednesday 15:00 in Shanghai


class Bot:
    """The parts of a running bot the nightly backup uses; `restart` is a stop and a start."""

    def __init__(self, settings: Settings, clock: ShiftedClock) -> None:
        self.settings, self.clock = settings, clock
        self.db = Database(settings.db)
        self.services: Services | None = None

    async def start(self) -> Services:
        self.db = Database(self.settings.db)
        await self.db.connect()
        self.services = build_services(self.db, self.clock, self.settings)
        await self.services.nightly.arm()
        return self.services

    async def restart(self) -> Services:
        await self.db.close()
        return await self.start()

    def backups(self) -> list[Path]:
        folder = self.settings.db.parent / "backups"
        return sorted(folder.glob("linli-*.db")) if folder.is_dir() else []

    async def pending(self) -> list[datetime]:
        async with self.db.reading() as conn:
            return [w.due_at for w in await due.pending_of(conn, BACKUP)]


@pytest.fixture
async def bot(settings: Settings, clock: ShiftedClock) -> AsyncIterator[Bot]:
    running = Bot(settings, clock)
    await running.start()
    yield running
    await running.db.close()


def at(clock: ShiftedClock, settings: Settings, day: int, hour: int, minute: int = 0) -> None:
    """Move the clock to March `day`, 2027, `hour`:`minute` in the community's zone."""
    target = datetime(2027, 3, day, hour, minute, tzinfo=settings.zone)
    clock.advance(target - clock.now())


async def test_the_first_start_schedules_the_backup_for_three_at_night_in_the_community(
    bot: Bot,
) -> None:
    assert await bot.pending() == [datetime(2027, 3, 17, 19, 0, tzinfo=UTC)]  # 03:00 in Shanghai
    assert bot.services is not None
    assert await bot.services.due.run_due() == 0
    assert bot.backups() == []


async def test_the_backup_runs_once_at_its_hour_and_not_again_after_a_restart(
    bot: Bot, settings: Settings, clock: ShiftedClock, caplog: pytest.LogCaptureFixture
) -> None:
    assert bot.services is not None
    at(clock, settings, 18, 3, 1)
    with caplog.at_level(logging.INFO, logger="bot.services.operations"):
        assert await bot.services.due.run_due() == 1
        await bot.services.nightly.settled()  # the copy runs beside the tick
    assert [p.name for p in bot.backups()] == ["linli-2027-03-18T0301.db"]
    made = [r.getMessage() for r in caplog.records if r.getMessage().startswith("backup made")]
    assert len(made) == 1 and "linli-2027-03-18T0301.db (" in made[0]

    services = await bot.restart()
    assert await services.due.run_due() == 0
    at(clock, settings, 18, 9)
    assert await services.due.run_due() == 0
    assert len(bot.backups()) == 1
    assert await bot.pending() == [datetime(2027, 3, 18, 19, 0, tzinfo=UTC)]  # the next night


async def test_nights_the_bot_was_down_are_made_up_once_on_start(
    bot: Bot, settings: Settings, clock: ShiftedClock
) -> None:
    await bot.db.close()  # down from Wednesday afternoon to Saturday noon: three nights
    at(clock, settings, 20, 12)
    services = await bot.start()
    assert await services.due.run_due() == 1
    await services.nightly.settled()  # the copy runs beside the tick
    assert await services.due.run_due() == 0
    assert [p.name for p in bot.backups()] == ["linli-2027-03-20T1200.db"]
    assert await bot.pending() == [datetime(2027, 3, 20, 19, 0, tzinfo=UTC)]  # tonight, 03:00


async def test_a_backup_cut_short_by_a_stop_is_made_up_by_its_safety_net(
    bot: Bot, settings: Settings, clock: ShiftedClock
) -> None:
    assert bot.services is not None
    at(clock, settings, 18, 3)
    assert await bot.services.due.run_due() == 1
    await bot.db.close()  # stopped before the copy could record itself
    await bot.services.nightly.settled()
    services = await bot.start()
    (net,) = await bot.pending()
    assert net - clock.now() <= timedelta(hours=1)  # the safety net, kept across the restart
    clock.advance(timedelta(hours=1, minutes=1))
    assert await services.due.run_due() == 1
    await services.nightly.settled()
    assert await services.due.run_due() == 0
    assert len(bot.backups()) >= 1
    assert await bot.pending() == [datetime(2027, 3, 18, 19, 0, tzinfo=UTC)]  # the next night


async def test_a_backup_that_fails_is_logged_told_to_the_admins_once_and_retried_hourly(
    settings: Settings, clock: ShiftedClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    broken = Bot(settings.model_copy(update={"backup_dir": blocked, "admins": {ADMIN}}), clock)
    services = await broken.start()
    await services.people.touch(ADMIN, "Admin Li", "zh-hans")
    at(clock, settings, 18, 3)
    with caplog.at_level(logging.ERROR, logger="bot.services.operations"):
        assert await services.due.run_due() == 1
        await services.nightly.settled()  # the copy runs beside the tick
    assert any(r.getMessage().startswith("backup failed: ") for r in caplog.records)
    retry = clock.now() + timedelta(hours=1)
    (pending,) = await broken.pending()
    assert abs(pending - retry) < timedelta(seconds=5)
    services = await broken.restart()  # a retry is kept across a restart: before the next night
    assert await broken.pending() == [pending]

    clock.advance(timedelta(hours=1, minutes=1))
    assert await services.due.run_due() == 1  # the retry fails too: logged, not told again
    await services.nightly.settled()  # the copy runs beside the tick
    async with broken.db.reading() as conn:
        told = await outbox.due(conn, clock.now(), 10)
    assert [m.chat_id for m in told] == [ADMIN]
    assert told[0].text.startswith("⚠️ 每晚的数据库自动备份这次没能完成：")
    assert str(blocked) in told[0].text
    await broken.db.close()


async def test_a_new_backup_hour_replaces_the_one_scheduled_and_off_schedules_none(
    bot: Bot, settings: Settings
) -> None:
    bot.settings = settings.model_copy(update={"backup_hour": datetime(2000, 1, 1, 4, 30).time()})
    await bot.restart()
    assert await bot.pending() == [datetime(2027, 3, 17, 20, 30, tzinfo=UTC)]
    bot.settings = settings.model_copy(update={"backup_hour": None})
    await bot.restart()
    assert await bot.pending() == []
