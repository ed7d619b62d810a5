"""The staff queue narrowed by building, category, status, owner and age, end to end: each
choice shows how many open requests it leaves, choices combine and clear, and old, forged or
residents' presses change nothing."""

from __future__ import annotations

from datetime import timedelta

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import Harness

WANG, ZHAO = 7, 8  # residents of buildings 2 and 3
STAFF = 20


async def _queue_of_five(bot: Harness, sim: BotApiSimulator) -> SimMessage:
    """Two residents' five requests, one taken by the staff member; returns the open queue."""
    await bot.register(WANG, "Wang Fang", building="2")
    await bot.register(ZHAO, "Zhao Min", building="3")
    await bot.make_staff(STAFF, "Li Lei")
    filed = [
        (WANG, "repairs", "Tap drips"),
        (WANG, "repairs", "Door sticks"),
        (WANG, "sanitation", "Bins full"),
        (ZHAO, "repairs", "Lift noisy"),
    ]
    for n, (who, category, text) in enumerate(filed, 1):
        await bot.services.requests.file(
            who, new=NewRequest(category=category, description=text), source_key=f"f:{n}"
        )
    bot.travel(timedelta(days=4))
    await bot.services.requests.file(
        ZHAO, new=NewRequest(category="security", description="Gate open"), source_key="f:5"
    )
    await bot.services.desk.take(STAFF, 2)
    await sim.send_text(STAFF, "/queue")
    return await sim.wait_for(STAFF, contains="All open requests: 5")


def _numbers(queue: SimMessage) -> list[str]:
    """The request numbers listed, in number order (overdue ones come first on screen)."""
    return sorted(b.split(" · ")[0].lstrip("⏰ ") for b in queue.buttons() if "R-00000" in b)


async def _choose(sim: BotApiSimulator, queue: SimMessage, facet: str, choice: str) -> SimMessage:
    """Open Filters, one facet, and press a choice; return the queue as redrawn."""
    await sim.press(STAFF, queue, "🔎 Filters")
    menu = await sim.wait_for_edit(queue, lambda m: "Narrow the list" in m.content)
    await sim.press(STAFF, menu, facet)
    choices = await sim.wait_for_edit(menu, lambda m: "(open requests" in m.content)
    await sim.press(STAFF, choices, choice)
    return await sim.wait_for_edit(choices, lambda m: "open requests:" in m.content)


async def test_facets_combine_with_counts_and_clear_in_one_tap(
    bot: Harness, sim: BotApiSimulator
) -> None:
    queue = await _queue_of_five(bot, sim)
    await sim.press(STAFF, queue, "🔎 Filters")
    menu = await sim.wait_for_edit(queue, lambda m: "Narrow the list" in m.content)
    assert "🏢 Building: any" in menu.buttons() and "⏳ Age: any" in menu.buttons()
    await sim.press(STAFF, menu, "🏢 Building")
    choices = await sim.wait_for_edit(menu, lambda m: "Which building" in m.content)
    assert choices.buttons()[:3] == ["Any", "2 · 3", "3 · 2"]
    await sim.press(STAFF, choices, "2 · 3")
    queue = await sim.wait_for_edit(choices, lambda m: "All open requests: 3" in m.content)
    assert "🔎 Only: 2" in queue.content
    assert _numbers(queue) == ["R-000001", "R-000002", "R-000003"]

    queue = await _choose(sim, queue, "🗂 Category", "Repairs · 2")
    assert "All open requests: 2" in queue.content and "🔎 Filters (2)" in queue.buttons()
    assert _numbers(queue) == ["R-000001", "R-000002"]
    # The queue's own filters keep the facets: Untaken leaves the one nobody owns.
    await sim.press(STAFF, queue, "Untaken")
    queue = await sim.wait_for_edit(queue, lambda m: "nobody has taken: 1" in m.content)
    assert _numbers(queue) == ["R-000001"]

    await sim.press(STAFF, queue, "✖️ Clear filters")
    queue = await sim.wait_for_edit(queue, lambda m: "nobody has taken: 4" in m.content)
    assert "🔎 Only" not in queue.content and "✖️ Clear filters" not in queue.buttons()


async def test_the_owner_and_age_facets_list_who_holds_what_and_how_old(
    bot: Harness, sim: BotApiSimulator
) -> None:
    queue = await _queue_of_five(bot, sim)
    queue = await _choose(sim, queue, "👤 Owner", "Li Lei · 1")
    assert _numbers(queue) == ["R-000002"] and "👤 Li Lei" in queue.content
    await sim.press(STAFF, queue, "✖️ Clear filters")
    queue = await sim.wait_for_edit(queue, lambda m: "🔎 Only" not in m.content)
    queue = await _choose(sim, queue, "⏳ Age", "open over 3 days · 4")
    assert _numbers(queue) == ["R-000001", "R-000002", "R-000003", "R-000004"]


async def test_forged_old_or_residents_facet_presses_change_nothing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    queue = await _queue_of_five(bot, sim)
    for data in ("qf:menu:all:b99", "qf:pick:all:-:x", "qf:pick:all:b1b1:c", "q:all:0:zz"):
        query = await sim.press_data(STAFF, STAFF, queue.message_id, data)
        assert "old" in ((await sim.wait_for_callback_answer(query)).text or "")
    query = await sim.press_data(WANG, WANG, sim.bot_messages(WANG)[-1].message_id, "qf:menu:all:-")
    assert "only staff" in ((await sim.wait_for_callback_answer(query)).text or "")
    now = sim.world.find(STAFF, queue.message_id)
    assert now is not None and _numbers(now) == _numbers(queue)
