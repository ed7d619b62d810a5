"""Simulated people produce Telegram-shaped updates; observers read the chat step by step."""

from __future__ import annotations

import asyncio
import datetime as dtm

import pytest
from telegram import (
    Bot,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    MessageOriginUser,
)
from telegram import ReplyKeyboardMarkup as ReplyKeyboard

from sandbox.simulator import BotApiSimulator, SimEvent

ANN, BOB, GROUP = 101, 102, -1001


async def test_command_text_gets_a_bot_command_entity_and_rising_ids(
    bot: Bot, sim: BotApiSimulator
) -> None:
    first = await sim.send_text(ANN, "/start event_12")
    second = await sim.send_text(ANN, "plain words")
    updates = await bot.get_updates()
    assert second.message_id == first.message_id + 1
    assert [u.update_id for u in updates] == [updates[0].update_id, updates[0].update_id + 1]
    command = updates[0].message
    assert command is not None and command.parse_entities(["bot_command"])
    assert list(command.parse_entities(["bot_command"]).values()) == ["/start"]
    assert updates[1].message is not None and updates[1].message.entities == ()


async def test_group_message_reply_carries_the_full_replied_message(
    bot: Bot, sim: BotApiSimulator
) -> None:
    asked = await sim.send_text(ANN, "Who has a ladder?", chat_id=GROUP)
    await sim.send_text(BOB, "I do", chat_id=GROUP, reply_to=asked.message_id)
    updates = await bot.get_updates()
    reply = updates[-1].message
    assert reply is not None and reply.chat.type == "group"
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "Who has a ladder?"
    assert reply.reply_to_message.from_user is not None
    assert reply.reply_to_message.from_user.id == ANN


async def test_people_outside_a_group_cannot_write_in_it(sim: BotApiSimulator) -> None:
    sim.add_user(103, "Eve")
    with pytest.raises(LookupError, match="not a member"):
        await sim.send_text(103, "let me in", chat_id=GROUP)


async def test_media_contact_location_and_sticker_arrive_with_their_fields(
    bot: Bot, sim: BotApiSimulator
) -> None:
    await sim.send_sticker(ANN)
    await sim.send_voice(ANN, duration=4)
    await sim.send_document(ANN, b"a,b\n", filename="list.csv")
    await sim.send_contact(ANN, "+8613900000000")
    await sim.send_location(ANN, 31.2, 121.5)
    messages = [u.message for u in await bot.get_updates()]
    assert all(m is not None for m in messages)
    sticker, voice, document, contact, location = messages
    assert sticker and sticker.sticker and sticker.sticker.emoji == "👍"
    assert voice and voice.voice and voice.voice.duration == dtm.timedelta(seconds=4)
    assert document and document.document and document.document.file_name == "list.csv"
    assert contact and contact.contact and contact.contact.user_id == ANN
    assert location and location.location and location.location.longitude == pytest.approx(121.5)


async def test_forward_reveals_the_author_unless_they_hide_forwards(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sim.add_user(104, "Quiet", hides_forwards=True)
    await sim.forward_from(ANN, BOB, "Lift is broken")
    await sim.forward_from(ANN, 104, "Secret")
    open_forward, hidden_forward = [u.message for u in await bot.get_updates()]
    assert open_forward and isinstance(open_forward.forward_origin, MessageOriginUser)
    assert open_forward.forward_origin.sender_user.id == BOB
    assert hidden_forward and hidden_forward.forward_origin
    assert hidden_forward.forward_origin.type == "hidden_user"


async def test_press_sends_the_buttons_data_with_the_current_message(
    bot: Bot, sim: BotApiSimulator
) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("✅ Take", callback_data="req:take:5")],
            [InlineKeyboardButton("Site", url="https://example.org")],
        ]
    )
    await bot.send_message(ANN, "Request #5", reply_markup=keyboard)
    message = await sim.wait_for(ANN, contains="Request #5")
    query_id = await sim.press(ANN, message, "Take")  # a unique substring is enough
    [update] = await bot.get_updates()
    query = update.callback_query
    assert query is not None and query.id == query_id and query.data == "req:take:5"
    assert query.message is not None and query.message.message_id == message.message_id
    with pytest.raises(AssertionError, match=r"no button 'Cancel'.*✅ Take"):
        await sim.press(ANN, message, "Cancel")
    with pytest.raises(AssertionError, match="opens a link"):
        await sim.press(ANN, message, "Site")


