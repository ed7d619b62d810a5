"""Shared fixtures: a real SQLite database with real migrations and real services."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.services import Services, build_services
from storage.db import Database

ADMIN_TG = 1000
STAFF_CHAT = -100500


def at_local_time(clock: ShiftedClock, zone: ZoneInfo, hour: int, minute: int = 0) -> datetime:
    """Move the clock to `hour:minute` in `zone` on the day after its own today; return it (UTC).

    Tests that depend on the hour (quiet hours) pin it this way, so they pass at any real hour.
    """
    day = clock.now().astimezone(zone).date() + timedelta(days=1)
    target = datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)
    clock.offset = target - datetime.now(UTC)
    return target


@pytest.fixture
def clock() -> ShiftedClock:
    """A clock pinned at 10:00 (UTC, the tests' time zone): outside quiet hours, at any hour."""
    pinned = ShiftedClock()
    at_local_time(pinned, ZoneInfo("UTC"), 10)
    return pinned


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        TELEGRAM_BOT_TOKEN="123:TEST",
        LINLI_DB=tmp_path / "linli.db",
        LINLI_ADMINS=str(ADMIN_TG),
        LINLI_STAFF_CHAT=STAFF_CHAT,
    )


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings.db)
    await database.connect()
    yield database
    await database.close()


@pytest.fixture
async def services(db: Database, clock: ShiftedClock, settings: Settings) -> Services:
    """Services on a fresh database, with an admin and three buildings set up."""
    built = build_services(db, clock, settings)
    await built.people.touch(ADMIN_TG, "Admin Li", "en")
    for name in ("1", "2", "3"):
        await built.community.add_building(ADMIN_TG, name)
    return built


async def add_resident(
    services: Services,
    tg_id: int,
    name: str = "Wang Fang",
    building: str = "1",
    unit: str = "2-301",
    phone: str | None = "+86 138 0000 0000",
) -> None:
    """Register a resident the way the registration form does."""
    await services.people.touch(tg_id, name, "en")
    await services.people.register(tg_id, name, building, unit, phone)


async def add_staff(services: Services, tg_id: int, name: str) -> None:
    """Appoint a staff member through a one-time invite."""
    await services.people.touch(tg_id, name, "en")
    token = await services.people.create_staff_invite(ADMIN_TG)
    await services.people.accept_staff_invite(tg_id, token)
