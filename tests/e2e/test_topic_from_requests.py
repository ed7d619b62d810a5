"""Staff make one topic of several requests (/topicfrom, or "Raise as a topic" under a
request's Close): the residents who filed them back it and each is told; closed or missing
requests and a second go at the same requests get a clear answer."""

from __future__ import annotations

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from storage import topics as topics_repo
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENTS = (101, 102, 103)


async def noise_complaints(bot: Harness) -> None:
    """Three residents of building 2 complain of the same noise."""
    for n, tg in enumerate(RESIDENTS):
        language = "zh-hans" if n == 2 else "en"
        await bot.register(tg, f"Neighbour {n}", building="2", language_code=language)
        await bot.services.requests.file(
            tg,
            new=NewRequest(category="other", description=f"Noise from the bar, night {n}"),
            source_key=f"noise:{n}",
        )


async def test_topicfrom_makes_one_topic_whose_supporters_are_the_residents_who_filed(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await noise_complaints(bot)
    done = await bot.say(ADMIN, "/topicfrom R-000001 r-2 3 Noise from the bar at night")
    assert "T-000001 is raised from 3 requests" in done.content
    card = await sim.wait_for(STAFF_CHAT, contains="T-000001")
    assert "Noise from the bar at night" in card.content and "building 2" in card.content
    assert "R-000001, R-000002, R-000003" in card.content and "2 supporters" in card.content
    await sim.wait_for(101, contains="request R-000001 is now part of topic T-000001")
    await sim.wait_for(102, contains="request R-000002 is now part of topic T-000001")
    await sim.wait_for(103, contains="诉求 R-000003 已并入")
    async with bot.services.env.db.reading() as conn:
        topic = await topics_repo.get(conn, 1)
        backers = await topics_repo.supporter_ids(conn, 1)
    assert topic is not None and topic.building == "2" and len(backers) == 2
    again = await bot.say(ADMIN, "/topicfrom R-000003 R-000002 R-000001")
    assert "topic T-000001 already" in again.content


async def test_a_request_card_raises_its_request_as_a_topic_from_the_close_menu(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await noise_complaints(bot)
    cards = [await sim.wait_for(STAFF_CHAT, contains=f"R-00000{i}") for i in (1, 2, 3)]
    await sim.press(ADMIN, cards[0], "✅ Close")
    menu = await sim.wait_for_edit(
        cards[0], predicate=lambda m: "🗳 Raise as a topic" in m.buttons()
    )
    await sim.press(ADMIN, menu, "🗳 Raise as a topic")
    await sim.wait_for(STAFF_CHAT, contains="T-000001 is raised from 1 request")
    await sim.wait_for(101, contains="now part of topic T-000001")


async def test_closed_missing_or_no_requests_get_a_clear_answer_and_residents_are_refused(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await noise_complaints(bot)
    await bot.services.requests.withdraw(101, 1)
    closed = await bot.say(ADMIN, "/topicfrom R-000001 R-000002")
    assert "Request R-000001 is closed" in closed.content
    missing = await bot.say(ADMIN, "/topicfrom R-000002 R-000099")
    assert "There is no request R-000099" in missing.content
    usage = await bot.say(ADMIN, "/topicfrom")
    assert "/topicfrom R-000003 R-000007" in usage.content
    refused = await bot.say(102, "/topicfrom R-000002")
    assert "only staff" in refused.content
    assert await bot.services.topics.waiting(ADMIN) == []
