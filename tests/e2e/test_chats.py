"""Where the bot speaks: private chats and the staff chat, and nowhere else; and staff and
admin commands refuse everyone else before they read their arguments."""

from __future__ import annotations

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.commands import ADMIN as ADMIN_COMMANDS
from handlers.commands import RESIDENT as RESIDENT_COMMANDS
from handlers.commands import STAFF as STAFF_COMMANDS
from sandbox.simulator import BotApiSimulator, SimMessage
from sandbox.simulator.keyboards import inline_buttons
from tests.e2e.harness import ADMIN, STAFF_CHAT, Harness

RESIDENT = 7
STAFF = 20
FOREIGN = -100777  # a group the bot was added to that is not the staff chat
POINTER = "private chat"  # the words of the one answer a foreign group may get

STAFF_ONLY = [name for name in STAFF_COMMANDS if name not in RESIDENT_COMMANDS]
ADMIN_ONLY = [name for name in ADMIN_COMMANDS if name not in STAFF_COMMANDS]
# Arguments of the right shape but wrong content, so that a command reading them before the
# role would answer about them; the rest get nonsense.
BOGUS = {"wishpoints": "school 50", "wishstall": "0", "checkin": "NOSUCHCODE"}


async def _bot_post(bot: Harness, chat_id: int, text: str, **buttons: str) -> SimMessage:
    """Have the bot post a message in a chat (as it might have before a setting changed)."""
    assert bot.app is not None
    markup = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in buttons.items()]
    )
    await bot.app.bot.send_message(chat_id, text, reply_markup=markup if buttons else None)
    return await bot.sim.wait_for(chat_id, contains=text)  # read, so silence means what follows


async def _open_request_form(bot: Harness) -> None:
    await bot.sim.press_reply_button(RESIDENT, "📝 New request")
    categories = await bot.sim.wait_for(RESIDENT, contains="What is it about")
    await bot.sim.press(RESIDENT, categories, "🔧 Repairs")
    await bot.sim.wait_for(RESIDENT, contains="tell us what happened")


async def test_a_resident_with_an_open_form_who_answers_the_bot_in_another_group_gets_nothing_there_and_the_form_still_waits_in_private(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    sim.add_group(FOREIGN, "Building 1 chat", member_ids=[RESIDENT])
    earlier = await _bot_post(bot, FOREIGN, "Hello, neighbours")
    await _open_request_form(bot)
    before = await bot.services.drafts.get(RESIDENT)
    assert before is not None

    await sim.send_text(RESIDENT, "The kitchen tap drips", chat_id=FOREIGN, reply_to=earlier)
    await sim.send_text(RESIDENT, "Anyone else without water?", chat_id=FOREIGN)
    await sim.expect_silence(FOREIGN, 0.5)
    await sim.expect_silence(RESIDENT, 0.1)
    after = await bot.services.drafts.get(RESIDENT)
    assert after is not None and (after.flow, after.step) == (before.flow, before.step)
    assert after.data == before.data

    await sim.send_text(RESIDENT, "The kitchen tap drips")
    await sim.wait_for(RESIDENT, contains="add photos")


async def test_a_resident_who_is_in_the_staff_chat_cannot_feed_their_form_from_there(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    sim.set_member_status(STAFF_CHAT, RESIDENT, "member")
    earlier = await _bot_post(bot, STAFF_CHAT, "Good morning, staff")
    await _open_request_form(bot)
    before = await bot.services.drafts.get(RESIDENT)

    await sim.send_text(RESIDENT, "The kitchen tap drips", chat_id=STAFF_CHAT, reply_to=earlier)
    await sim.send_text(RESIDENT, "/cancel", chat_id=STAFF_CHAT)
    await sim.expect_silence(STAFF_CHAT, 0.5)
    assert await bot.services.drafts.get(RESIDENT) == before

    await sim.send_text(RESIDENT, "The kitchen tap drips")
    await sim.wait_for(RESIDENT, contains="add photos")


async def test_a_command_in_another_group_gets_one_short_pointer_to_the_private_chat_and_nothing_else(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    await bot.make_staff(STAFF, "Zhou Min")
    sim.add_group(FOREIGN, "Building 1 chat", member_ids=[RESIDENT, STAFF])
    username = sim.world.bot_username

    await sim.send_text(RESIDENT, "/start", chat_id=FOREIGN)
    pointer = await sim.wait_for(FOREIGN, contains=POINTER)
    links = [button.get("url") for button in inline_buttons(pointer.reply_markup)]
    assert links == [f"https://t.me/{username}"]
    await sim.expect_silence(FOREIGN, 0.3)

    # A staff member's /queue there would show residents' requests to the whole group.
    await sim.send_text(STAFF, f"/queue@{username}", chat_id=FOREIGN)
    answer = await sim.wait_for(FOREIGN)
    assert POINTER in answer.content and "R-" not in answer.content
    await sim.send_text(STAFF, "/start@SomeOtherBot", chat_id=FOREIGN)
    await sim.send_text(RESIDENT, "/dice", chat_id=FOREIGN)
    await sim.send_text(RESIDENT, "Hello everyone", chat_id=FOREIGN)
    await sim.expect_silence(FOREIGN, 0.5)


async def test_a_button_pressed_in_another_group_gets_a_short_note_and_does_nothing(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    sim.add_group(FOREIGN, "Building 1 chat", member_ids=[RESIDENT])
    card = await _bot_post(bot, FOREIGN, "Choose a language", **{"中文": "lang:zh-hans"})

    query = await sim.press(RESIDENT, card, "中文")
    answer = await sim.wait_for_callback_answer(query)
    assert POINTER in (answer.text or "") and not answer.show_alert
    await sim.expect_silence(FOREIGN, 0.5)
    person = await bot.services.people.get(RESIDENT)
    assert person is not None and person.language is None


async def test_wishpoints_with_a_category_and_points_from_a_resident_gets_the_staff_only_answer(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    refused = await bot.say(RESIDENT, "/wishpoints school 50")
    assert "only staff" in refused.content
    assert "categor" not in refused.content.lower()


@pytest.mark.parametrize(
    ("command", "refusal"),
    [(name, "only staff") for name in STAFF_ONLY]
    + [(name, "only the community's admins") for name in ADMIN_ONLY],
)
async def test_every_staff_and_admin_command_with_bogus_arguments_refuses_a_resident_first(
    bot: Harness, sim: BotApiSimulator, command: str, refusal: str
) -> None:
    await bot.register(RESIDENT, "Wang Fang")
    answer = await bot.say(RESIDENT, f"/{command} {BOGUS.get(command, 'school 50 -1 x')}")
    assert refusal in answer.content, f"/{command} answered {answer.content!r}"
    await sim.expect_silence(RESIDENT, 0.2)
    assert await bot.services.drafts.get(RESIDENT) is None


async def test_staff_commands_still_work_for_staff_in_the_staff_chat_and_for_the_admin(
    bot: Harness, sim: BotApiSimulator
) -> None:
    await bot.make_staff(STAFF, "Zhou Min")
    sim.set_member_status(STAFF_CHAT, STAFF, "member")
    await sim.send_text(STAFF, "/wishstall 4", chat_id=STAFF_CHAT)
    await sim.wait_for(STAFF_CHAT, contains="for 4 days get a reminder")
    await sim.send_text(ADMIN, "/wishpoints health 25")
    await sim.wait_for(ADMIN, contains="now earns 25 points")
    await sim.send_text(ADMIN, "/skills")
    await sim.wait_for(ADMIN)
