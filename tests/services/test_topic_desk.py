"""The staff card's actions on real SQLite: merging (supporters and comments carry over, once,
and a merged topic stays merged), turning a topic into one request under a double press,
asking for details, and making a topic of requests."""

from __future__ import annotations

import asyncio

import pytest

from bot import i18n
from bot.errors import Closed, InvalidInput, NotAllowed, NotFound
from bot.models.requests import NewRequest
from bot.models.topics import NewTopic, TopicStatus
from bot.services import Services
from storage import topics as topics_repo
from tests.conftest import add_resident, add_staff
from tests.services.wish_setup import queued_to

RAISER, NEIGHBOUR, OTHER, STAFF, STAFF_2 = 31, 32, 33, 34, 35


@pytest.fixture
async def people(services: Services) -> Services:
    await add_resident(services, RAISER, "Wang Fang", building="1")
    await add_resident(services, NEIGHBOUR, "Li Ming", building="1", unit="3-101")
    await add_resident(services, OTHER, "Zhao Lei", building="1", unit="5-502")
    await add_staff(services, STAFF, "Staff Zhou")
    await add_staff(services, STAFF_2, "Staff Qian")
    return services


async def raise_as(services: Services, tg_id: int, text: str, key: str) -> int:
    topic = await services.topics.raise_topic(tg_id, new=NewTopic(text=text), source_key=key)
    return topic.id


async def test_two_staff_merging_one_topic_into_two_others_at_once_merge_it_once(
    people: Services,
) -> None:
    source = await raise_as(people, RAISER, "Noise", "a")
    first = await raise_as(people, NEIGHBOUR, "Bar noise", "b")
    second = await raise_as(people, OTHER, "Night noise", "c")
    results = await asyncio.gather(
        people.topics.merge(STAFF, source, first),
        people.topics.merge(STAFF_2, source, second),
        return_exceptions=True,
    )
    assert sum(isinstance(r, Closed) for r in results) == 1
    async with people.env.db.reading() as conn:
        merged = await topics_repo.get(conn, source)
        counts = [await topics_repo.count_supporters(conn, t) for t in (first, second)]
    assert merged is not None and merged.status is TopicStatus.MERGED
    assert merged.merged_into in (first, second) and sorted(counts) == [0, 1]


async def test_a_merge_carries_the_raiser_supporters_and_comments_over_without_doubles(
    people: Services,
) -> None:
    source = await raise_as(people, RAISER, "Noise", "a")
    target = await raise_as(people, OTHER, "Bar noise", "b")
    await people.topics.support(NEIGHBOUR, source)
    await people.topics.support(NEIGHBOUR, target)
    await people.topics.comment(NEIGHBOUR, source, "Fridays are worst")
    await people.topics.merge(STAFF, source, target)
    async with people.env.db.reading() as conn:
        backers = await topics_repo.supporter_ids(conn, target)
        said = await topics_repo.comments(conn, target)
    assert len(backers) == 2 and len(set(backers)) == 2  # the raiser and Li Ming, once each
    assert [text for _, text in said] == ["Fridays are worst"]
    with pytest.raises(Closed) as merged_again:
        await people.topics.merge(STAFF, source, target)
    assert merged_again.value.key == "error-topic-merged-already"


async def test_merging_into_itself_a_closed_or_a_missing_topic_is_refused(
    people: Services,
) -> None:
    source = await raise_as(people, RAISER, "Noise", "a")
    closed = await raise_as(people, OTHER, "Paint", "b")
    await people.topics.decline(STAFF, closed, "Not ours")
    with pytest.raises(InvalidInput):
        await people.topics.merge(STAFF, source, source)
    with pytest.raises(Closed):
        await people.topics.merge(STAFF, source, closed)
    with pytest.raises(NotFound):
        await people.topics.merge(STAFF, source, 9999)
    with pytest.raises(NotAllowed):
        await people.topics.merge(NEIGHBOUR, source, closed)


async def test_this_is_a_request_pressed_twice_at_once_makes_one_request(
    people: Services,
) -> None:
    topic_id = await raise_as(people, RAISER, "The stairwell light is broken", "a")
    results = await asyncio.gather(
        people.topics.to_request(STAFF, topic_id),
        people.topics.to_request(STAFF_2, topic_id),
        return_exceptions=True,
    )
    made = [r for r in results if not isinstance(r, BaseException)]
    assert len(made) == 1 and sum(isinstance(r, Closed) for r in results) == 1
    topic, request = made[0]
    assert topic.status is TopicStatus.DECLINED and topic.request_id == request.id
    assert len(await people.requests.mine(RAISER)) == 1
    told = [m.text for m in await queued_to(people, RAISER)]
    assert any(request.number in text for text in told)


async def test_asking_for_details_reaches_the_raiser_with_an_answer_button(
    people: Services,
) -> None:
    topic_id = await raise_as(people, RAISER, "The playground", "a")
    await people.topics.ask(STAFF, topic_id, "Which part of it?")
    [asked] = [m for m in await queued_to(people, RAISER) if "Which part" in m.text]
    assert asked.buttons is not None and asked.buttons[0][0].data == f"tp:cm:{topic_id}"
    await people.topics.comment(RAISER, topic_id, "The swings")
    card = await people.topics.card(STAFF, topic_id)
    assert "Which part of it?" in str(card.args["comments"])
    assert "The swings" in str(card.args["comments"])


async def test_a_topic_made_of_requests_has_their_residents_as_supporters_once(
    people: Services,
) -> None:
    ids = []
    for n, tg in enumerate((RAISER, NEIGHBOUR, OTHER, NEIGHBOUR)):
        request, _ = await people.requests.file(
            tg, new=NewRequest(category="other", description=f"Noise {n}"), source_key=f"r{n}"
        )
        ids.append(request.id)
    first, second = await asyncio.gather(
        people.topics.from_requests(STAFF, ids), people.topics.from_requests(STAFF_2, ids[::-1])
    )
    assert first[0].id == second[0].id and sorted((first[1], second[1])) == [False, True]
    async with people.env.db.reading() as conn:
        backers = await topics_repo.supporter_ids(conn, first[0].id)
    assert len(backers) == 2  # Li Ming filed twice and backs it once; the raiser is Wang Fang


async def test_a_card_with_the_longest_words_and_many_long_comments_stays_under_telegrams_limit(
    people: Services,
) -> None:
    topic = await people.topics.raise_topic(
        RAISER, new=NewTopic(text="长" * 2000), source_key="long"
    )
    await people.topics.support(NEIGHBOUR, topic.id)
    for n in range(12):
        await people.topics.comment(NEIGHBOUR, topic.id, f"{n:02d} " + "字" * 996)
    card = await people.topics.card(STAFF, topic.id)
    for lang in ("en", "zh-hans"):
        text = i18n.t(lang, "topic-desk-card", **card.args)
        assert len(text) < 4096 and "💬 Li Ming: 11 " in text and "💬 Li Ming: 03 " not in text
