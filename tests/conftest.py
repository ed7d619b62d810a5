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
from tests.clock import ANY_HOURS, DEFAULT_HOUR, chosen_hour, pinned_clock

ADMIN_TG = 1000
STAFF_CHAT = -100500


def at_local_time(clock: ShiftedClock, zone: ZoneInfo, hour: int, minute: int = 0) -> datetime:
    """Move the clock to `hour:minute` in `zone` on the day after its own today; return it (UTC).

    Tests about one hour (quiet hours) jump there, so they pass whatever hour they start at.
    """
    day = clock.now().astimezone(zone).date() + timedelta(days=1)
    target = datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)
    clock.advance(target - clock.now())
    return target


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test marked `any_hour` once per hour in ANY_HOURS (night and noon)."""
    if metafunc.definition.get_closest_marker("any_hour") is not None:
        ids = [f"at-{hour:02d}h" for hour in ANY_HOURS]
        metafunc.parametrize("local_hour", ANY_HOURS, indirect=True, ids=ids)


@pytest.fixture
def local_hour(request: pytest.FixtureRequest) -> int:
    """Return the community's hour the test starts at: 15 for daytime tests, an any_hour run's, else the chosen one."""
    if request.node.get_closest_marker("daytime") is not None:
        return DEFAULT_HOUR
    hour: int = getattr(request, "param", chosen_hour())
    return hour


@pytest.fixture
def clock(settings: Settings, local_hour: int) -> ShiftedClock:
    """Return the bot's clock, pinned to a Wednesday at `local_hour`:00 in the community."""
    return pinned_clock(local_hour, settings.zone)


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
