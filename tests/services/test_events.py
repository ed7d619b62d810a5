"""Events for residents: sign up, the waiting line, timed offers, reminders, audiences."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, InvalidInput, NotAllowed, NotRegistered
from bot.models.events import Audience, EventSpec, SignupStatus
from bot.models.outbox import OutboxMessage, Priority
from bot.services import Services
from tests.conftest import ADMIN_TG, add_resident

A, B, C, D = 11, 12, 13, 14


async def make_event(
    services: Services,
    clock: ShiftedClock,
    *,
    capacity: int | None = 1,
    hours_ahead: int = 48,
    key: str = "test:1",
    **extra: object,
) -> int:
    """Publish an event `hours_ahead` from now, lasting two hours."""
    start = clock.now() + timedelta(hours=hours_ahead)
    spec = EventSpec(
        title="Free clinic 义诊",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        place="Community hall",
        capacity=capacity,
        **extra,
    )
    event, _ = await services.event_desk.create(ADMIN_TG, spec, source_key=key)
    return event.id


async def queued_to(services: Services, tg_id: int) -> list[OutboxMessage]:
    """Return the personal messages queued for a person (announcements left out)."""
    return [
        m
        for m in await services.outbox.due(1000)
        if m.chat_id == tg_id and m.priority == Priority.PERSONAL
    ]


async def offers_to(services: Services, tg_id: int, event_id: int) -> list[OutboxMessage]:
    """Return the offers queued for a person: messages with an Accept button."""
    return [
        m
        for m in await queued_to(services, tg_id)
        if m.buttons and m.buttons[0][0].data == f"ev:accept:{event_id}"
    ]


@pytest.fixture
async def people(services: Services) -> Services:
    for tg_id, name in ((A, "Wang Fang"), (B, "Li Ming"), (C, "Zhao Lei"), (D, "Chen Jie")):
        await add_resident(services, tg_id, name, building="2" if tg_id == D else "1")
    return services


async def test_a_place_comes_with_a_check_in_code_without_look_alike_characters(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5)
    view = await people.events.sign_up(A, event_id)
    assert view.mine is not None and view.mine.status == SignupStatus.CONFIRMED
    code = view.mine.code
    assert code is not None and len(code) == 6
    assert not set(code) & set("0O1IL2Z5S8B6G")
    assert view.event.places_left == 4


async def test_pressing_sign_up_twice_takes_one_place(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=5, per_person=2)
    first = await people.events.sign_up(A, event_id, 2)
    second = await people.events.sign_up(A, event_id, 2)
    assert first.mine is not None and second.mine is not None
    assert first.mine.id == second.mine.id and first.mine.code == second.mine.code
    assert (await people.events.view(A, event_id)).event.places_left == 3
    [told] = await queued_to(people, A)  # the details with the code, once
    assert first.mine.code is not None and first.mine.code in told.text
    assert told.buttons is not None


async def test_places_per_resident_are_limited(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(people, clock, capacity=5, per_person=2)
    with pytest.raises(InvalidInput):
        await people.events.sign_up(A, event_id, 3)


async def test_a_full_event_puts_people_on_the_waiting_list_in_order(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1)
    await people.events.sign_up(A, event_id)
    b = await people.events.sign_up(B, event_id)
    c = await people.events.sign_up(C, event_id)
    assert b.mine is not None and b.mine.status == SignupStatus.WAITING and b.position == 1
    assert c.position == 2 and c.waiting == 2


async def test_a_freed_place_is_offered_to_the_first_in_line_who_accepts(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1)
    for who in (A, B, C):
        await people.events.sign_up(who, event_id)
    await people.events.cancel(A, event_id)
    assert len(await offers_to(people, B, event_id)) == 1
    assert not await offers_to(people, C, event_id)
    accepted = await people.events.accept(B, event_id)
    assert accepted.mine is not None and accepted.mine.status == SignupStatus.CONFIRMED
    assert accepted.mine.code is not None
    assert (await people.events.view(C, event_id)).position == 1


@pytest.mark.any_hour
async def test_an_offer_not_taken_in_time_passes_to_the_next_in_line(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1)
    for who in (A, B, C):
        await people.events.sign_up(who, event_id)
    await people.events.cancel(A, event_id)
    clock.advance(timedelta(hours=11))
    assert await people.due.run_due() == 0
    clock.advance(timedelta(hours=1, seconds=1))
    assert await people.due.run_due() == 1
    assert any("not taken in time" in m.text for m in await queued_to(people, B))
    assert len(await offers_to(people, C, event_id)) == 1
    with pytest.raises(Conflict):
        await people.events.accept(B, event_id)
    assert (await people.events.view(B, event_id)).mine is None


@pytest.mark.any_hour
async def test_an_offer_ends_when_the_event_starts_if_that_is_sooner(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1, hours_ahead=3)
    await people.events.sign_up(A, event_id)
    await people.events.sign_up(B, event_id)
    await people.events.cancel(A, event_id)
    view = await people.events.view(B, event_id)
    assert view.mine is not None and view.mine.offer_until == view.event.starts_at


async def test_leaving_the_waiting_list_frees_no_place_and_keeps_the_order(
    people: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(people, clock, capacity=1)
    for who in (A, B, C):
        await people.events.sign_up(who, event_id)
    await people.events.cancel(B, event_id)
    assert (await people.events.view(C, event_id)).position == 1
    assert not await offers_to(people, C, event_id)
    again = await people.events.sign_up(B, event_id)  # back at the end of the line
    assert again.position == 2


@pytest.mark.any_hour
async def test_sign_up_closes_at_the_deadline(people: Services, clock: ShiftedClock) -> None:
    deadline = clock.now() + timedelta(hours=10)
    event_id = await make_event(people, clock, capacity=5, deadline=deadline)
    clock.advance(timedelta(hours=10, seconds=1))
    with pytest.raises(Conflict) as raised:
        await people.events.sign_up(A, event_id)
    assert raised.value.key == "error-signup-closed"


async def test_only_the_audience_may_sign_up(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(
        people, clock, capacity=5, audience=Audience.BUILDINGS, buildings=["2"]
    )
    with pytest.raises(NotAllowed):
        await people.events.sign_up(A, event_id)
    assert (await people.events.sign_up(D, event_id)).mine is not None
    assert [v.event.id for v in await people.events.upcoming(D)] == [event_id]
    assert await people.events.upcoming(A) == []


async def test_volunteer_events_are_for_volunteers(people: Services, clock: ShiftedClock) -> None:
    event_id = await make_event(people, clock, capacity=5, audience=Audience.VOLUNTEERS)
    with pytest.raises(NotAllowed):
        await people.events.sign_up(A, event_id)


async def test_an_unregistered_person_cannot_sign_up(
    services: Services, clock: ShiftedClock
) -> None:
    event_id = await make_event(services, clock)
    await services.people.touch(99, "Stranger", "en")
    with pytest.raises(NotRegistered):
        await services.events.sign_up(99, event_id)


@pytest.mark.daytime
async def test_publishing_announces_to_the_audience_as_bulk(
    people: Services, clock: ShiftedClock
) -> None:
    await make_event(people, clock, capacity=5, audience=Audience.BUILDINGS, buildings=["2"])
    queued = await people.outbox.due(1000)
    assert [(m.chat_id, m.priority) for m in queued] == [(D, Priority.BULK)]
    assert "Free clinic" in queued[0].text


async def test_my_events_show_places_offers_and_the_line(
    people: Services, clock: ShiftedClock
) -> None:
    first = await make_event(people, clock, capacity=1, key="k1")
    second = await make_event(people, clock, capacity=1, key="k2", hours_ahead=72)
    await people.events.sign_up(A, first)
    await people.events.sign_up(B, first)
    await people.events.sign_up(B, second)
    mine = await people.events.mine(B)
    assert [(v.event.id, v.mine.status if v.mine else None) for v in mine] == [
        (first, SignupStatus.WAITING),
        (second, SignupStatus.CONFIRMED),
    ]
    assert mine[0].position == 1
