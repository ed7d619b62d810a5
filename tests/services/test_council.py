"""The council on a real database: the agenda under two staff at once, decisions tapped
twice, who may do what, bad input, and due rows when a council moves back and forth."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Closed, Conflict, InvalidInput, NotAllowed
from bot.models.councils import Decision
from bot.models.topics import NewTopic, TopicStatus
from bot.services import Services
from storage import topics as topics_repo
from tests.conftest import ADMIN_TG, add_resident, add_staff

RAISER, NEIGHBOUR, STAFF = 31, 32, 33


@pytest.fixture
async def people(services: Services) -> Services:
    await add_resident(services, RAISER, "Wang Fang")
    await add_resident(services, NEIGHBOUR, "Li Ming", unit="3-101")
    await add_staff(services, STAFF, "Staff Zhou")
    return services


async def accepted(services: Services, n: int, start: int = 0) -> list[int]:
    ids = []
    for i in range(start, start + n):
        topic = await services.topics.raise_topic(
            RAISER, new=NewTopic(text=f"Topic {i}"), source_key=f"k:{i}"
        )
        await services.topics.accept(STAFF, topic.id)
        ids.append(topic.id)
    return ids


async def status(services: Services, topic_id: int) -> TopicStatus:
    async with services.env.db.reading() as conn:
        found = await topics_repo.get(conn, topic_id)
    assert found is not None
    return found.status


async def test_two_staff_filling_the_agenda_at_once_put_each_topic_on_it_once_up_to_the_most(
    people: Services,
) -> None:
    people.env.settings = people.env.settings.model_copy(update={"council_agenda_max": 3})
    ids = await accepted(people, 4)
    await people.council.schedule(STAFF, "the first Friday of every month at 19:00", "Hall")
    first, second = await asyncio.gather(people.council.view(STAFF), people.council.view(ADMIN_TG))
    assert first is not None and second is not None
    assert [i.topic.id for i in second.agenda] == ids[:3]
    assert [await status(people, t) for t in ids] == [TopicStatus.ON_AGENDA] * 3 + [
        TopicStatus.ACCEPTED
    ]


async def test_a_decision_tapped_twice_at_once_is_recorded_once(people: Services) -> None:
    [topic_id] = await accepted(people, 1)
    council, _ = await people.council.schedule(STAFF, "March 19 19:00", "Hall")
    await people.council.view(STAFF)
    results = await asyncio.gather(
        people.outcomes.decide(STAFF, council.id, topic_id, Decision.REJECTED, "No money"),
        people.outcomes.decide(STAFF, council.id, topic_id, Decision.AGREED, "Yes"),
        return_exceptions=True,
    )
    assert sum(isinstance(r, Closed) for r in results) == 1
    assert await status(people, topic_id) in (TopicStatus.CLOSED, TopicStatus.DECIDED)


async def test_residents_may_not_set_decide_or_check_in(people: Services) -> None:
    [topic_id] = await accepted(people, 1)
    council, _ = await people.council.schedule(STAFF, "March 19 19:00", "Hall")
    with pytest.raises(NotAllowed):
        await people.council.schedule(RAISER, "March 20 19:00", "Hall")
    with pytest.raises(NotAllowed):
        await people.outcomes.decide(RAISER, council.id, topic_id, Decision.AGREED, "Yes")
    with pytest.raises(NotAllowed):
        await people.council.check_in(RAISER, "ACDEFH")
    with pytest.raises(NotAllowed):
        await people.outcomes.publish(RAISER, council.id)


async def test_a_past_or_unreadable_time_a_long_place_and_a_long_decision_are_refused(
    people: Services,
) -> None:
    for when in ("yesterday 10:00", "whenever", "March 1 2020 19:00"):
        with pytest.raises(InvalidInput):
            await people.council.schedule(STAFF, when, "Hall")
    with pytest.raises(InvalidInput):
        await people.council.schedule(STAFF, "March 19 19:00", "x" * 201)
    [topic_id] = await accepted(people, 1)
    council, _ = await people.council.schedule(STAFF, "March 19 19:00", "Hall")
    await people.council.view(STAFF)
    with pytest.raises(InvalidInput):
        await people.outcomes.decide(STAFF, council.id, topic_id, Decision.AGREED, "x" * 501)


async def test_the_chinese_monthly_rule_means_the_first_friday_at_seven_in_the_evening(
    people: Services,
) -> None:
    first, rule = people.council.read_when("每月第一个周五晚上7点")
    local = first.astimezone(people.env.settings.zone)
    assert rule is not None and rule.nth == 1 and rule.weekday == 4
    assert local.weekday() == 4 and local.day <= 7 and (local.hour, local.minute) == (19, 0)


async def test_a_postponed_topic_goes_first_on_the_next_council_of_the_rule(
    people: Services,
) -> None:
    later, sooner = await accepted(people, 2)
    council, _ = await people.council.schedule(
        STAFF, "the first Friday of every month at 19:00", "Hall"
    )
    await people.council.view(STAFF)
    await people.outcomes.decide(STAFF, council.id, later, Decision.AGREED, "Yes")
    _, following = await people.outcomes.decide(
        STAFF, council.id, sooner, Decision.POSTPONED, "Cost first"
    )
    assert following is not None and following.starts_at > council.starts_at
    fresh = await accepted(people, 1, start=10)
    view = await people.council.view(STAFF)
    assert view is not None and [i.topic.id for i in view.agenda] == [sooner, *fresh]


async def test_only_an_agreed_topic_gets_follow_up_actions_and_only_staff_own_them(
    people: Services,
) -> None:
    rejected, agreed = await accepted(people, 2)
    council, _ = await people.council.schedule(STAFF, "March 19 19:00", "Hall")
    await people.council.view(STAFF)
    await people.outcomes.decide(STAFF, council.id, rejected, Decision.REJECTED, "No")
    await people.outcomes.decide(STAFF, council.id, agreed, Decision.AGREED, "Yes")
    resident = await people.people.get(NEIGHBOUR)
    staff = await people.people.get(STAFF)
    assert resident is not None and staff is not None
    with pytest.raises(Conflict):
        await people.outcomes.add_action(
            STAFF, council.id, rejected, staff.id, "Do it", source_key="a:1"
        )
    with pytest.raises(InvalidInput):
        await people.outcomes.add_action(
            STAFF, council.id, agreed, resident.id, "Do it", source_key="a:2"
        )


async def test_a_council_moved_away_and_back_still_reminds_at_its_first_times(
    people: Services, clock: ShiftedClock
) -> None:
    council, _ = await people.council.schedule(STAFF, "March 25 19:00", "Hall")
    await people.council.schedule(STAFF, "March 26 19:00", "Hall")
    back, _ = await people.council.schedule(STAFF, "March 25 19:00", "Hall")
    assert back.starts_at == council.starts_at
    clock.advance(back.starts_at - clock.now() - timedelta(hours=2))
    assert await people.due.run_due() == 3  # the agenda, the day before, two hours before
    assert await people.due.run_due() == 0


async def test_a_topic_on_the_agenda_stays_on_the_board_and_can_still_be_backed(
    people: Services,
) -> None:
    [topic_id] = await accepted(people, 1)
    await people.council.schedule(STAFF, "March 19 19:00", "Hall")
    await people.council.view(STAFF)
    [line] = await people.topics.board(NEIGHBOUR)
    assert line.topic.id == topic_id and line.topic.status is TopicStatus.ON_AGENDA
    added, count = await people.topics.support(NEIGHBOUR, topic_id)
    assert added and count == 1
