"""Saved replies end to end: staff keep them per category in /replies, a Reply on a request
offers its category's ones as buttons, one is sent with Send exactly once, and residents,
forged presses and words typed where a button is asked are answered kindly."""

from __future__ import annotations

from bot.models.requests import NewRequest
from sandbox.simulator import BotApiSimulator, SimMessage
from tests.e2e.harness import STAFF_CHAT, Harness

RESIDENT = 7
STAFF = 20
PLUMBER = "The plumber comes tomorrow between 9 and 12."


async def _keep(bot: Harness, sim: BotApiSimulator, category: str, text: str) -> SimMessage:
    """Add a saved reply through /replies in the staff member's chat; return the list."""
    await sim.send_text(STAFF, "/replies")
    listing = await sim.wait_for(STAFF, predicate=lambda m: "➕ Add a saved reply" in m.buttons())
    await sim.press(STAFF, listing, "➕ Add a saved reply")
    asked = await sim.wait_for(STAFF, contains="Which requests is the saved reply for")
    await sim.press(STAFF, asked, category)
    prompt = await sim.wait_for(STAFF, contains="type the saved reply")
    await sim.send_text(STAFF, text, reply_to=prompt)
    await sim.wait_for(STAFF, contains=f"Saved: {text}")
    return await sim.wait_for(STAFF, contains="Saved replies:")


async def _reply_on_card(bot: Harness, sim: BotApiSimulator) -> SimMessage:
    """File a repairs request, take it in the staff group, press Reply; return the offer."""
    await bot.services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap drips"), source_key="s:1"
    )
    card = await sim.wait_for(STAFF_CHAT, contains="R-000001")
    await sim.press(STAFF, card, "✋ Take")
    card = await sim.wait_for_edit(card, lambda m: "💬 Reply" in m.buttons())
    await sim.press(STAFF, card, "💬 Reply")
    await sim.wait_for(STAFF_CHAT, contains="write your answer")
    return await sim.wait_for(STAFF_CHAT, contains="Or send a saved reply")


async def _setup(bot: Harness) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Li Lei")
    bot.sim.set_member_status(STAFF_CHAT, STAFF, "member")


async def test_a_saved_reply_of_the_category_is_sent_with_one_tap_and_only_once(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _setup(bot)
    listing = await _keep(bot, sim, "🔧 Repairs", PLUMBER)
    assert "1. [🔧 Repairs] The plumber comes" in listing.content
    await _keep(bot, sim, "Every category", "We are on it and will tell you soon.")
    await _keep(bot, sim, "🧹 Sanitation", "The bins are emptied on Tuesdays.")

    offer = await _reply_on_card(bot, sim)
    labels = [b for b in offer.buttons() if b.startswith("💬")]
    assert len(labels) == 2 and labels[0].startswith("💬 The plumber comes")
    assert not [b for b in offer.buttons() if "bins" in b]  # another category's
    await sim.press(STAFF, offer, "💬 The plumber comes")
    shown = await sim.wait_for_edit(offer, lambda m: "✅ Send" in m.buttons())
    assert PLUMBER in shown.content and "copy it" in shown.content
    await sim.press(STAFF, shown, "✅ Send")
    await sim.wait_for(RESIDENT, contains=PLUMBER)
    await sim.wait_for(STAFF_CHAT, contains="was sent to the resident")
    # The same Send pressed again (a double tap) answers nobody twice.
    again = await sim.press_data(STAFF, STAFF_CHAT, offer.message_id, "sr:send:1:1")
    assert "Reply on the request first" in ((await sim.wait_for_callback_answer(again)).text or "")
    sent = [m for m in sim.bot_messages(RESIDENT) if PLUMBER in m.content]
    assert len(sent) == 1
    view = await bot.services.desk.view(STAFF, 1, timeline=True)
    assert [e.body for e in view.timeline].count(PLUMBER) == 1


async def test_removing_a_saved_reply_redraws_the_list_and_a_second_press_says_so(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _setup(bot)
    listing = await _keep(bot, sim, "🔧 Repairs", PLUMBER)
    await sim.press(STAFF, listing, "🗑 Remove 1")
    listing = await sim.wait_for_edit(listing, lambda m: "No saved replies yet" in m.content)
    again = await sim.press_data(STAFF, STAFF, listing.message_id, "sr:del:1")
    assert (await sim.wait_for_callback_answer(again)).text == "It was already removed."


async def test_words_typed_where_a_category_is_asked_keep_the_form_waiting(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _setup(bot)
    await sim.send_text(STAFF, "/replies")
    listing = await sim.wait_for(STAFF, contains="No saved replies yet")
    await sim.press(STAFF, listing, "➕ Add a saved reply")
    asked = await sim.wait_for(STAFF, contains="Which requests")
    await sim.send_text(STAFF, "repairs please")
    await sim.wait_for(STAFF, contains="press one of the buttons above")
    await sim.press(STAFF, asked, "🔧 Repairs")
    prompt = await sim.wait_for(STAFF, contains="type the saved reply")
    await sim.send_text(STAFF, "x" * 1001, reply_to=prompt)
    await sim.wait_for(STAFF, contains="too long")
    await sim.send_text(STAFF, PLUMBER, reply_to=prompt)
    await sim.wait_for(STAFF, contains=f"Saved: {PLUMBER}")


async def test_residents_and_forged_saved_reply_presses_change_nothing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await _setup(bot)
    await _keep(bot, sim, "🔧 Repairs", PLUMBER)
    await sim.send_text(RESIDENT, "/replies")
    await sim.wait_for(RESIDENT, contains="only staff")
    last = sim.bot_messages(RESIDENT)[-1].message_id
    for data in ("sr:send:1:1", "sr:del:1", "sr:add"):
        query = await sim.press_data(RESIDENT, RESIDENT, last, data)
        assert "only staff" in ((await sim.wait_for_callback_answer(query)).text or "")
    mine = sim.bot_messages(STAFF)[-1].message_id
    for data in ("sr:send:1", "sr:nope:1", "sr:cat:x", "sr:show:1:99999999999999999999"):
        query = await sim.press_data(STAFF, STAFF, mine, data)
        assert (await sim.wait_for_callback_answer(query)).text
    assert len(await bot.services.saved_replies.every(STAFF)) == 1
