"""Micro-wishes end to end: a wish is filed, vetted, claimed, done, confirmed and thanked,
with every message the helper receives checked for the resident's identity; a stalled claim is
reminded and released across a restart; a declined wish tells the resident why; forged staff
and resident buttons are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.models.people import Role
from bot.models.wishes import NewWish, WishStatus
from sandbox.simulator import SimMessage
from storage import people as people_repo
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT, HELPER, OTHER = 51, 52, 53
NAME, UNIT, PHONE = "Wang Fang", "7-702", "+8613800001111"
HANDOVER = "Meet Ms Zhou at the service station, Tuesday 3pm"


async def make_volunteer(bot: Harness, user: int, name: str) -> None:
    """Register someone and give them the volunteer role (a storage call, test setup only)."""
    await bot.register(user, name, unit="9-909")
    async with bot.services.env.db.transaction() as conn:
        person = await people_repo.by_tg(conn, user)
        assert person is not None
        await people_repo.update(conn, person.id, role=Role.VOLUNTEER)


async def file_by_chat(bot: Harness) -> None:
    """The resident files a wish through the form, every step by button or words."""
    sim = bot.sim
    await sim.send_text(RESIDENT, "/wish")
    ask = await sim.wait_for(RESIDENT, contains="What is your wish about")
    await sim.press(RESIDENT, ask, "Study")
    await sim.wait_for(RESIDENT, contains="Tell us your wish")
    await sim.send_sticker(RESIDENT)
    await sim.wait_for(RESIDENT, contains="Please write your wish")
    await bot.say(RESIDENT, "A school bag for my daughter")
    await sim.press_reply_button(RESIDENT, "Skip")
    await sim.wait_for(RESIDENT, contains="By when")
    await sim.send_text(RESIDENT, "sometime maybe")
    await sim.wait_for(RESIDENT, contains="could not read that date")
    await sim.press_reply_button(RESIDENT, "No date")
    await sim.wait_for(RESIDENT, contains="May helpers see your building")
    await sim.press_reply_button(RESIDENT, "No, keep it hidden")
    summary = await sim.wait_for(RESIDENT, contains="Please check your wish")
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="is sent")


async def approve_in_staff_chat(bot: Harness) -> None:
    """Staff approve the wish from its card, typing what the helper receives."""
    sim = bot.sim
    card = await sim.wait_for(STAFF_CHAT, contains="New wish")
    assert NAME in card.content and UNIT in card.content
    await sim.press(ADMIN, card, "Approve")
    await sim.wait_for_edit(card, predicate=lambda m: "🏢 Staff will arrange it" in m.buttons())
    await sim.press(ADMIN, card, "Type what the helper gets")
    asked = await sim.wait_for(STAFF_CHAT, contains="Answer this message")
    await sim.send_text(ADMIN, HANDOVER, chat_id=STAFF_CHAT, reply_to=asked)
    await sim.wait_for(STAFF_CHAT, contains="is published")
    decided = await sim.wait_for_edit(card, predicate=lambda m: "📣 Published" in m.content)
    assert decided.buttons() == []


def index_of(messages: list[SimMessage], text: str) -> int:
    return next(i for i, m in enumerate(messages) if text in m.content)


@pytest.mark.daytime
async def test_a_wish_is_filed_approved_claimed_done_confirmed_and_thanked(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, NAME, unit=UNIT, phone=PHONE)
    await make_volunteer(bot, HELPER, "Li Ming")
    await file_by_chat(bot)
    await approve_in_staff_chat(bot)
    await sim.wait_for(RESIDENT, contains="has been published")
    announced = await sim.wait_for(HELPER, contains="A new wish")
    await sim.press(HELPER, announced, "Open")
    card = await sim.wait_for(
        HELPER, contains="A school bag", predicate=lambda m: bool(m.buttons())
    )
    await sim.press(HELPER, card, "Claim it")
    mine = await sim.wait_for(HELPER, contains=HANDOVER)
    await sim.wait_for(RESIDENT, contains="a helper has taken on your wish")
    await sim.press(HELPER, mine, "On its way")
    await sim.wait_for(RESIDENT, contains="is on its way")
    await sim.press(HELPER, mine, "Done")
    await sim.wait_for(HELPER, contains="Send a photo")
    await sim.send_photo(HELPER)
    await sim.wait_for(HELPER, contains="asked the resident")
    asked = await sim.wait_for(RESIDENT, contains="Did you receive it")
    await sim.press(RESIDENT, asked, "Yes, received")
    await sim.wait_for(HELPER, contains="10 love-bank points")
    offer = await sim.wait_for(RESIDENT, contains="Wonderful")
    await sim.press(RESIDENT, offer, "Send a thank-you")
    await sim.wait_for(RESIDENT, contains="Write your thank-you")
    await sim.send_text(RESIDENT, "Thank you, neighbour!")
    thanks = await sim.wait_for(HELPER, contains="Thank you, neighbour!")
    assert "A thank-you" in thanks.content
    [wish] = await bot.services.wishes.mine(RESIDENT)
    assert wish.status == WishStatus.FULFILLED and wish.points == 10
    helper = await bot.services.people.get(HELPER)
    assert helper is not None and await bot.services.love_bank.balance(helper.id) == 10
    # Every message the helper received: never the resident's name, unit or phone; what staff
    # shared only from the claim on.
    received = sim.bot_messages(HELPER)
    for message in received:
        for secret in (NAME, UNIT, PHONE, "1111"):
            assert secret not in message.content, message.content
    claimed_at = index_of(received, "is yours")
    assert all(HANDOVER not in m.content for m in received[:claimed_at])
    assert any(HANDOVER in m.content for m in received[claimed_at:])


@pytest.mark.daytime
async def test_a_stalled_claim_is_reminded_and_released_across_a_restart(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, NAME, unit=UNIT)
    await make_volunteer(bot, HELPER, "Li Ming")
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="company", text="A visit to my mother"), source_key="t:1"
    )
    await bot.services.wish_desk.approve(ADMIN, wish.id, None, staff_arranges=True)
    announced = await sim.wait_for(HELPER, contains="A new wish")
    await sim.press(HELPER, announced, "Open")
    card = await sim.wait_for(HELPER, contains="A visit", predicate=lambda m: bool(m.buttons()))
    await sim.press(HELPER, card, "Claim it")
    await sim.wait_for(HELPER, contains="Staff will contact you")
    await sim.wait_for(STAFF_CHAT, contains="please contact the helper")
    bot.travel(timedelta(days=7, minutes=1))
    await bot.tick()
    reminder = await sim.wait_for(HELPER, contains="no progress for a while")
    assert "🚶 On its way" in reminder.buttons()
    await bot.restart()
    await bot.tick()
    await sim.expect_silence(HELPER, 0.4)  # reminded once, not again after the restart
    bot.travel(timedelta(days=3, minutes=1))
    await bot.tick()
    await sim.wait_for(HELPER, contains="went back to the list")
    await sim.wait_for(STAFF_CHAT, contains="made no progress after a reminder")
    assert (await bot.services.wishes.view(RESIDENT, wish.id)).status == WishStatus.PUBLISHED
    await sim.send_text(HELPER, "/wishes")
    board = await sim.wait_for(HELPER, contains="waiting for a helper")
    assert any(wish.number in b for b in board.buttons())
    for message in sim.bot_messages(HELPER):  # reminders and releases name nobody either
        assert NAME not in message.content and UNIT not in message.content


async def test_a_declined_wish_tells_the_resident_why(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, NAME, unit=UNIT)
    await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="other", text="A new car"), source_key="t"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="New wish")
    await sim.press(ADMIN, card, "Decline")
    asked = await sim.wait_for(STAFF_CHAT, contains="why is")
    await sim.send_text(ADMIN, "This is beyond a micro-wish", chat_id=STAFF_CHAT, reply_to=asked)
    await sim.wait_for(STAFF_CHAT, contains="resident is told why")
    decided = await sim.wait_for_edit(card, predicate=lambda m: "❌ Declined" in m.content)
    assert decided.buttons() == []
    told = await sim.wait_for(RESIDENT, contains="was declined")
    assert "This is beyond a micro-wish" in told.content
    await sim.send_text(RESIDENT, "/mywishes")
    listing = await sim.wait_for(RESIDENT, contains="Your wishes")
    assert any("Declined" in b for b in listing.buttons())


async def test_forged_buttons_are_refused_a_resident_cannot_approve_nor_a_helper_confirm(
    bot: Harness,
) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, NAME, unit=UNIT)
    await make_volunteer(bot, HELPER, "Li Ming")
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="repairs", text="Mend a wheelchair"), source_key="t"
    )
    last = sim.bot_messages(RESIDENT)[-1]
    for data in (f"wd:ap:{wish.id}", f"wd:sa:{wish.id}", f"wd:dc:{wish.id}", "wd:xl:0"):
        query = await sim.press_data(RESIDENT, RESIDENT, last.message_id, data)
        answer = await sim.wait_for_callback_answer(query)
        assert answer.text is not None and "only staff" in answer.text
    assert (await bot.services.wishes.view(RESIDENT, wish.id)).status == WishStatus.REVIEW
    await bot.services.wish_desk.approve(ADMIN, wish.id, HANDOVER)
    await bot.services.wish_helpers.claim(HELPER, wish.id)
    await bot.services.wish_helpers.done(HELPER, wish.id)
    await sim.wait_for(STAFF_CHAT, contains="claimed by Li Ming")
    helper_last = sim.bot_messages(HELPER)[-1]
    for data in (f"wr:yes:{wish.id}", f"wd:yes:{wish.id}", "wh:cl:x", "wr:op:99999"):
        query = await sim.press_data(HELPER, HELPER, helper_last.message_id, data)
        assert (await sim.wait_for_callback_answer(query)).text
    assert (await bot.services.wishes.view(RESIDENT, wish.id)).status == WishStatus.DONE
    await sim.expect_silence(STAFF_CHAT, 0.3)  # nothing crashed


async def test_a_resident_withdraws_an_unclaimed_wish_from_my_wishes(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, NAME, unit=UNIT)
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="daily", text="A warm coat"), source_key="t"
    )
    await sim.press_reply_button(RESIDENT, "🌟 My wishes")
    listing = await sim.wait_for(RESIDENT, contains="Your wishes")
    await sim.press(RESIDENT, listing, wish.number)
    card = await sim.wait_for(RESIDENT, contains="Waiting for review")
    await sim.press(RESIDENT, card, "Withdraw")
    await sim.wait_for(RESIDENT, contains="is withdrawn")
    await sim.wait_for(STAFF_CHAT, contains="withdrawn by the resident")
    query = await sim.press_data(RESIDENT, RESIDENT, card.message_id, f"wr:wd:{wish.id}")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.text is not None and "cannot be withdrawn" in answer.text
    await sim.send_text(RESIDENT, "/mydata")
    data = await sim.wait_for(RESIDENT, contains="Your wishes (1)")
    assert f"{wish.number} · 🚪 Withdrawn · A warm coat" in data.content


async def test_a_chinese_speaking_resident_makes_a_wish_by_next_friday(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, "李秀英", unit=UNIT, language_code="zh")
    await sim.press_reply_button(RESIDENT, "🌟 许个心愿")
    ask = await sim.wait_for(RESIDENT, contains="您的心愿是关于什么的")
    await sim.press(RESIDENT, ask, "陪伴探访")
    await sim.wait_for(RESIDENT, contains="请用几句话写下您的心愿")
    await bot.say(RESIDENT, "希望有人陪我聊聊天")
    await sim.press_reply_button(RESIDENT, "跳过")
    await sim.wait_for(RESIDENT, contains="最晚什么时候")
    await bot.say(RESIDENT, "下周五")
    await sim.press_reply_button(RESIDENT, "不，保密")
    summary = await sim.wait_for(RESIDENT, contains="请核对您的心愿")
    await sim.press(RESIDENT, summary, "确认")
    await sim.wait_for(RESIDENT, contains="已提交")
    [wish] = await bot.services.wishes.mine(RESIDENT)
    assert wish.by_when is not None and wish.by_when.weekday() == 4
    assert 0 < (wish.by_when - bot.clock.now()).days <= 13


async def test_a_first_wish_begins_with_one_line_on_what_a_wish_is_and_a_later_one_does_not(
    bot: Harness,
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.sim.press_reply_button(RESIDENT, "🌟 Make a wish")
    await bot.sim.wait_for(RESIDENT, contains="A micro-wish (微心愿) is a small thing")
    await bot.sim.wait_for(RESIDENT, contains="What is your wish about")
    await bot.sim.send_text(RESIDENT, "/cancel")
    await bot.sim.wait_for(RESIDENT, contains="Cancelled")
    await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="study", text="Books"), source_key="first"
    )
    mark = len(bot.sim.bot_messages(RESIDENT))
    await bot.sim.press_reply_button(RESIDENT, "🌟 Make a wish")
    await bot.sim.wait_for(RESIDENT, contains="What is your wish about")
    later = [m.content for m in bot.sim.bot_messages(RESIDENT)[mark:]]
    assert not [text for text in later if "A micro-wish" in text]
