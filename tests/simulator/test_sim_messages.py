"""Sending, editing, deleting and answering through a real PTB Bot parses into PTB objects."""

from __future__ import annotations

import pytest
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from telegram.error import BadRequest, Forbidden

from sandbox.simulator import BotApiSimulator

ANN, BOB, GROUP = 101, 102, -1001


def _keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d)] for t, d in pairs])


async def test_get_me_describes_the_bot_from_its_token(bot: Bot, sim: BotApiSimulator) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "linli_test_bot")
    assert sim.stats.calls["getMe"] >= 1


async def test_sent_message_comes_back_as_a_ptb_message_and_is_recorded(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await bot.send_message(ANN, "Hello Ann", reply_markup=_keyboard(("Open", "req:open:1")))
    assert isinstance(sent, Message)
    assert (sent.chat.id, sent.text, sent.from_user and sent.from_user.is_bot) == (
        ANN,
        "Hello Ann",
        True,
    )
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "req:open:1"
    [stored] = sim.bot_messages(ANN)
    assert (stored.message_id, stored.buttons()) == (sent.message_id, ["Open"])


async def test_html_text_is_stored_plain_with_entities_and_raw(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await bot.send_message(ANN, "<b>Hi</b> &lt;Ann&gt; &amp; 😀 <i>x</i>", parse_mode="HTML")
    assert sent.text == "Hi <Ann> & 😀 x"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        (MessageEntity.BOLD, 0, 2),
        (MessageEntity.ITALIC, 14, 1),  # the emoji counts as two UTF-16 units
    ]
    stored = sim.bot_messages(ANN)[-1]
    assert (stored.text, stored.html) == (
        "Hi <Ann> & 😀 x",
        "<b>Hi</b> &lt;Ann&gt; &amp; 😀 <i>x</i>",
    )


async def test_unescaped_angle_bracket_in_html_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(ANN, "Rent < 100", parse_mode="HTML")


async def test_empty_text_is_refused_as_telegram_does(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(ANN, "   ")


async def test_text_over_4096_characters_after_parsing_is_refused(bot: Bot) -> None:
    await bot.send_message(ANN, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ANN, "x" * 4097)


async def test_unknown_chat_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "anyone?")


async def test_blocked_user_raises_forbidden_until_unblocked(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sim.block(ANN)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ANN, "hello?")
    sim.unblock(ANN)
    assert (await bot.send_message(ANN, "hello again")).text == "hello again"


async def test_editing_text_changes_the_stored_message_and_counts_the_edit(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await bot.send_message(ANN, "Pending", reply_markup=_keyboard(("Take", "t")))
    edited = await bot.edit_message_text("Taken", ANN, sent.message_id, reply_markup=_keyboard())
    assert isinstance(edited, Message) and edited.edit_date is not None
    stored = sim.bot_messages(ANN)[-1]
    assert (stored.text, stored.edited, stored.buttons()) == ("Taken", 1, [])


async def test_editing_text_without_markup_removes_the_inline_keyboard(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await bot.send_message(ANN, "Pending", reply_markup=_keyboard(("Take", "t")))
    await bot.edit_message_text("Done", ANN, sent.message_id)
    assert sim.bot_messages(ANN)[-1].buttons() == []


async def test_identical_edit_is_refused_as_not_modified(bot: Bot) -> None:
    markup = _keyboard(("Take", "t"))
    sent = await bot.send_message(ANN, "Same", reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Same", ANN, sent.message_id, reply_markup=markup)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(ANN, sent.message_id, reply_markup=markup)


async def test_editing_a_missing_or_foreign_message_is_refused(
    bot: Bot, sim: BotApiSimulator
) -> None:
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", ANN, 404)
    users_message = await sim.send_text(ANN, "mine")
    with pytest.raises(BadRequest, match="can't be edited"):
        await bot.edit_message_text("x", ANN, users_message.message_id)


async def test_caption_edit_and_delete_update_the_stored_message(
    bot: Bot, sim: BotApiSimulator
) -> None:
    photo = await bot.send_photo(ANN, photo=b"\x89PNG", caption="before")
    await bot.edit_message_caption(ANN, photo.message_id, caption="after")
    assert sim.bot_messages(ANN)[-1].caption == "after"
    assert await bot.delete_message(ANN, photo.message_id) is True
    assert sim.bot_messages(ANN)[-1].deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(ANN, photo.message_id)


async def test_callback_answer_is_recorded_once_and_unknown_ids_are_refused(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sent = await bot.send_message(ANN, "Choose", reply_markup=_keyboard(("Yes", "y")))
    message = sim.bot_messages(ANN)[-1]
    assert message.message_id == sent.message_id
    query_id = await sim.press(ANN, message, "Yes")
    assert await bot.answer_callback_query(query_id, "Saved", show_alert=True)
    answer = sim.callback_answers[query_id]
    assert (answer.text, answer.show_alert) == ("Saved", True)
    with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
        await bot.answer_callback_query(query_id, "again")
    with pytest.raises(BadRequest, match=r"[Qq]uery is too old"):
        await bot.answer_callback_query("123", "never issued")


async def test_oversized_callback_data_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(ANN, "x", reply_markup=_keyboard(("Big", "d" * 65)))


async def test_reply_keyboards_are_remembered_but_not_echoed(
    bot: Bot, sim: BotApiSimulator
) -> None:
    keyboard = ReplyKeyboardMarkup([["Requests", "Events"], [KeyboardButton("Share", True)]])
    sent = await bot.send_message(ANN, "Menu", reply_markup=keyboard)
    assert sent.reply_markup is None  # Telegram returns only inline keyboards in a Message
    assert sim.reply_keyboard(ANN) == [["Requests", "Events"], ["Share"]]
    await bot.send_message(ANN, "Bye", reply_markup=ReplyKeyboardRemove())
    assert sim.reply_keyboard(ANN) is None
    await bot.send_message(ANN, "Name?", reply_markup=ForceReply())
    assert sim.bot_messages(ANN)[-1].reply_markup == {"force_reply": True}


async def test_replies_carry_the_replied_message_and_a_missing_one_is_refused(
    bot: Bot, sim: BotApiSimulator
) -> None:
    question = await sim.send_text(ANN, "Is the lift fixed?")
    answer = await bot.send_message(
        ANN, "Yes", reply_parameters=ReplyParameters(question.message_id)
    )
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "Is the lift fixed?"
    assert sim.bot_messages(ANN)[-1].reply_to_message_id == question.message_id
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(ANN, "Yes", reply_to_message_id=999)


async def test_copy_and_forward_reproduce_content_in_another_chat(
    bot: Bot, sim: BotApiSimulator
) -> None:
    original = await sim.send_text(ANN, "Water leak on floor 2")
    copied = await bot.copy_message(GROUP, ANN, original.message_id)
    forwarded = await bot.forward_message(GROUP, ANN, original.message_id)
    assert sim.bot_messages(GROUP)[0].message_id == copied.message_id
    assert [m.text for m in sim.bot_messages(GROUP)] == ["Water leak on floor 2"] * 2
    assert forwarded.forward_origin is not None
    assert forwarded.forward_origin.type == "user"


async def test_location_contact_and_chat_action_are_accepted(
    bot: Bot, sim: BotApiSimulator
) -> None:
    location = await bot.send_location(ANN, 31.23, 121.47)
    contact = await bot.send_contact(ANN, "+8613800000000", "Desk")
    assert location.location is not None and location.location.latitude == pytest.approx(31.23)
    assert contact.contact is not None and contact.contact.first_name == "Desk"
    assert await bot.send_chat_action(ANN, "typing")
    assert sim.world.chat_actions == [(ANN, "typing")]


async def test_get_chat_and_chat_member_report_configured_roles(
    bot: Bot, sim: BotApiSimulator
) -> None:
    sim.set_member_status(GROUP, BOB, "administrator")
    chat = await bot.get_chat(GROUP)
    assert (chat.id, chat.title) == (GROUP, "Building 3")
    assert (await bot.get_chat_member(GROUP, BOB)).status == "administrator"
    assert (await bot.get_chat_member(GROUP, ANN)).status == "member"
    assert (await bot.get_chat_member(ANN, ANN)).status == "member"
