"""Find anything: staff type a number to open it, or words to search; residents cannot."""

from __future__ import annotations

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import Harness

RESIDENT = 7
NEIGHBOUR = 8
STAFF = 20


async def _file(bot: Harness, user: int, words: str, key: str) -> int:
    request, _ = await bot.services.requests.file(
        user, new=NewRequest(category="repairs", description=words), source_key=key
    )
    return request.id


async def _setup(bot: Harness) -> tuple[int, int]:
    await bot.register(RESIDENT, "Wang Fang", building="2", phone="+86 138 0000 0001")
    await bot.register(NEIGHBOUR, "李明", building="3", language_code="zh-hans")
    tap = await _file(bot, RESIDENT, "The kitchen tap drips", "t:1")
    lamp = await _file(bot, NEIGHBOUR, "楼道灯坏了，晚上很黑", "t:2")
    await bot.make_staff(STAFF, "Zhao Lei")
    return tap, lamp


async def test_staff_typing_a_request_number_see_its_card(
    bot: Harness, sim: BotApiSimulator
) -> None:
    tap, _ = await _setup(bot)
    card = await bot.say(STAFF, f"r-{tap}")
    assert f"R-{tap:06d}" in card.content and "kitchen tap" in card.content
    card = await bot.say(STAFF, f"R-{tap:06d}")
    assert "kitchen tap" in card.content
    missing = await bot.say(STAFF, "R-999999")
    assert "R-999999" not in missing.content and missing.buttons() == []


async def test_staff_words_find_requests_and_residents_in_english_and_chinese(
    bot: Harness, sim: BotApiSimulator
) -> None:
    tap, lamp = await _setup(bot)
    found = await bot.say(STAFF, "kitchen")
    assert "Found 1 request and 0 people" in found.content
    assert found.buttons()[0].startswith(f"R-{tap:06d}")
    await sim.press(STAFF, found, f"R-{tap:06d}")
    await sim.wait_for(STAFF, contains="The kitchen tap drips")
    found = await bot.say(STAFF, "灯坏了")
    assert found.buttons()[0].startswith(f"R-{lamp:06d}")
    found = await bot.say(STAFF, "李明")
    assert "👤 李明" in found.content and found.buttons()[0].startswith(f"R-{lamp:06d}")
    found = await bot.say(STAFF, "Wang")
    assert "👤 Wang Fang · building 2" in found.content and "138 0000 0001" in found.content
    nothing = await bot.say(STAFF, "elevator")
    assert 'Nothing found for "elevator"' in nothing.content


async def test_a_residents_words_are_no_search(bot: Harness, sim: BotApiSimulator) -> None:
    await _setup(bot)
    answer = await bot.say(RESIDENT, "Wang")
    assert "did not understand" in answer.content
    answer = await bot.say(RESIDENT, "R-000001")
    assert "did not understand" in answer.content


async def test_a_wish_or_event_number_offers_its_card(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.make_staff(STAFF, "Zhao Lei")
    wish = await bot.say(STAFF, "W-12")
    assert wish.buttons() == ["Open W-000012"]
    event = await bot.say(STAFF, "e5")
    assert event.buttons() == ["Open E-5"]
