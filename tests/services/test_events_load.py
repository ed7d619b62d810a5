"""Sign-ups under load, with real concurrency on a real SQLite file.

The database settles every race: 500 people pressing Sign up at once for 50 places, two
connections writing at the same time, a cancellation racing the waiting line, a press
delivered twice. Places never exceed capacity and nobody holds two.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.errors import Conflict
from bot.models.events import SignupStatus
from bot.services import Services, build_services
from storage.db import Database
from tests.conftest import ADMIN_TG
from tests.services.test_events import make_event

FIRST = 100_000


async def register_many(services: Services, count: int) -> list[int]:
    """Register `count` residents quickly (one transaction each, as in life)."""
    ids = list(range(FIRST, FIRST + count))
    for tg_id in ids:
        await services.people.touch(tg_id, f"Resident {tg_id}", "en")
        await services.people.register(tg_id, f"Resident {tg_id}", "1", "1-101", None)
    return ids


async def statuses(services: Services, event_id: int) -> dict[SignupStatus, list[int]]:
    """Return the person ids in each status, in the line's order."""
    roster = await services.event_desk.roster(ADMIN_TG, event_id)
    return {
        SignupStatus.CONFIRMED: [line.signup.person_id for line in roster.confirmed],
        SignupStatus.OFFERED: [line.signup.person_id for line in roster.offered],
        SignupStatus.WAITING: [line.signup.person_id for line in roster.waiting],
    }


async def test_500_people_at_once_for_50_places_fill_exactly_50_and_wait_in_order(
    services: Services, clock: ShiftedClock
) -> None:
    residents = await register_many(services, 500)
    event_id = await make_event(services, clock, capacity=50)
    views = await asyncio.gather(*(services.events.sign_up(r, event_id) for r in residents))
    confirmed = [v for v in views if v.mine and v.mine.status == SignupStatus.CONFIRMED]
    assert len(confirmed) == 50
    assert len({v.mine.code for v in confirmed if v.mine}) == 50
    found = await statuses(services, event_id)
    person_of = {r: (await services.people.get(r)).id for r in residents}  # type: ignore[union-attr]
    assert found[SignupStatus.CONFIRMED] == [person_of[r] for r in residents[:50]]
    assert found[SignupStatus.WAITING] == [person_of[r] for r in residents[50:]]
    assert [v.position for v in views[50:]] == list(range(1, 451))
    assert (await services.events.view(residents[0], event_id)).event.places_left == 0


@pytest.fixture
async def second(settings: Settings, clock: ShiftedClock) -> AsyncIterator[Services]:
    """A second writer on the same database file: its own connections and its own lock."""
    db = Database(settings.db)
    await db.connect()
    yield build_services(db, clock, settings)
    await db.close()


async def test_two_connections_writing_at_once_never_overbook(
    services: Services, second: Services, clock: ShiftedClock
) -> None:
    residents = await register_many(services, 120)
    event_id = await make_event(services, clock, capacity=30, per_person=2)
    sides = (services, second)
    views = await asyncio.gather(
        *(sides[i % 2].events.sign_up(r, event_id, 1 + i % 2) for i, r in enumerate(residents))
    )
    held = sum(v.mine.places for v in views if v.mine and v.mine.status == SignupStatus.CONFIRMED)
    assert held == (await services.events.view(residents[0], event_id)).event.taken
    assert 29 <= held <= 30  # a party of two may not fit the last single place
    found = await statuses(services, event_id)
    everyone = found[SignupStatus.CONFIRMED] + found[SignupStatus.WAITING]
    assert len(everyone) == len(set(everyone)) == 120


async def test_a_press_delivered_twice_at_the_same_moment_takes_one_place(
    services: Services, second: Services, clock: ShiftedClock
) -> None:
    residents = await register_many(services, 3)
    event_id = await make_event(services, clock, capacity=10, per_person=2)
    await asyncio.gather(
        *(side.events.sign_up(r, event_id, 2) for r in residents for side in (services, second))
    )
    assert (await services.events.view(residents[0], event_id)).event.taken == 6


async def test_a_freed_place_goes_to_exactly_one_person_when_cancellations_race_the_line(
    services: Services, second: Services, clock: ShiftedClock
) -> None:
    residents = await register_many(services, 12)
    event_id = await make_event(services, clock, capacity=4)
    for r in residents:
        await services.events.sign_up(r, event_id)
    # Two confirmed people cancel while the first two waiting leave the line, all at once.
    leaving = [residents[0], residents[1], residents[4], residents[5]]
    results = await asyncio.gather(
        *(
            (services if i % 2 else second).events.cancel(r, event_id)
            for i, r in enumerate(leaving)
        ),
        return_exceptions=True,
    )
    assert not [r for r in results if isinstance(r, Exception)]
    found = await statuses(services, event_id)
    view = await services.events.view(residents[2], event_id)
    assert view.event.taken == 4
    assert len(found[SignupStatus.CONFIRMED]) + len(found[SignupStatus.OFFERED]) == 4
    assert len(found[SignupStatus.OFFERED]) == 2
    person_of = {r: (await services.people.get(r)).id for r in residents}  # type: ignore[union-attr]
    assert found[SignupStatus.OFFERED] == [person_of[residents[6]], person_of[residents[7]]]
    # Accepting twice at once (two deliveries) confirms once; a cancel racing it wins or loses whole.
    racing = await asyncio.gather(
        services.events.accept(residents[6], event_id),
        second.events.accept(residents[6], event_id),
        second.events.cancel(residents[7], event_id),
        services.events.accept(residents[7], event_id),
        return_exceptions=True,
    )
    assert all(not isinstance(r, Exception) or isinstance(r, Conflict) for r in racing)
    found = await statuses(services, event_id)
    held = len(found[SignupStatus.CONFIRMED]) + len(found[SignupStatus.OFFERED])
    assert held == 4 == (await services.events.view(residents[2], event_id)).event.taken
