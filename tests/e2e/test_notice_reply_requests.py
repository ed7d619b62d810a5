"""A resident's reply to a notice becomes a request with one tap in the staff chat: the
presser owns it, the resident is told its number, and presses by two staff at once, a double
tap or a resident's forged press make no second request."""

from __future__ import annotations

import asyncio

from bot.models.notices import NoticeAudience, NoticeSpec
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT, STAFF, COLLEAGUE = 12, 500, 501


async def _reply_card(bot: Harness, sim: BotApiSimulator) -> SimMessage:
    await bot.register(RESIDENT, "Li Na", building="2")
    for tg, name in ((STAFF, "Chen Jing"), (COLLEAGUE, "Zhou Min")):
        await bot.make_staff(tg, name)
        sim.set_member_status(STAFF_CHAT, tg, "member")
    await bot.services.broadcasts.set_quiet_hours(ADMIN, "0-0")
    await bot.services.broadcasts.send_now(
        STAFF,
        NoticeSpec(text="The lift stops on Friday", audience=NoticeAudience.EVERYONE),
        source_key="n:1",
    )
    notice = await sim.wait_for(RESIDENT, contains="The lift stops")
    await bot.press(RESIDENT, notice, "↩️ Reply")
    await bot.say(RESIDENT, "My mother cannot walk the stairs, can someone help her?")
    return await sim.wait_for(STAFF_CHAT, contains="My mother cannot walk")


async def test_a_reply_becomes_a_request_owned_by_the_staff_member_who_pressed(
    bot: Harness, sim: BotApiSimulator
) -> None:
    card = await _reply_card(bot, sim)
    answer = await sim.wait_for_callback_answer(
        await sim.press(STAFF, card, "📝 Make it a request")
    )
    assert answer.text == "📝 R-000001 made from the reply; you own it."
    await sim.wait_for_edit(card, lambda m: m.buttons() == [])
    await sim.wait_for(RESIDENT, contains="Your reply to the notice is now request R-000001")
    await sim.wait_for(RESIDENT, contains="Chen Jing")
    view = await bot.services.desk.view(STAFF, 1)
    assert view.owner is not None and view.owner.name == "Chen Jing"
    assert view.request.description.startswith("My mother cannot walk")
    again = await sim.press_data(STAFF, STAFF_CHAT, card.message_id, "bcd:req:1")
    assert (await sim.wait_for_callback_answer(again)).text == "📝 This reply is already R-000001."


async def test_two_staff_pressing_at_once_make_one_request(
    bot: Harness, sim: BotApiSimulator
) -> None:
    card = await _reply_card(bot, sim)
    presses = await asyncio.gather(
        sim.press(STAFF, card, "📝 Make it a request"),
        sim.press(COLLEAGUE, card, "📝 Make it a request"),
    )
    answers = [(await sim.wait_for_callback_answer(p)).text or "" for p in presses]
    assert sorted("already" in a for a in answers) == [False, True]
    assert len(await bot.services.requests.mine(RESIDENT)) == 1


async def test_a_residents_forged_press_makes_no_request(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _reply_card(bot, sim)
    last = sim.bot_messages(RESIDENT)[-1].message_id
    query = await sim.press_data(RESIDENT, RESIDENT, last, "bcd:req:1")
    assert "only staff" in ((await sim.wait_for_callback_answer(query)).text or "")
    assert await bot.services.requests.mine(RESIDENT) == []


async def test_a_reply_becomes_a_council_topic_its_resident_raises(
    bot: Harness, sim: BotApiSimulator
) -> None:
    card = await _reply_card(bot, sim)
    answer = await sim.wait_for_callback_answer(await sim.press(STAFF, card, "🗳 Make it a topic"))
    assert (answer.text or "").startswith("🗳 T-000001 made from the reply")
    await sim.wait_for(RESIDENT, contains="is now topic T-000001")
    await sim.wait_for(STAFF_CHAT, contains="T-000001")
    [topic] = await bot.services.topics.mine(RESIDENT)
    assert topic.text.startswith("My mother cannot walk") and not topic.show_name
    again = await sim.press_data(STAFF, STAFF_CHAT, card.message_id, "bcd:top:1")
    assert (await sim.wait_for_callback_answer(again)).text == "🗳 This reply is already T-000001."
