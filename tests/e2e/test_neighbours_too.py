"""A request shown to the filer's building: neighbours find it under 🏢 In my building, press
Me too once each (never seeing who filed it), and the staff card shows how many; a neighbour
of another building, the filer, a forged press or a closed request count nobody."""

from __future__ import annotations

import asyncio

import pytest

from bot.errors import NotFound
from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

FILER, NEIGHBOUR, ELSEWHERE = 7, 8, 9


async def _shared(bot: Harness, sim: BotApiSimulator) -> None:
    await bot.register(FILER, "Wang Fang", building="2")
    await bot.register(NEIGHBOUR, "Li Ming", building="2")
    await bot.register(ELSEWHERE, "Zhao Lei", building="3")
    await bot.services.requests.file(
        FILER, new=NewRequest(category="repairs", description="Water drips from the ceiling"),
        source_key="n:1",
    )  # fmt: skip
    await sim.send_text(FILER, "/myrequests")
    listing = await sim.wait_for(FILER, contains="Your requests")
    await sim.press(FILER, listing, "R-000001")
    view = await sim.wait_for(FILER, contains="Water drips")
    answer = await sim.wait_for_callback_answer(
        await sim.press(FILER, view, "🏢 Show to my building")
    )
    assert "now see R-000001" in (answer.text or "")


async def test_a_neighbour_backs_a_shown_request_and_the_staff_card_counts_it(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _shared(bot, sim)
    card = await sim.wait_for(STAFF_CHAT, contains="Water drips")
    await sim.send_text(NEIGHBOUR, "/myrequests")
    empty = await sim.wait_for(NEIGHBOUR, contains="no requests")
    await sim.press(NEIGHBOUR, empty, "🏢 In my building")
    shown = await sim.wait_for(NEIGHBOUR, contains="neighbours showed to your building")
    await sim.press(NEIGHBOUR, shown, "R-000001")
    opened = await sim.wait_for(NEIGHBOUR, contains="Water drips from the ceiling")
    assert "Wang Fang" not in opened.content
    answer = await sim.wait_for_callback_answer(await sim.press(NEIGHBOUR, opened, "🙋 Me too"))
    assert (answer.text or "").startswith("🙋 Counted. 1 neighbour has")
    await sim.wait_for_edit(card, lambda m: "1 neighbour has the same problem" in m.content)
    # Another building sees nothing of it, and a press from there counts nobody.
    assert await bot.services.neighbours.in_building(ELSEWHERE) == []
    forged = await sim.press_data(
        ELSEWHERE, ELSEWHERE, sim.bot_messages(ELSEWHERE)[-1].message_id, "nb:me:1"
    )
    assert "cannot find" in ((await sim.wait_for_callback_answer(forged)).text or "")
    again = await sim.press_data(NEIGHBOUR, NEIGHBOUR, opened.message_id, "nb:me:1")
    assert "already" in ((await sim.wait_for_callback_answer(again)).text or "")
    view = await bot.services.desk.view(ADMIN, 1)
    assert view.request.me_too == 1


async def test_two_hundred_neighbours_pressing_at_once_count_two_hundred(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _shared(bot, sim)
    crowd = list(range(1000, 1200))
    for tg in crowd:
        await bot.services.people.touch(tg, f"Neighbour {tg}", "en")
        await bot.services.people.register(tg, f"Neighbour {tg}", "2", "1-101", None)
    results = await asyncio.gather(
        *(bot.services.neighbours.me_too(tg, 1) for tg in crowd),
        *(bot.services.neighbours.me_too(tg, 1) for tg in crowd[:50]),  # double taps
    )
    assert sum(counted for _, counted in results) == 200
    request, _ = await bot.services.neighbours.shown(NEIGHBOUR, 1)
    assert request.me_too == 200


async def test_the_filer_cannot_back_their_own_and_a_closed_one_counts_nobody(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _shared(bot, sim)
    with pytest.raises(NotFound):
        await bot.services.neighbours.me_too(FILER, 1)
    await bot.services.requests.withdraw(FILER, 1)
    assert await bot.services.neighbours.in_building(NEIGHBOUR) == []
