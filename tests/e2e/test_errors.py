"""Failures: no traceback reaches a chat, the person is told kindly, staff are alerted."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import LinliContext
from tests.e2e.harness import STAFF_CHAT, Harness


async def _crash(update: Update, context: LinliContext) -> None:
    raise RuntimeError("database exploded at line 42")


async def test_an_unexpected_error_apologises_and_alerts_staff_without_a_traceback(
    bot: Harness,
) -> None:
    await bot.register(7, "Wang Fang")
    assert bot.app is not None
    bot.app.add_handler(CommandHandler("boom", _crash), group=-1)
    await bot.sim.send_text(7, "/boom")
    sorry = await bot.sim.wait_for(7, contains="something went wrong on our side")
    alert = await bot.sim.wait_for(STAFF_CHAT, contains="Something went wrong")
    assert "Wang Fang" in alert.content and "RuntimeError" in alert.content
    everything = [m.content for chat in (7, STAFF_CHAT) for m in bot.sim.bot_messages(chat)]
    assert not any("Traceback" in t or "exploded" in t for t in everything)
    assert sorry.chat_id == 7


async def test_the_bot_keeps_answering_after_an_error(bot: Harness) -> None:
    await bot.register(7, "Wang Fang")
    assert bot.app is not None
    bot.app.add_handler(CommandHandler("boom", _crash), group=-1)
    await bot.sim.send_text(7, "/boom")
    await bot.sim.wait_for(7, contains="something went wrong")
    await bot.sim.send_text(7, "/help")
    reply = await bot.sim.wait_for(7, contains="Linli passes your requests")
    assert reply.reply_keyboard is not None


async def test_forged_button_data_is_answered_without_a_crash(bot: Harness) -> None:
    await bot.register(7, "Wang Fang")
    last = bot.sim.bot_messages(7)[-1]
    for data in ("lang:xx", "lang", "nonsense-data", "lang:en:extra"):
        query_id = await bot.sim.press_data(7, 7, last.message_id, data)
        await bot.sim.wait_for_callback_answer(query_id)
    await bot.sim.expect_silence(STAFF_CHAT, 0.3)  # no error alert went to staff
