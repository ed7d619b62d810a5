"""/stats through the simulator: a period, a scope, then the card and three chart images;
typed days; residents and forged presses refused."""

from __future__ import annotations

import io

from PIL import Image

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator
from sandbox.simulator.state import SimMessage
from tests.e2e.harness import Harness

RESIDENT = 7
STAFF = 20


async def _file_request(bot: Harness) -> None:
    await bot.register(RESIDENT, "Wang Fang", building="2")
    new = NewRequest(category="repairs", description="The tap in the kitchen drips")
    await bot.services.requests.file(RESIDENT, new=new, source_key="stats-e2e")


def _photos(sim: BotApiSimulator, chat: int) -> list[SimMessage]:
    return [m for m in sim.bot_messages(chat) if m.kind == "photo"]


async def test_staff_pick_this_month_and_a_building_and_get_the_card_and_three_charts(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _file_request(bot)
    await bot.make_staff(STAFF, "Zhou Min")
    periods = await bot.say(STAFF, "/stats")
    assert "which period" in (periods.text or "")
    await sim.press(STAFF, periods, "This month")
    scopes = await sim.wait_for_edit(periods, predicate=lambda m: "🏢 2" in str(m.buttons()))
    await sim.press(STAFF, scopes, "🏢 2")
    card = await sim.wait_for(STAFF, contains="📊 Building 2")
    assert "1 filed" in (card.text or "")
    assert "📥 Export (.xlsx)" in str(card.buttons())
    for _ in range(3):
        await sim.wait_for(STAFF, predicate=lambda m: m.kind == "photo")
    photos = _photos(sim, STAFF)
    assert len(photos) == 3
    for photo in photos:
        assert photo.file is not None
        width, height = Image.open(io.BytesIO(photo.file.data)).size
        assert width == 1200 and height >= 400


async def test_typed_days_open_the_scopes_and_bad_ones_get_a_friendly_answer(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhou Min")
    scopes = await bot.say(STAFF, "/stats 2027-01-01 2027-02-28")
    assert "2027-01-01 to 2027-02-28" in (scopes.text or "")
    await sim.press(STAFF, scopes, "🏘 Whole community")
    card = await sim.wait_for(STAFF, contains="📊 Whole community")
    assert "0 filed" in (card.text or "")
    for _ in range(3):
        await sim.wait_for(STAFF, predicate=lambda m: m.kind == "photo")
    bad = await bot.say(STAFF, "/stats 2027-03-31 2027-01-01")
    assert "could not read those dates" in (bad.text or "")
    other = await bot.say(STAFF, "/stats")
    await sim.press(STAFF, other, "📅 Other dates")
    await sim.wait_for(STAFF, contains="/stats 2027-01-01 2027-03-31")


async def test_a_resident_is_refused_stats_in_one_line_and_on_a_forged_button(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    refused = await bot.say(RESIDENT, "/stats")
    assert "only staff" in (refused.text or "") and "\n" not in (refused.text or "")
    query = await sim.press_data(
        RESIDENT, RESIDENT, refused.message_id, "st:sc:20270301:20270331:a:0"
    )
    answer = await sim.wait_for_callback_answer(query)
    assert answer.show_alert and "only staff" in (answer.text or "")
    await sim.expect_silence(RESIDENT, 0.3)


async def test_forged_or_stale_stats_buttons_are_answered_as_too_old(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhou Min")
    periods = await bot.say(STAFF, "/stats")
    for data in ("st:sc:20270301:20270331:b:99", "st:sc:20270231:20270331:a:0", "st:p:zz"):
        query = await sim.press_data(STAFF, STAFF, periods.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.show_alert and answer.text
    assert _photos(sim, STAFF) == []
