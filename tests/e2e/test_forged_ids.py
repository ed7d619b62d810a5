"""Ids too big for SQLite, from a deep link or forged callback data, say "not found", never crash.

SQLite integers are signed 64-bit: an id past 2**63 - 1 used to reach a query and raise
OverflowError, which apologised to the person and alerted staff.
"""

from __future__ import annotations

from bot.models.wishes import NewWish
from sandbox.simulator import SimMessage
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness
from tests.e2e.test_events import publish

RESIDENT = 51
HUGE = "999999999999999999999"  # 21 digits, far past 2**63 - 1
JUST_PAST = str(2**63)  # the first integer SQLite cannot hold

EVENT_GONE = "cannot find that event"
WISH_GONE = "That wish cannot be found"
GONE = "cannot find that any more"


async def _nothing_went_wrong(bot: Harness, *chats: int) -> None:
    """Assert no error apology reached the chats and no error alert reached staff."""
    await bot.sim.expect_silence(STAFF_CHAT, 0.3)
    for chat in chats:
        assert not any("went wrong" in m.content for m in bot.sim.bot_messages(chat)), chat
    assert not any("went wrong" in m.content for m in bot.sim.bot_messages(STAFF_CHAT))


async def _press_all(bot: Harness, user: int, at: SimMessage, cases: list[tuple[str, str]]) -> None:
    """Press each forged data on a message and check the pop-up says the thing is not found."""
    for data, expected in cases:
        query = await bot.sim.press_data(user, at.chat_id, at.message_id, data)
        answer = await bot.sim.wait_for_callback_answer(query)
        assert answer.text is not None and expected in answer.text, (data, answer.text)


async def test_a_deep_link_with_a_huge_event_id_says_the_event_cannot_be_found(
    bot: Harness,
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    for payload in (HUGE, JUST_PAST):
        await bot.sim.send_text(RESIDENT, f"/start event_{payload}")
        sorry = await bot.sim.wait_for(RESIDENT)
        assert EVENT_GONE in sorry.content, sorry.content
    await _nothing_went_wrong(bot, RESIDENT)


async def test_a_newcomer_opening_a_deep_link_with_a_huge_event_id_is_told_it_is_not_found(
    bot: Harness,
) -> None:
    bot.sim.add_user(RESIDENT, "Wang Fang")
    await bot.sim.send_text(RESIDENT, f"/start event_{HUGE}")
    sorry = await bot.sim.wait_for(RESIDENT)
    assert EVENT_GONE in sorry.content, sorry.content
    await _nothing_went_wrong(bot, RESIDENT)


async def test_a_residents_forged_presses_with_huge_ids_say_not_found_without_a_crash(
    bot: Harness,
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    last = bot.sim.bot_messages(RESIDENT)[-1]
    cases = [
        (f"ev:open:{HUGE}", EVENT_GONE),
        (f"ev:sign:{JUST_PAST}:1", EVENT_GONE),
        (f"ev:cxl:{HUGE}:y", EVENT_GONE),
        (f"my:open:{HUGE}", GONE),
        (f"my:rate:{JUST_PAST}:5", GONE),
        (f"wr:op:{HUGE}", WISH_GONE),
        (f"wr:yes:{JUST_PAST}", WISH_GONE),
        (f"wh:op:{HUGE}", WISH_GONE),
        (f"wh:cl:1:{HUGE}", GONE),  # a partner organisation, not a wish
        (f"tk:open:{HUGE}", GONE),
        (f"tk:claim:{JUST_PAST}", GONE),
        (f"bcu:r:{HUGE}", GONE),
        (f"rw:req:{HUGE}", GONE),
    ]
    await _press_all(bot, RESIDENT, last, cases)
    await _nothing_went_wrong(bot, RESIDENT)


async def test_staffs_forged_presses_with_huge_ids_say_not_found_without_a_crash(
    bot: Harness,
) -> None:
    await bot.sim.send_text(ADMIN, "/help")
    last = await bot.sim.wait_for(ADMIN)
    cases = [
        (f"req:take:{HUGE}", GONE),
        (f"req:open:{JUST_PAST}", GONE),
        (f"req:handto:1:{HUGE}", GONE),
        (f"evs:card:{HUGE}", EVENT_GONE),
        (f"evs:cxl:{JUST_PAST}:y", EVENT_GONE),
        (f"wd:ap:{HUGE}", WISH_GONE),
        (f"bcd:cancel:{HUGE}", GONE),
        (f"bcd:stop:{JUST_PAST}", GONE),
        (f"tks:roster:{HUGE}", GONE),
        (f"tks:came:1:{HUGE}", GONE),
        (f"vol:ok:{HUGE}", GONE),
        (f"lb:award:{JUST_PAST}", GONE),
        (f"rwd:ok:{HUGE}", GONE),
        (f"adm:rmok:{JUST_PAST}", GONE),
    ]
    await _press_all(bot, ADMIN, last, cases)
    await _nothing_went_wrong(bot, ADMIN)


async def test_a_forged_press_with_full_width_digits_is_not_taken_for_an_id(bot: Harness) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    event_id = await publish(bot)
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="daily", text="A warm coat"), source_key="t"
    )
    assert (event_id, wish.id) == (1, 1)
    await bot.sim.wait_for(STAFF_CHAT, contains=wish.number)  # its review card, not an alert
    last = bot.sim.bot_messages(RESIDENT)[-1]
    # Python's int() reads "１" as 1; the bot's own buttons only ever carry ASCII digits.
    await _press_all(bot, RESIDENT, last, [("ev:open:１", EVENT_GONE), ("wr:op:１", WISH_GONE)])
    await _nothing_went_wrong(bot, RESIDENT)


async def test_a_forged_points_page_far_past_the_end_shows_the_balance_without_a_crash(
    bot: Harness,
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    last = bot.sim.bot_messages(RESIDENT)[-1]
    # A page is not an id, but it becomes an OFFSET (page x 10) that SQLite must hold too.
    await bot.sim.press_data(RESIDENT, RESIDENT, last.message_id, f"pt:page:{2**63 - 1}")
    card = await bot.sim.wait_for(RESIDENT)
    assert "Your love-bank balance: 0 points" in card.content, card.content
    await _nothing_went_wrong(bot, RESIDENT)


async def test_a_forged_honours_month_past_the_calendar_is_an_old_button_not_a_crash(
    bot: Harness,
) -> None:
    await bot.sim.send_text(ADMIN, "/help")
    last = await bot.sim.wait_for(ADMIN)
    await _press_all(bot, ADMIN, last, [("hon:pub:99999912", "from an old message")])
    await _nothing_went_wrong(bot, ADMIN)


async def test_a_forged_roster_press_missing_the_volunteer_is_an_old_button_not_a_crash(
    bot: Harness,
) -> None:
    await bot.sim.send_text(ADMIN, "/help")
    last = await bot.sim.wait_for(ADMIN)
    # `tks:came` names a task and a volunteer; with one part missing it used to hit an IndexError.
    await _press_all(bot, ADMIN, last, [("tks:came:1", "from an old message")])
    await _nothing_went_wrong(bot, ADMIN)