async def test_forged_callback_data_is_delivered_as_is(bot: Bot, sim: BotApiSimulator) -> None:
    sent = await bot.send_message(ANN, "Your request")
    query_id = await sim.press_data(ANN, ANN, sent.message_id, "req:close:999")
    updates = await bot.get_updates()
    query = updates[-1].callback_query
    assert query is not None and (query.id, query.data) == (query_id, "req:close:999")


async def test_reply_button_press_sends_its_text_or_the_contact(
    bot: Bot, sim: BotApiSimulator
) -> None:
    menu = ReplyKeyboard([["Events"], [KeyboardButton("Share phone", request_contact=True)]])
    await bot.send_message(ANN, "Menu", reply_markup=menu)
    await sim.press_reply_button(ANN, "Events")
    await sim.press_reply_button(ANN, "Share phone")
    text, contact = [u.message for u in await bot.get_updates()]
    assert text is not None and text.text == "Events"
    assert contact is not None and contact.contact is not None
    assert contact.contact.user_id == ANN
    with pytest.raises(AssertionError, match="no reply button 'Help'"):
        await sim.press_reply_button(ANN, "Help")


async def test_wait_for_reads_bot_messages_one_step_at_a_time(
    bot: Bot, sim: BotApiSimulator
) -> None:
    async def bot_talks() -> None:
        await bot.send_message(ANN, "Step 1")
        sent = await bot.send_message(ANN, "Step 2: loading")
        await bot.edit_message_text("Step 2: done", ANN, sent.message_id)

    talker = asyncio.create_task(bot_talks())
    first = await sim.wait_for(ANN)
    second = await sim.wait_for(ANN, contains="loading")
    edited = await sim.wait_for_edit(second, lambda m: m.text == "Step 2: done")
    await talker
    assert first.text == "Step 1"
    assert edited is second and second.text == "Step 2: done" and second.edited == 1
    await sim.expect_silence(ANN, 0.05)


async def test_wait_for_timeout_lists_the_latest_bot_messages(
    bot: Bot, sim: BotApiSimulator
) -> None:
    await bot.send_message(ANN, "Welcome, Ann")
    with pytest.raises(AssertionError, match=r"(?s)'Goodbye'.*Welcome, Ann"):
        await sim.wait_for(ANN, contains="Goodbye", timeout=0.1)


async def test_callback_answer_can_be_awaited(bot: Bot, sim: BotApiSimulator) -> None:
    await bot.send_message(
        ANN,
        "Join?",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("Join", callback_data="ev:join:1")]]
        ),
    )
    query_id = await sim.press(ANN, sim.bot_messages(ANN)[-1], "Join")

    async def answer_soon() -> None:
        await asyncio.sleep(0.05)
        await bot.answer_callback_query(query_id, "You are in")

    answering = asyncio.create_task(answer_soon())
    answer = await sim.wait_for_callback_answer(query_id, timeout=2)
    await answering
    assert answer.text == "You are in" and not answer.show_alert


async def test_subscribers_see_every_change_until_they_unsubscribe(
    bot: Bot, sim: BotApiSimulator
) -> None:
    seen: list[tuple[str, int]] = []

    def on_change(event: SimEvent) -> None:
        seen.append((event.kind, event.chat_id))

    unsubscribe = sim.subscribe(on_change)
    await sim.send_text(ANN, "hi")
    sent = await bot.send_message(ANN, "hello")
    await bot.edit_message_text("hello!", ANN, sent.message_id)
    await bot.delete_message(ANN, sent.message_id)
    unsubscribe()
    await bot.send_message(ANN, "unseen")
    assert seen == [("new", ANN), ("new", ANN), ("edit", ANN), ("delete", ANN)]


async def test_blocking_emits_my_chat_member_and_commands_are_stored_per_scope(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sim.block(ANN)
    [update] = await bot.get_updates()
    assert update.my_chat_member is not None
    assert update.my_chat_member.new_chat_member.status == "kicked"
    await bot.set_my_commands([("start", "Open the menu")])
    await bot.set_my_commands(
        [("desk", "Staff desk")], scope=BotCommandScopeChat(BOB), language_code="zh"
    )
    assert [c["command"] for c in sim.commands("default")] == ["start"]
    assert sim.commands("chat", chat_id=BOB, language_code="zh")[0]["command"] == "desk"
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    await bot.delete_my_commands()
    assert sim.commands("default") == []
