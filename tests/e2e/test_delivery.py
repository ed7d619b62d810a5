"""The outbox sender against the simulator: flood limits, RetryAfter, blocked people, restarts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.delivery import DeliveryLimits
from bot.models.outbox import OutboxMessage, OutboxStatus
from sandbox.simulator import BotApiSimulator, FloodLimits
from storage import outbox
from storage.db import Database
from tests.e2e.harness import ADMIN, STAFF_CHAT, TOKEN, Harness


async def _queue_to_many(
    bot: Harness, chats: list[int], text: str = "Water is cut tomorrow"
) -> None:
    """Write one outbox row per chat in one transaction, as a service would."""
    async with bot.services.env.db.transaction() as conn:
        for chat in chats:
            await outbox.add(conn, OutboxMessage(chat_id=chat, text=text), bot.clock.now())


async def _wait_until_drained(bot: Harness, within: float = 20.0) -> dict[OutboxStatus, int]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        counts = await bot.services.outbox.counts()
        if not counts.get(OutboxStatus.PENDING) and not counts.get(OutboxStatus.SENDING):
            return counts
        await asyncio.sleep(0.05)
    raise AssertionError(f"outbox not drained: {await bot.services.outbox.counts()}")


@pytest.fixture
async def limited(tmp_path: Path) -> AsyncIterator[Harness]:
    """A bot whose simulator enforces Telegram's flood limits strictly."""
    sim = BotApiSimulator(token=TOKEN, flood_limits=FloodLimits(global_per_second=12))
    await sim.start()
    sim.add_user(ADMIN, "Admin Li")
    sim.add_group(STAFF_CHAT, "Staff room", member_ids=[ADMIN])
    harness = Harness(
        sim=sim, db_path=tmp_path / "linli.db", limits=DeliveryLimits(per_second=10, idle_wait=0.1)
    )
    await harness.start()
    yield harness
    await harness.stop()
    await sim.stop()


async def test_the_sender_stays_under_the_flood_limit_so_telegram_never_says_429(
    limited: Harness,
) -> None:
    chats = list(range(2001, 2031))
    for chat in chats:
        limited.sim.add_user(chat, f"Resident {chat}")
    await _queue_to_many(limited, chats)
    counts = await _wait_until_drained(limited)
    assert counts == {OutboxStatus.SENT: 30}
    assert limited.sim.stats.too_many_requests == 0
    assert all(len(limited.sim.bot_messages(c)) == 1 for c in chats)


async def test_one_chat_gets_at_most_one_message_a_second(limited: Harness) -> None:
    limited.sim.add_user(2001, "Resident")
    await _queue_to_many(limited, [2001, 2001, 2001])
    await _wait_until_drained(limited)
    dates = [m.date for m in limited.sim.bot_messages(2001)]  # strict 1/s per chat in the sim
    assert len(dates) == 3
    assert limited.sim.stats.too_many_requests == 0


async def test_a_429_pauses_all_sending_and_nothing_is_lost(tmp_path: Path) -> None:
    sim = BotApiSimulator(token=TOKEN, flood_limits=FloodLimits(global_per_second=5))
    await sim.start()
    sim.add_user(ADMIN, "Admin Li")
    bot = Harness(
        sim=sim,
        db_path=tmp_path / "linli.db",
        staff_chat=None,
        limits=DeliveryLimits(per_second=100, private_gap=0, idle_wait=0.1),
    )
    await bot.start()
    try:
        chats = list(range(3001, 3016))
        for chat in chats:
            sim.add_user(chat, f"Resident {chat}")
        await _queue_to_many(bot, chats)
        counts = await _wait_until_drained(bot)
        assert counts == {OutboxStatus.SENT: 15}
        assert sim.stats.too_many_requests >= 1
        # Paused after the first refusals instead of hammering: few 429s for 15 messages.
        assert sim.stats.too_many_requests <= 10
        assert all(len(sim.bot_messages(c)) == 1 for c in chats)
    finally:
        await bot.stop()
        await sim.stop()


async def test_a_person_who_blocked_the_bot_is_marked_unreachable(bot: Harness) -> None:
    await bot.register(7, "Wang Fang")
    bot.sim.block(7)
    await _queue_to_many(bot, [7])
    counts = await _wait_until_drained(bot)
    assert counts.get(OutboxStatus.FAILED) == 1
    person = await bot.services.people.get(7)
    assert person is not None and person.unreachable
    bot.sim.unblock(7)
    await bot.sim.send_text(7, "/help")  # writing again makes them reachable
    await bot.sim.wait_for(7, contains="Linli passes your requests")
    person = await bot.services.people.get(7)
    assert person is not None and not person.unreachable


async def test_messages_queued_while_the_bot_was_down_are_sent_after_restart(bot: Harness) -> None:
    bot.sim.add_user(7, "Wang Fang")
    services = bot.services
    await bot.stop()
    # Write rows straight into the database of the stopped bot, as a crash would leave them.
    db = Database(bot.db_path)
    await db.connect()
    async with db.transaction() as conn:
        first = await outbox.add(conn, OutboxMessage(chat_id=7, text="one"), bot.clock.now())
        await outbox.add(conn, OutboxMessage(chat_id=7, text="two"), bot.clock.now())
        await outbox.mark_sending(conn, [first])  # in flight when the bot died
    await db.close()
    assert services is not None
    await bot.start()
    await bot.sim.wait_for(7, contains="one")
    await bot.sim.wait_for(7, contains="two")
    counts = await _wait_until_drained(bot)
    assert counts.get(OutboxStatus.SENT, 0) >= 2


async def test_a_network_error_is_retried_with_backoff_until_telegram_accepts(
    bot: Harness,
) -> None:
    bot.sim.add_user(7, "Wang Fang")
    bot.sim.fail_next("sendMessage", times=2)
    await _queue_to_many(bot, [7], text="Your request is being handled")
    await asyncio.sleep(0.3)
    assert bot.sim.bot_messages(7) == []  # first try failed; the retry waits its backoff
    for _ in range(2):
        bot.travel(timedelta(seconds=10))  # move past the backoff instead of waiting for it
        await asyncio.sleep(0.3)
    message = await bot.sim.wait_for(7, contains="being handled")
    assert message.chat_id == 7
    assert len(bot.sim.bot_messages(7)) == 1
    assert await _wait_until_drained(bot) == {OutboxStatus.SENT: 1}


async def test_a_message_that_keeps_failing_is_given_up_after_a_few_tries(bot: Harness) -> None:
    bot.sim.add_user(7, "Wang Fang")
    bot.sim.fail_next("sendMessage", times=50)
    await _queue_to_many(bot, [7])
    for _ in range(8):
        bot.travel(timedelta(minutes=1))
        await asyncio.sleep(0.2)
    assert await _wait_until_drained(bot) == {OutboxStatus.FAILED: 1}
    assert bot.sim.stats.calls["sendMessage"] == bot.limits.max_attempts
