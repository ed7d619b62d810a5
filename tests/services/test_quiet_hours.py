"""Quiet hours hold every message written to many people at once, not only notices.

The community here is in Shanghai, so "02:11" is 02:11 on the residents' own clocks; the
default quiet hours are 22:00-07:00.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.models.outbox import OutboxMessage
from bot.services import Services, build_services
from storage.db import Database
from tests.conftest import ADMIN_TG, STAFF_CHAT, add_resident, at_local_time
from tests.services.test_events import make_event
from tests.services.volunteer_helpers import make_task
from tests.services.volunteer_helpers import make_volunteer as approved_volunteer
from tests.services.wish_setup import HELPERS, RESIDENT, published_wish, setup_people

RESIDENTS = (11, 12)
VOLUNTEER = 61


@pytest.fixture
async def shanghai(tmp_path: Path, clock: ShiftedClock) -> AsyncIterator[Services]:
    """Services for a community in Shanghai, with two residents, helpers and a volunteer."""
    settings = Settings(
        TELEGRAM_BOT_TOKEN="123:TEST",
        LINLI_DB=tmp_path / "quiet.db",
        LINLI_ADMINS=str(ADMIN_TG),
        LINLI_STAFF_CHAT=STAFF_CHAT,
        LINLI_TZ="Asia/Shanghai",
    )
    database = Database(settings.db)
    await database.connect()
    services = build_services(database, clock, settings)
    await services.people.touch(ADMIN_TG, "Admin Li", "en")
    for name in ("1", "2", "3"):
        await services.community.add_building(ADMIN_TG, name)
    for tg_id in RESIDENTS:
        await add_resident(services, tg_id, f"Resident {tg_id}", unit=f"1-{tg_id}")
    await setup_people(services)
    await approved_volunteer(services, VOLUNTEER, "Liu Yang", skills=("patrol",))
    yield services
    await database.close()


def at(services: Services, clock: ShiftedClock, hour: int, minute: int = 0) -> datetime:
    """Pin the clock at `hour:minute` on the community's clock; return that instant."""
    return at_local_time(clock, services.env.settings.zone, hour, minute)


async def due_to(services: Services, chat_id: int, words: str) -> list[OutboxMessage]:
    """Return the messages due now for a chat whose text contains `words`."""
    return [
        m for m in await services.outbox.due(10_000) if m.chat_id == chat_id and words in m.text
    ]


async def test_an_event_announcement_made_at_2_11_at_night_waits_until_7_and_goes_then(
    shanghai: Services, clock: ShiftedClock
) -> None:
    night = at(shanghai, clock, 2, 11)
    await make_event(shanghai, clock, capacity=5)
    for chat in RESIDENTS:
        assert await due_to(shanghai, chat, "Free clinic") == []
    clock.advance(timedelta(hours=4, minutes=48))  # 06:59
    assert await due_to(shanghai, RESIDENTS[0], "Free clinic") == []
    clock.advance(timedelta(minutes=1))
    for chat in RESIDENTS:
        [announced] = await due_to(shanghai, chat, "Free clinic")
        assert announced.next_attempt_at == night + timedelta(hours=4, minutes=49)


async def test_a_new_wish_alert_at_2_11_waits_until_7_but_the_residents_own_answer_does_not(
    shanghai: Services, clock: ShiftedClock
) -> None:
    at(shanghai, clock, 2, 11)
    await published_wish(shanghai)
    assert await due_to(shanghai, HELPERS[0], "school bag") == []
    assert await due_to(shanghai, RESIDENT, "W-") != []  # "your wish is published": personal
    clock.advance(timedelta(hours=4, minutes=49))
    for chat in HELPERS:
        assert len(await due_to(shanghai, chat, "school bag")) == 1


async def test_a_new_task_announcement_at_2_11_waits_until_7(
    shanghai: Services, clock: ShiftedClock
) -> None:
    at(shanghai, clock, 2, 11)
    await make_task(shanghai, clock)
    assert await due_to(shanghai, VOLUNTEER, "New task") == []
    clock.advance(timedelta(hours=4, minutes=49))
    assert len(await due_to(shanghai, VOLUNTEER, "New task")) == 1


async def test_at_15_00_event_announcements_wish_alerts_and_task_announcements_go_at_once(
    shanghai: Services, clock: ShiftedClock
) -> None:
    at(shanghai, clock, 15)
    await make_event(shanghai, clock, capacity=5)
    await published_wish(shanghai)
    await make_task(shanghai, clock)
    assert len(await due_to(shanghai, RESIDENTS[0], "Free clinic")) == 1
    assert len(await due_to(shanghai, HELPERS[0], "school bag")) == 1
    assert len(await due_to(shanghai, VOLUNTEER, "New task")) == 1


async def test_quiet_hours_turned_off_let_a_night_announcement_go_at_once(
    shanghai: Services, clock: ShiftedClock
) -> None:
    at(shanghai, clock, 2, 11)
    await shanghai.broadcasts.set_quiet_hours(ADMIN_TG, "0-0")
    await make_event(shanghai, clock, capacity=5)
    assert len(await due_to(shanghai, RESIDENTS[0], "Free clinic")) == 1


async def test_an_event_reminder_falling_in_quiet_hours_still_goes_at_its_time(
    shanghai: Services, clock: ShiftedClock
) -> None:
    at(shanghai, clock, 15)
    # Starts at 08:00 the day after tomorrow; the 2-hour reminder falls at 06:00.
    event_id = await make_event(shanghai, clock, capacity=5, hours_ahead=41, reminders=[2])
    await shanghai.events.sign_up(RESIDENTS[0], event_id)
    clock.advance(timedelta(hours=39))
    await shanghai.due.run_due()
    assert len(await due_to(shanghai, RESIDENTS[0], "Reminder")) == 1


def test_no_service_writes_outbox_rows_except_through_the_one_queue() -> None:
    """Every outbox row goes through ServiceEnv.queue, where quiet hours hold bulk rows."""
    services = Path(__file__).parents[2] / "bot" / "services"
    writes = re.compile(r"outbox(_repo)?\.add(_copies)?\(")
    found = [
        path.name
        for path in sorted(services.glob("*.py"))
        if path.name != "env.py" and writes.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
