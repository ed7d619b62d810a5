"""Stopping the outbox sender always ends it, even when the stop meets a wake-up."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, cast

from telegram.ext import ExtBot

from bot.delivery import DeliveryLimits, OutboxSender
from bot.services import Services


async def test_a_stop_that_meets_a_wake_up_in_the_idle_wait_still_ends_the_sender(
    services: Services,
) -> None:
    # New rows wake the idle sender; if the stop lands after the wake-up finished but before
    # the sender ran again, the stop must not be lost (Python 3.11's wait_for loses it).
    bot = cast(ExtBot[Any], object())  # never called: the outbox is empty
    for _ in range(20):
        sender = OutboxSender(bot, services, DeliveryLimits(idle_wait=5.0))
        await sender.start()
        await asyncio.sleep(0.02)  # now waiting idle
        sender.wake()
        await asyncio.sleep(0)  # the wake-up's own wait ends first...
        began = asyncio.get_running_loop().time()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(3):
                await sender.stop()  # ...and the stop lands right after
        assert asyncio.get_running_loop().time() - began < 1.0
