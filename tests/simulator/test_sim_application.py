"""A real PTB Application, polling over HTTP, runs its handlers against simulated people."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from sandbox.simulator import BotApiSimulator

ANN, BOB, GROUP = 101, 102, -1001


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_user is not None
    menu = InlineKeyboardMarkup([[InlineKeyboardButton("Open menu", callback_data="menu:v1")]])
    payload = " ".join(context.args or [])
    await update.effective_message.reply_text(
        f"Welcome, {update.effective_user.first_name}! {payload}".strip(), reply_markup=menu
    )


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"got {query.data}")
    await query.edit_message_text("Menu opened")


@pytest.fixture
async def app(
    sim: BotApiSimulator, make_request: Callable[[], HTTPXRequest]
) -> AsyncIterator[Application]:
    """Run a polling Application with a /start command and a button handler."""
    application = (
        Application.builder()
        .token(sim.token)
        .base_url(sim.base_url)
        .base_file_url(sim.base_file_url)
        .request(make_request())
        .get_updates_request(make_request())
        .build()
    )
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CallbackQueryHandler(_button))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


@pytest.mark.usefixtures("app")
async def test_start_command_is_answered_and_a_press_edits_the_message(
    sim: BotApiSimulator,
) -> None:
    await sim.send_text(ANN, "/start event_12")
    welcome = await sim.wait_for(ANN, contains="Welcome, Ann! event_12")
    assert welcome.buttons() == ["Open menu"]
    query_id = await sim.press(ANN, welcome, "Open menu")
    answer = await sim.wait_for_callback_answer(query_id)
    edited = await sim.wait_for_edit(welcome, lambda m: m.text == "Menu opened")
    assert answer.text == "got menu:v1"
    assert edited.buttons() == []  # edited without reply_markup: the keyboard is gone


@pytest.mark.usefixtures("app")
async def test_command_addressed_to_the_bot_in_a_group_is_answered_there(
    sim: BotApiSimulator,
) -> None:
    await sim.send_text(BOB, "/start@linli_test_bot", chat_id=GROUP)
    reply = await sim.wait_for(GROUP, contains="Welcome, Bob!")
    assert reply.chat_id == GROUP and reply.from_bot
    assert sim.stats.calls["getUpdates"] >= 1
