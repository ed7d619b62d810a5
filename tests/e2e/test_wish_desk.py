"""Wishes end to end, the staff side and bad input: a wish form survives a restart and a double
tap files once; staff edit a wish before approving, see its photo, file a proxy wish and answer
for its resident; the wish desk counts and exports; partners invite members by a link."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.clock import ShiftedClock
from bot.models.wishes import NewWish, WishStatus
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness
from tests.e2e.test_wishes import HANDOVER, make_volunteer

RESIDENT, HELPER, MEMBER = 61, 62, 63


async def test_the_wish_form_survives_a_restart_and_a_double_tap_files_once(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, "Wang Fang", unit="7-702")
    await sim.press_reply_button(RESIDENT, "🌟 Make a wish")
    ask = await sim.wait_for(RESIDENT, contains="What is your wish about")
    await sim.press(RESIDENT, ask, "Repairs")
    await sim.wait_for(RESIDENT, contains="Tell us your wish")
    await sim.send_text(RESIDENT, "x" * 1001)
    await sim.wait_for(RESIDENT, contains="too long")
    await bot.restart()
    await sim.send_voice(RESIDENT)
    await sim.wait_for(RESIDENT, contains="You may send one photo")
    await sim.send_photo(RESIDENT)
    await sim.wait_for(RESIDENT, contains="By when")
    await sim.send_text(RESIDENT, "2020-01-01")
    await sim.wait_for(RESIDENT, contains="That date has passed")
    await sim.send_text(RESIDENT, "2099-06-30")
    await sim.wait_for(RESIDENT, contains="May helpers see your building")
    await sim.send_text(RESIDENT, "maybe")
    await sim.wait_for(RESIDENT, contains="Please press one of the buttons")
    await sim.press_reply_button(RESIDENT, "Yes, show my building")
    summary = await sim.wait_for(RESIDENT, contains="Please check your wish")
    assert "2099-06-30" in summary.content and "voice message" in summary.content
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.press(RESIDENT, summary, "Confirm")
    await sim.wait_for(RESIDENT, contains="is sent")
    await sim.wait_for(RESIDENT, contains="already sent")
    [wish] = await bot.services.wishes.mine(RESIDENT)
    assert wish.voice_file_id and wish.photo and wish.show_building
    card = await sim.wait_for(STAFF_CHAT, contains="New wish")
    await sim.press(ADMIN, card, "Photo or voice")
    await sim.wait_for(STAFF_CHAT, predicate=lambda m: m.kind == "photo")
    # A voice-only wish needs words before helpers can read it.
    await sim.press(ADMIN, card, "Approve")
    await sim.wait_for_edit(card, predicate=lambda m: "🏢 Staff will arrange it" in m.buttons())
    query = await sim.press(ADMIN, card, "Staff will arrange it")
    answer = await sim.wait_for_callback_answer(query)
    assert answer.text is not None and "write its text first" in answer.text
    await sim.press(ADMIN, card, "Back")
    await sim.wait_for_edit(card, predicate=lambda m: "✏️ Edit" in m.buttons())
    await sim.press(ADMIN, card, "Edit")
    asked = await sim.wait_for(STAFF_CHAT, contains="write the new text")
    await sim.send_text(
        ADMIN, "Mend the brakes of a wheelchair", chat_id=STAFF_CHAT, reply_to=asked
    )
    await sim.wait_for(STAFF_CHAT, contains="text of W-000001 is changed")
    await sim.wait_for_edit(card, predicate=lambda m: "Mend the brakes" in m.content)
    await sim.press(ADMIN, card, "Approve")
    await sim.wait_for_edit(card, predicate=lambda m: "🏢 Staff will arrange it" in m.buttons())
    await sim.press(ADMIN, card, "Staff will arrange it")
    await sim.wait_for(STAFF_CHAT, contains="is published")
    decided = await sim.wait_for_edit(card, predicate=lambda m: "📣 Published" in m.content)
    assert decided.buttons() == ["📎 Photo or voice"]
    assert (await bot.services.wishes.view(RESIDENT, wish.id)).status == WishStatus.PUBLISHED


@pytest.mark.daytime
async def test_staff_file_a_proxy_wish_and_answer_for_the_resident(bot: Harness) -> None:
    sim = bot.sim
    await make_volunteer(bot, HELPER, "Li Ming")
    await sim.send_text(ADMIN, "/proxywish")
    await sim.wait_for(ADMIN, contains="What is their name")
    await bot.say(ADMIN, "Grandma Chen")
    await bot.say(ADMIN, "2")
    await bot.say(ADMIN, "5-502")
    await sim.send_text(ADMIN, "no digits")
    await sim.wait_for(ADMIN, contains="needs digits")
    await sim.send_text(ADMIN, "555-0101")
    await sim.wait_for(ADMIN, contains="How did they agree")
    await bot.say(ADMIN, "Agreed by phone with her son, 3 June")
    hint = await bot.say(ADMIN, "Company, please")  # words where buttons are asked
    assert "buttons" in hint.content
    categories = await sim.wait_for(ADMIN, contains="What is the wish about")  # the form kept
    await sim.press(ADMIN, categories, "Company and visits")
    await sim.wait_for(ADMIN, contains="What do they wish for")
    summary = await bot.say(ADMIN, "A weekly visit for a chat and a game of chess")
    assert "Grandma Chen" in summary.content and "Agreed by phone" in summary.content
    await sim.press(ADMIN, summary, "Confirm")
    await sim.wait_for(ADMIN, contains="is filed and waits for review")
    card = await sim.wait_for(STAFF_CHAT, contains="Filed by staff")
    await sim.press(ADMIN, card, "Approve")
    await sim.wait_for_edit(card, predicate=lambda m: "🏢 Staff will arrange it" in m.buttons())
    await sim.press(ADMIN, card, "Type what the helper gets")
    asked = await sim.wait_for(STAFF_CHAT, contains="Answer this message")
    await sim.send_text(ADMIN, HANDOVER, chat_id=STAFF_CHAT, reply_to=asked)
    announced = await sim.wait_for(HELPER, contains="A new wish")
    assert "Grandma Chen" not in announced.content and "5-502" not in announced.content
    public, _ = await bot.services.wish_helpers.board(HELPER)
    await bot.services.wish_helpers.claim(HELPER, public[0].id)
    await bot.services.wish_helpers.done(HELPER, public[0].id)
    ask = await sim.wait_for(STAFF_CHAT, contains="has no Telegram")
    await sim.press(ADMIN, ask, "Yes, received")
    await sim.wait_for(STAFF_CHAT, contains="Noted for wish")
    await sim.wait_for(HELPER, contains="love-bank points")
    overview = await bot.services.wish_overview.overview(ADMIN)
    assert overview.by_status == {"fulfilled": 1}


async def test_the_wish_desk_counts_exports_and_partners_invite_members(bot: Harness) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, "Wang Fang", unit="7-702")
    await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="study", text="Books"), source_key="a"
    )
    wish, _ = await bot.services.wishes.file(
        RESIDENT, new=NewWish(category="health", text="A blood-pressure monitor"), source_key="b"
    )
    await bot.services.wish_desk.approve(ADMIN, wish.id, HANDOVER)
    await sim.send_text(ADMIN, "/wishdesk")
    desk = await sim.wait_for(ADMIN, contains="Wish desk")
    assert "Waiting for review 1" in desk.content and "Published 1" in desk.content
    assert "A blood-pressure monitor" in desk.content
    await sim.press(ADMIN, desk, "Export")
    sheet_message = await sim.wait_for(ADMIN, predicate=lambda m: m.kind == "document")
    assert sheet_message.file is not None
    sheet = load_workbook(io.BytesIO(sheet_message.file.data)).active
    assert sheet is not None and sheet.max_row == 3
    await sim.press(ADMIN, desk, "Partners")
    partners = await sim.wait_for(ADMIN, contains="No partner organisations yet")
    await sim.press(ADMIN, partners, "Add a partner")
    asked = await sim.wait_for(ADMIN, contains="called")
    await sim.send_text(ADMIN, "Linli Library", reply_to=asked)
    await sim.wait_for(ADMIN, contains="Linli Library is on the list")
    await sim.send_text(ADMIN, "/partners")
    listing = await sim.wait_for(ADMIN, contains="Linli Library · 0 members")
    await sim.press(ADMIN, listing, "🔗 Linli Library")
    link = await sim.wait_for(ADMIN, contains="start=partner_")
    token = link.content.split("start=partner_")[1].split()[0]
    sim.add_user(MEMBER, "Zhao Lei")
    await sim.send_text(MEMBER, f"/start partner_{token}")
    await sim.wait_for(MEMBER, contains="you now act for Linli Library")
    await sim.send_text(MEMBER, "/wishes")
    board = await sim.wait_for(MEMBER, contains="waiting for a helper")
    await sim.press(MEMBER, board, wish.number)
    card = await sim.wait_for(
        MEMBER, contains="blood-pressure", predicate=lambda m: bool(m.buttons())
    )
    await sim.press(MEMBER, card, "Claim for Linli Library")
    await sim.wait_for(STAFF_CHAT, contains="claimed by Zhao Lei (Linli Library)")
    sim.add_user(MEMBER + 1, "Someone Else")
    await sim.send_text(MEMBER + 1, f"/start partner_{token}")
    await sim.wait_for(MEMBER + 1, contains="has been used or has expired")
    await sim.send_text(ADMIN, "/wishpoints health 25")
    await sim.wait_for(ADMIN, contains="now earns 25 points")
    await sim.send_text(ADMIN, "/wishpoints cars 5")
    await sim.wait_for(ADMIN, contains="Unknown category")
    await sim.send_text(ADMIN, "/wishstall 3")
    await sim.wait_for(ADMIN, contains="for 3 days get a reminder")
    await sim.send_text(RESIDENT, "/wishstall 3")
    await sim.wait_for(RESIDENT, contains="only staff")


@pytest.mark.daytime
async def test_without_a_staff_chat_staff_vet_privately_and_a_helper_gives_a_wish_back(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> None:
    bot = Harness(sim=sim, db_path=tmp_path / "private.db", staff_chat=None, clock=clock)
    await bot.start()
    try:
        await bot.services.people.touch(ADMIN, "Admin Li", "en")
        await bot.register(RESIDENT, "Wang Fang", unit="7-702")
        await make_volunteer(bot, HELPER, "Li Ming")
        await make_volunteer(bot, HELPER + 10, "Zhao Lei")
        await bot.services.wishes.file(
            RESIDENT, new=NewWish(category="study", text="Books"), source_key="a"
        )
        card = await sim.wait_for(ADMIN, contains="New wish")
        await sim.press(ADMIN, card, "Approve")
        await sim.wait_for_edit(card, predicate=lambda m: "🏢 Staff will arrange it" in m.buttons())
        await sim.press(ADMIN, card, "Type what the helper gets")
        asked = await sim.wait_for(ADMIN, contains="Answer this message")
        await sim.send_text(ADMIN, HANDOVER, reply_to=asked)
        await sim.wait_for(ADMIN, contains="is published; 2 helpers were told")
        announced = await sim.wait_for(HELPER, contains="A new wish")
        await sim.press(HELPER, announced, "Open")
        card = await sim.wait_for(HELPER, contains="Books", predicate=lambda m: bool(m.buttons()))
        await sim.press(HELPER, card, "Claim it")
        mine = await sim.wait_for(HELPER, contains=HANDOVER)
        late = await sim.wait_for(HELPER + 10, contains="A new wish")
        answer = await sim.wait_for_callback_answer(await sim.press(HELPER + 10, late, "Open"))
        assert answer.text is not None and "no longer waiting" in answer.text
        await sim.press(HELPER, mine, "Give it back")
        await sim.wait_for(HELPER, contains="is back on the list")
        await sim.wait_for(ADMIN, contains="gave wish W-000001 back")
        await sim.press(HELPER + 10, late, "Open")
        card = await sim.wait_for(
            HELPER + 10, contains="Books", predicate=lambda m: bool(m.buttons())
        )
        await sim.press(HELPER + 10, card, "Claim it")
        await sim.wait_for(HELPER + 10, contains=HANDOVER)
    finally:
        await bot.stop()


async def test_the_wish_desk_opens_each_waiting_wish_and_vets_it_in_two_taps(
    bot: Harness,
) -> None:
    sim = bot.sim
    await bot.register(RESIDENT, "Wang Fang", unit="7-702")
    for n, text in enumerate(("Books for my grandson", "A walking stick"), 1):
        await bot.services.wishes.file(
            RESIDENT, new=NewWish(category="study", text=text), source_key=f"rv:{n}"
        )
    await sim.send_text(ADMIN, "/wishdesk")
    desk = await sim.wait_for(ADMIN, contains="Wish desk")
    assert "🔍 Open W-000001" in desk.buttons() and "🔍 Open W-000002" in desk.buttons()
    await sim.press(ADMIN, desk, "🔍 Open W-000002")
    card = await sim.wait_for(ADMIN, contains="A walking stick")
    await sim.press(ADMIN, card, "Approve")
    card = await sim.wait_for_edit(card, lambda m: "🏢 Staff will arrange it" in m.buttons())
    await sim.press(ADMIN, card, "Staff will arrange it")
    await sim.wait_for(RESIDENT, contains="W-000002")
    [second] = [w for w in await bot.services.wishes.mine(RESIDENT) if w.id == 2]
    assert second.status == WishStatus.PUBLISHED
    # The desk's old button for a wish already vetted shows where it stands, without Approve.
    await sim.press(ADMIN, desk, "🔍 Open W-000002")
    again = await sim.wait_for(ADMIN, contains="A walking stick")
    assert "Approve" not in " ".join(again.buttons())
