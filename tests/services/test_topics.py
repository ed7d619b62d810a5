"""Topics for the council: raising, "Me too" under a crowd, comments, staff's first review."""

from __future__ import annotations

import asyncio

import pytest

from bot.clock import ShiftedClock
from bot.config import Settings
from bot.errors import Closed, Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.topics import NewTopic, TopicStatus
from bot.services import Services, build_services
from storage.db import Database
from tests.conftest import STAFF_CHAT, add_resident, add_staff
from tests.services.wish_setup import queued_to

RAISER, NEIGHBOUR, ELSEWHERE, STAFF = 21, 22, 23, 24
CROWD = list(range(1000, 1200))


@pytest.fixture
async def people(services: Services) -> Services:
    await add_resident(services, RAISER, "Wang Fang", building="1")
    await add_resident(services, NEIGHBOUR, "Li Ming", building="1", unit="3-101")
    await add_resident(services, ELSEWHERE, "Zhao Lei", building="2", unit="5-502")
    await add_staff(services, STAFF, "Staff Zhou")
    return services


async def raise_one(services: Services, key: str = "form:1", building: str | None = "1") -> int:
    topic = await services.topics.raise_topic(
        RAISER,
        new=NewTopic(text="The lift in building 1 stops at night", building=building),
        source_key=key,
    )
    return topic.id


async def test_a_raised_topic_gets_a_number_waits_for_review_and_reaches_the_staff_chat(
    people: Services,
) -> None:
    topic_id = await raise_one(people)
    [topic] = await people.topics.mine(RAISER)
    assert topic.id == topic_id and topic.number == f"T-{topic_id:06d}"
    assert topic.status is TopicStatus.REVIEW
    [card] = await queued_to(people, STAFF_CHAT)
    assert topic.number in card.text and "lift" in card.text
    assert card.buttons is not None and card.buttons[0][0].data == f"td:ac:{topic_id}"


async def test_the_same_form_confirmed_twice_raises_one_topic(people: Services) -> None:
    first, second = await asyncio.gather(raise_one(people), raise_one(people))
    assert first == second
    assert len(await people.topics.mine(RAISER)) == 1


async def test_a_topic_without_words_or_voice_or_with_too_many_words_is_refused(
    people: Services,
) -> None:
    with pytest.raises(InvalidInput):
        await people.topics.raise_topic(RAISER, new=NewTopic(text="  "), source_key="a")
    with pytest.raises(InvalidInput):
        await people.topics.raise_topic(RAISER, new=NewTopic(text="x" * 2001), source_key="b")
    voiced = await people.topics.raise_topic(
        RAISER, new=NewTopic(voice_file_id="voice-1"), source_key="c"
    )
    assert voiced.text == ""


async def test_a_resident_cannot_raise_a_topic_for_another_building(people: Services) -> None:
    with pytest.raises(InvalidInput):
        await raise_one(people, building="2")


async def test_the_board_shows_a_building_its_own_and_the_whole_communitys_topics(
    people: Services,
) -> None:
    own = await raise_one(people, "k1", building="1")
    everyone = await raise_one(people, "k2", building=None)
    await people.topics.support(NEIGHBOUR, everyone)
    seen_here = await people.topics.board(NEIGHBOUR)
    assert [line.topic.id for line in seen_here] == [everyone, own]
    assert seen_here[0].supporters == 1 and seen_here[0].mine
    assert [line.topic.id for line in await people.topics.board(ELSEWHERE)] == [everyone]
    with pytest.raises(NotFound):
        await people.topics.support(ELSEWHERE, own)


async def test_me_too_counts_once_and_can_be_taken_back(people: Services) -> None:
    topic_id = await raise_one(people)
    assert await people.topics.support(NEIGHBOUR, topic_id) == (True, 1)
    assert await people.topics.support(NEIGHBOUR, topic_id) == (False, 1)
    assert await people.topics.take_back(NEIGHBOUR, topic_id) == (True, 0)
    assert await people.topics.take_back(NEIGHBOUR, topic_id) == (False, 0)
    with pytest.raises(Conflict):
        await people.topics.support(RAISER, topic_id)


async def test_me_too_pressed_twice_at_once_counts_one(people: Services) -> None:
    topic_id = await raise_one(people)
    results = await asyncio.gather(*(people.topics.support(NEIGHBOUR, topic_id) for _ in range(2)))
    assert sorted(added for added, _ in results) == [False, True]
    assert await people.topics.support(NEIGHBOUR, topic_id) == (False, 1)


async def test_two_hundred_residents_pressing_me_too_at_once_make_two_hundred_supports(
    people: Services, db: Database, clock: ShiftedClock, settings: Settings
) -> None:
    """Two bot processes on one database file, each with its own write connection: SQLite's
    own locking, not our Python lock, has to keep every press and double nothing."""
    topic_id = await raise_one(people, building=None)
    for tg_id in CROWD:
        await add_resident(people, tg_id, f"Neighbour {tg_id}", building="2", unit=str(tg_id))
    second_db = Database(settings.db)
    await second_db.connect()
    try:
        other = build_services(second_db, clock, settings)
        presses = [
            (people if index % 2 else other).topics.support(tg_id, topic_id)
            for index, tg_id in enumerate(CROWD)
        ]
        doubled = [other.topics.support(tg_id, topic_id) for tg_id in CROWD[:50]]
        results = await asyncio.gather(*presses, *doubled)
    finally:
        await second_db.close()
    assert sum(added for added, _ in results) == 200
    [line] = await people.topics.board(CROWD[0])
    assert line.supporters == 200


async def test_only_supporters_and_the_raiser_may_comment(people: Services) -> None:
    topic_id = await raise_one(people)
    with pytest.raises(Conflict):
        await people.topics.comment(NEIGHBOUR, topic_id, "Same on my floor")
    await people.topics.support(NEIGHBOUR, topic_id)
    await people.topics.comment(NEIGHBOUR, topic_id, "Same on my floor")
    await people.topics.comment(RAISER, topic_id, "Thank you")
    with pytest.raises(InvalidInput):
        await people.topics.comment(NEIGHBOUR, topic_id, "x" * 1001)


async def test_accepting_a_topic_tells_the_raiser_and_every_supporter(people: Services) -> None:
    topic_id = await raise_one(people)
    await people.topics.support(NEIGHBOUR, topic_id)
    topic = await people.topics.accept(STAFF, topic_id)
    assert topic.status is TopicStatus.ACCEPTED
    for tg_id in (RAISER, NEIGHBOUR):
        [told] = await queued_to(people, tg_id)
        assert topic.number in told.text and "agenda" in told.text
    with pytest.raises(Closed):
        await people.topics.accept(STAFF, topic_id)


async def test_a_declined_topic_tells_its_reason_and_can_no_longer_be_backed(
    people: Services,
) -> None:
    topic_id = await raise_one(people)
    await people.topics.support(NEIGHBOUR, topic_id)
    await people.topics.decline(STAFF, topic_id, "The lift company is already on it")
    [told] = await queued_to(people, NEIGHBOUR)
    assert "already on it" in told.text
    with pytest.raises(Closed):
        await people.topics.take_back(NEIGHBOUR, topic_id)
    assert await people.topics.board(NEIGHBOUR) == []


async def test_a_resident_pressing_a_staff_button_is_refused(people: Services) -> None:
    topic_id = await raise_one(people)
    with pytest.raises(NotAllowed):
        await people.topics.accept(NEIGHBOUR, topic_id)
    with pytest.raises(NotFound):
        await people.topics.accept(STAFF, 999_999)
