"""Uploads round-trip through getFile and download; flood limits and latency are enforced."""

from __future__ import annotations

import datetime as dtm
import time
from collections.abc import Callable

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, RetryAfter

from sandbox.simulator import BotApiSimulator, FloodLimits, tiny_png

ANN, BOB, GROUP = 101, 102, -1001


async def test_photo_uploaded_by_the_bot_downloads_with_the_same_bytes(
    bot: Bot, sim: BotApiSimulator
) -> None:
    picture = tiny_png(3, 2)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Like", callback_data="like")]])
    sent = await bot.send_photo(
        ANN, photo=picture, caption="<b>Lobby</b>", parse_mode="HTML", reply_markup=markup
    )
    size = sent.photo[-1]
    assert (size.width, size.height, sent.caption) == (3, 2, "Lobby")
    file = await bot.get_file(size.file_id)
    assert file.file_path is not None and file.file_path.startswith(sim.base_file_url)
    assert bytes(await file.download_as_bytearray()) == picture
    stored = sim.bot_messages(ANN)[-1]
    # The keyboard arrived as a JSON string inside multipart/form-data and was decoded.
    assert (stored.photo, stored.buttons()) == (picture, ["Like"])


async def test_document_keeps_its_name_and_can_be_resent_by_file_id(
    bot: Bot, sim: BotApiSimulator
) -> None:
    upload = InputFile(b"minutes of the meeting", filename="minutes.txt")
    sent = await bot.send_document(GROUP, document=upload)
    assert sent.document is not None and sent.document.file_name == "minutes.txt"
    again = await bot.send_document(ANN, document=sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    stored = sim.bot_messages(ANN)[-1]
    assert (stored.document, stored.filename) == (b"minutes of the meeting", "minutes.txt")
    assert stored.mime_type == "text/plain"


async def test_photo_sent_by_a_user_is_downloadable_by_the_bot(
    bot: Bot, sim: BotApiSimulator
) -> None:
    await sim.send_photo(BOB, data=tiny_png(5, 5), caption="broken window")
    [update] = await bot.get_updates()
    assert update.message is not None and update.message.caption == "broken window"
    file = await update.message.photo[-1].get_file()
    assert bytes(await file.download_as_bytearray()) == tiny_png(5, 5)


async def test_unknown_file_id_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"[Ii]nvalid file_id"):
        await bot.get_file("nope")
    with pytest.raises(BadRequest, match=r"[Ww]rong file identifier"):
        await bot.send_photo(ANN, photo="nope")


async def test_second_message_to_a_chat_within_a_second_raises_retry_after(
    make_bot: Callable[..., Bot],
) -> None:
    limits = FloodLimits(global_per_second=30, per_chat_per_second=1, group_per_minute=20)
    async with (
        BotApiSimulator(flood_limits=limits) as sim,
        make_bot(sim) as bot,
    ):
        sim.add_user(ANN, "Ann")
        sim.add_user(BOB, "Bob")
        await bot.send_message(ANN, "one")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(ANN, "two")
        await bot.send_message(BOB, "another chat is fine")
    assert caught.value.retry_after == dtm.timedelta(seconds=1)
    assert sim.stats.too_many_requests == 1
    assert sim.stats.calls["sendMessage"] == 3
    assert [m.text for m in sim.bot_messages(ANN)] == ["one"]


async def test_global_and_group_limits_are_rolling_windows(make_bot: Callable[..., Bot]) -> None:
    limits = FloodLimits(global_per_second=3, per_chat_per_second=5, group_per_minute=2)
    async with (
        BotApiSimulator(flood_limits=limits) as sim,
        make_bot(sim) as bot,
    ):
        for user_id in (1, 2):
            sim.add_user(user_id, f"U{user_id}")
        sim.add_group(GROUP, "Hall", member_ids=[1])
        await bot.send_message(GROUP, "g1")
        await bot.send_message(GROUP, "g2")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(GROUP, "g3: over the group's minute")
        await bot.send_message(1, "third send this second")
        with pytest.raises(RetryAfter):
            await bot.send_message(2, "fourth send this second")
    retry_after = caught.value.retry_after
    assert isinstance(retry_after, dtm.timedelta)
    assert dtm.timedelta(seconds=55) <= retry_after <= dtm.timedelta(seconds=60)
    assert sim.stats.too_many_requests == 2


async def test_latency_delays_every_response(make_bot: Callable[..., Bot]) -> None:
    async with BotApiSimulator(latency=0.15) as sim, make_bot(sim) as bot:
        started = time.monotonic()
        await bot.get_me()
        assert time.monotonic() - started >= 0.15
