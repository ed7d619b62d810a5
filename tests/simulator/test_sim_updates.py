"""getUpdates follows Telegram's offset and long-polling rules; raw HTTP shapes match."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from collections.abc import Callable

import aiohttp
import pytest
from telegram import Bot
from telegram.error import Conflict, InvalidToken

from sandbox.simulator import BotApiSimulator

ANN, BOB, GROUP = 101, 102, -1001


async def test_update_is_delivered_again_until_a_higher_offset_confirms_it(
    bot: Bot, sim: BotApiSimulator
) -> None:
    await sim.send_text(ANN, "hello")
    first = await bot.get_updates()
    again = await bot.get_updates(offset=first[0].update_id)
    confirmed = await bot.get_updates(offset=first[0].update_id + 1)
    assert [u.update_id for u in first] == [u.update_id for u in again]
    assert first[0].message is not None and first[0].message.text == "hello"
    assert confirmed == ()


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    bot: Bot, sim: BotApiSimulator
) -> None:
    async def send_later() -> None:
        await asyncio.sleep(0.2)
        await sim.send_text(ANN, "late")

    sender = asyncio.create_task(send_later())
    started = time.monotonic()
    updates = await bot.get_updates(timeout=5)
    elapsed = time.monotonic() - started
    await sender
    assert [u.message.text for u in updates if u.message] == ["late"]
    assert 0.15 < elapsed < 2


async def test_long_poll_without_updates_waits_for_its_timeout(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert time.monotonic() - started >= 0.9


async def test_update_ids_rise_and_limit_caps_a_batch(bot: Bot, sim: BotApiSimulator) -> None:
    for n in range(3):
        await sim.send_text(ANN, f"m{n}")
    batch = await bot.get_updates(limit=2)
    rest = await bot.get_updates(offset=batch[-1].update_id + 1)
    ids = [u.update_id for u in (*batch, *rest)]
    assert len(batch) == 2 and ids == sorted(ids) and len(set(ids)) == 3


async def test_redelivered_update_arrives_again_with_the_same_id(
    bot: Bot, sim: BotApiSimulator
) -> None:
    await sim.send_text(ANN, "pay rent")
    [update] = await bot.get_updates()
    assert await bot.get_updates(offset=update.update_id + 1) == ()
    sim.redeliver(update.update_id)
    [again] = await bot.get_updates(offset=update.update_id + 1)
    assert again.update_id == update.update_id
    assert again.message is not None and again.message.text == "pay rent"


async def test_injected_raw_update_reaches_the_bot(bot: Bot, sim: BotApiSimulator) -> None:
    message = await sim.send_text(BOB, "hi")
    [original] = await bot.get_updates()
    await bot.get_updates(offset=original.update_id + 1)
    update_id = sim.inject_update(sim.make_message_update(message))
    [update] = await bot.get_updates(offset=original.update_id + 1)
    assert update.update_id == update_id > original.update_id
    assert update.message is not None and update.message.message_id == message.message_id


async def test_drop_pending_updates_forgets_the_queue(bot: Bot, sim: BotApiSimulator) -> None:
    await sim.send_text(ANN, "old news")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_second_poller_terminates_the_first_with_conflict(
    bot: Bot, sim: BotApiSimulator, make_bot: Callable[..., Bot]
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=3))
    await asyncio.sleep(0.1)
    async with make_bot(sim) as second_instance:
        assert await second_instance.get_updates(timeout=dtm.timedelta(seconds=0.2)) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_get_updates_is_refused_while_a_webhook_is_set(bot: Bot) -> None:
    await bot.set_webhook("https://example.org/hook")
    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()


async def test_wrong_token_is_unauthorized(
    sim: BotApiSimulator, make_bot: Callable[..., Bot]
) -> None:
    stranger = make_bot(sim, "999:WRONG")
    with pytest.raises(InvalidToken):
        await stranger.initialize()
    await stranger.shutdown()


async def test_unknown_method_is_404_and_json_bodies_are_accepted(sim: BotApiSimulator) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{sim.base_url}{sim.token}/sendTelepathy", json={}) as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        body = {"chat_id": ANN, "text": "json", "reply_markup": {"remove_keyboard": True}}
        async with http.post(f"{sim.base_url}{sim.token}/SENDMESSAGE", json=body) as response:
            payload = await response.json()
    assert payload["ok"] is True and payload["result"]["text"] == "json"
    assert sim.bot_messages(ANN)[-1].reply_markup == {"remove_keyboard": True}


async def test_error_body_has_telegram_shape(sim: BotApiSimulator) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{sim.base_url}{sim.token}/sendMessage", data={"chat_id": ANN}) as response,
    ):
        payload = await response.json()
    assert response.status == 400
    assert payload == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: message text is empty",
    }
