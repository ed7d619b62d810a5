"""A duplicate request linked to the open one it repeats: its resident is told, follows the
first one and hears its outcome; a wrong, closed or own number is answered and the form waits."""

from __future__ import annotations

from bot.models.requests import NewRequest, RequestStatus
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import STAFF_CHAT, Harness

FIRST, SECOND, STAFF = 7, 8, 20


async def _two_requests(bot: Harness, sim: BotApiSimulator) -> SimMessage:
    """Two residents report the same lift; returns the second request's card."""
    await bot.register(FIRST, "Wang Fang", building="2")
    await bot.register(SECOND, "Li Ming", building="2")
    await bot.make_staff(STAFF, "Zhao Lei")
    sim.set_member_status(STAFF_CHAT, STAFF, "member")
    for n, (who, words) in enumerate(((FIRST, "The lift is stuck"), (SECOND, "Lift broken")), 1):
        await bot.services.requests.file(
            who, new=NewRequest(category="repairs", description=words), source_key=f"d:{n}"
        )
    return await sim.wait_for(STAFF_CHAT, contains="Lift broken")


async def _answer(sim: BotApiSimulator, text: str) -> None:
    asked = [m for m in sim.bot_messages(STAFF_CHAT) if "same matter as" in m.content][-1]
    await sim.send_text(STAFF, text, chat_id=STAFF_CHAT, reply_to=asked)


async def test_a_duplicate_is_closed_and_its_resident_hears_the_first_ones_outcome(
    bot: Harness, sim: BotApiSimulator
) -> None:
    card = await _two_requests(bot, sim)
    await sim.press(STAFF, card, "✅ Close")
    card = await sim.wait_for_edit(card, lambda m: "🔗 Same as another request" in m.buttons())
    await sim.press(STAFF, card, "🔗 Same as another request")
    await sim.wait_for(STAFF_CHAT, contains="same matter as")
    await _answer(sim, "R-000099")
    await sim.wait_for(STAFF_CHAT, contains="There is no request R-000099")
    await _answer(sim, "2")
    await sim.wait_for(STAFF_CHAT, contains="That is R-000002 itself")
    await _answer(sim, "r-1")
    await sim.wait_for(STAFF_CHAT, contains="R-000002 is linked to R-000001")
    await sim.wait_for(SECOND, contains="is about the same matter as R-000001")
    second = (await bot.services.requests.mine(SECOND))[0]
    assert (second.status, second.duplicate_of) == (RequestStatus.CLOSED, 1)
    await sim.wait_for_edit(card, lambda m: "Status: Closed" in m.content and m.buttons() == [])

    await bot.services.desk.resolve(STAFF, 1, "The lift company repaired it")
    told = await sim.wait_for(SECOND, contains="R-000001, which your request R-000002")
    assert "The lift company repaired it" in told.content
    await sim.wait_for(FIRST, contains="The lift company repaired it")


async def test_a_request_cannot_be_linked_to_a_closed_one(
    bot: Harness, sim: BotApiSimulator
) -> None:
    card = await _two_requests(bot, sim)
    await bot.services.desk.refer(STAFF, 1, "Lift company", "400 800 0000")
    assert (await bot.services.requests.mine(SECOND))[0].status == RequestStatus.NEW
    await sim.press_data(STAFF, STAFF_CHAT, card.message_id, "req:dup:2")
    await sim.wait_for(STAFF_CHAT, contains="same matter as")
    await _answer(sim, "R-000001")
    await sim.wait_for(STAFF_CHAT, contains="R-000001 is no longer open")
    assert (await bot.services.requests.mine(SECOND))[0].status == RequestStatus.NEW
