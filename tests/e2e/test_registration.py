"""Registration, language, menus and commands, end to end against the simulator."""

from __future__ import annotations

import pytest

from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, Harness


async def test_a_resident_registers_with_buttons_and_gets_the_menu(bot: Harness) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang", language_code="en")
    await sim.send_text(7, "/start")
    ask_name = await sim.wait_for(7, contains="What is your name")
    assert ask_name.reply_keyboard is not None
    assert ["Wang Fang"] in ask_name.reply_keyboard
    assert "Only community staff see them" in sim.bot_messages(7)[0].content  # privacy note
    await sim.press_reply_button(7, "Wang Fang")
    ask_building = await sim.wait_for(7, contains="Which building")
    assert ask_building.reply_keyboard is not None
    assert ["1", "2"] in ask_building.reply_keyboard
    await sim.press_reply_button(7, "2")
    await sim.wait_for(7, contains="Which unit")
    await sim.send_text(7, "3-101")
    await sim.wait_for(7, contains="phone")
    await sim.send_contact(7, "+86 138 0000 0001")
    done = await sim.wait_for(7, contains="you are registered")
    keyboard = done.reply_keyboard
    assert keyboard is not None and ["📝 New request", "📋 My requests"] in keyboard
    person = await bot.services.people.get(7)
    assert person is not None
    assert (person.name, person.building, person.unit, person.phone, person.registered) == (
        "Wang Fang",
        "2",
        "3-101",
        "+86 138 0000 0001",
        True,
    )


@pytest.mark.parametrize(
    ("language_code", "welcome", "privacy", "question"),
    [
        ("en", "Welcome to Linli", "Only community staff see them", "What is your name"),
        ("zh-hans", "欢迎使用“邻里”", "只有社区工作人员能看到", "请问您怎么称呼"),
    ],
    ids=["en", "zh-hans"],
)
async def test_a_newcomers_start_is_answered_in_two_messages_with_the_privacy_note_and_the_question(
    bot: Harness, language_code: str, welcome: str, privacy: str, question: str
) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang", language_code=language_code)
    await sim.send_text(7, "/start")
    ask_name = await sim.wait_for(7, contains=question)
    await sim.expect_silence(7, 0.5)
    sent = sim.bot_messages(7)
    assert len(sent) <= 2
    assert sent[-1].message_id == ask_name.message_id and ask_name.reply_keyboard is not None
    assert ["Wang Fang"] in ask_name.reply_keyboard
    first = sent[0].content
    assert welcome in first and privacy in first and "/mydata" in first and "/deleteme" in first
    assert "\n\n🔒" in first  # the privacy note keeps a paragraph of its own


async def test_someone_elses_shared_contact_is_refused(bot: Harness) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang")
    await sim.send_text(7, "/start")
    await sim.wait_for(7, contains="What is your name")
    for answer in ("Wang Fang", "1", "3-101"):
        await bot.say(7, answer)
    sim.add_user(8, "Somebody Else")
    await sim.send_contact(7, "+86 999", contact_user_id=8)
    await sim.wait_for(7, contains="your own phone number")
    person = await bot.services.people.get(7)
    assert person is not None and not person.registered


async def test_a_sticker_where_a_name_was_asked_gets_a_kind_reply_and_the_form_goes_on(
    bot: Harness,
) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang")
    await sim.send_text(7, "/start")
    await sim.wait_for(7, contains="What is your name")
    await sim.send_sticker(7)
    await sim.wait_for(7, contains="Please type your answer in words")
    await sim.send_text(7, "Wang Fang")
    await sim.wait_for(7, contains="Which building")


async def test_registration_continues_after_a_restart_in_the_middle(bot: Harness) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang")
    await sim.send_text(7, "/start")
    await sim.wait_for(7, contains="What is your name")
    await bot.say(7, "Wang Fang")
    await bot.restart()
    await sim.send_text(7, "2")
    await sim.wait_for(7, contains="Which unit")
    await sim.send_text(7, "3-101")
    await sim.wait_for(7, contains="phone")
    await sim.send_text(7, "Skip")
    await sim.wait_for(7, contains="you are registered")
    person = await bot.services.people.get(7)
    assert person is not None and (person.name, person.building) == ("Wang Fang", "2")


async def test_a_building_not_on_the_list_is_asked_again(bot: Harness) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang")
    await sim.send_text(7, "/start")
    await sim.wait_for(7, contains="What is your name")
    await bot.say(7, "Wang Fang")
    await sim.send_text(7, "Building 99")
    again = await sim.wait_for(7, contains="choose one of the buildings")
    assert again.reply_keyboard is not None and ["1", "2"] in again.reply_keyboard


async def test_cancel_leaves_the_form_and_nothing_is_kept(bot: Harness) -> None:
    sim = bot.sim
    sim.add_user(7, "Wang Fang")
    await sim.send_text(7, "/start")
    await sim.wait_for(7, contains="What is your name")
    await sim.press_reply_button(7, "✖️ Cancel")
    await sim.wait_for(7, contains="Cancelled")
    assert await bot.services.drafts.get(7) is None


async def test_a_chinese_speaker_is_answered_in_chinese_and_can_switch_to_english(
    bot: Harness,
) -> None:
    sim = bot.sim
    sim.add_user(9, "李明", language_code="zh-hans")
    await sim.send_text(9, "/start")
    await sim.wait_for(9, contains="请问您怎么称呼")
    await sim.send_text(9, "/cancel")
    await sim.wait_for(9, contains="已取消")
    await sim.send_text(9, "/language")
    choose = await sim.wait_for(9, contains="请选择语言")
    await sim.press(9, choose, "English")
    done = await sim.wait_for(9, contains="I will speak English")
    assert done.reply_keyboard is not None and ["🌐 Language", "🔒 My data"] in done.reply_keyboard


async def test_an_unknown_command_gets_a_friendly_answer(bot: Harness) -> None:
    await bot.register(7, "Wang Fang")
    reply = await bot.say(7, "/frobnicate")
    assert "do not know that command" in reply.content


async def test_each_role_sees_its_own_commands(bot: Harness, sim: BotApiSimulator) -> None:
    residents = [c["command"] for c in sim.commands("default")]
    chinese = sim.commands("default", language_code="zh")
    assert "request" in residents and "queue" not in residents
    assert any(c["description"] == "提出新诉求" for c in chinese)
    await bot.make_staff(8, "Zhao Lei")
    staff = [c["command"] for c in sim.commands("chat", chat_id=8)]
    assert "queue" in staff and "staff" not in staff
    await bot.restart()  # admins get theirs on start
    admin = [c["command"] for c in sim.commands("chat", chat_id=ADMIN)]
    assert "staff" in admin and "settings" in admin
