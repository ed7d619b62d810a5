"""Many people at once, under Telegram's real limits: nobody is left without an answer.

The simulator here refuses (429) whatever goes past 30 calls a second in all or one a second
to one chat, as strictly as a rolling window can; the bot runs with its production pacing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from bot.context import LinliContext
from bot.delivery import DeliveryLimits
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from bot.models.people import Role
from sandbox.simulator import BotApiSimulator, FloodLimits, SimEvent, SimMessage
from storage import people as people_repo
from tests.e2e.harness import ADMIN, STAFF_CHAT, TOKEN, Harness

CROWD = 200_000


@pytest.fixture
async def strict(tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot with production pacing, against a simulator enforcing the flood limits."""
    sim = BotApiSimulator(token=TOKEN, flood_limits=FloodLimits())
    await sim.start()
    sim.add_user(ADMIN, "Admin Li")
    sim.add_group(STAFF_CHAT, "Staff room", member_ids=[ADMIN])
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", limits=DeliveryLimits())
    await harness.start()
    await harness.services.people.touch(ADMIN, "Admin Li", "en")
    yield harness
    await harness.stop()
    await sim.stop()


async def residents(bot: Harness, count: int) -> list[int]:
    """Add `count` registered residents of building 1 (setup, straight into the database)."""
    ids = list(range(CROWD, CROWD + count))
    now = bot.clock.now()
    async with bot.services.env.db.transaction() as conn:
        for tg in ids:
            bot.sim.add_user(tg, f"Resident {tg}")
            await people_repo.insert(
                conn, tg_id=tg, name=f"Resident {tg}", now=now, tg_language="en",
                role=Role.RESIDENT, building="1", unit="1-101", registered=True,
            )  # fmt: skip
    return ids


async def everyone_sees(
    bot: Harness, people: list[int], wanted: Callable[[SimMessage], bool], within: float
) -> list[int]:
    """Wait until each person has a bot message `wanted` accepts; return who never got one."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while loop.time() < deadline:
        missing = [p for p in people if not any(wanted(m) for m in bot.sim.bot_messages(p))]
        if not missing:
            return []
        await asyncio.sleep(0.2)
    return missing


async def test_forty_newcomers_pressing_start_in_one_second_all_get_the_first_question(
    strict: Harness,
) -> None:
    newcomers = list(range(CROWD, CROWD + 40))
    for tg in newcomers:
        strict.sim.add_user(tg, f"Newcomer {tg}")
    await asyncio.gather(*(strict.sim.send_text(tg, "/start") for tg in newcomers))
    missing = await everyone_sees(
        strict, newcomers, lambda m: "What is your name?" in m.content, within=60
    )
    assert missing == []
    assert strict.sim.stats.too_many_requests == 0


async def test_sixty_residents_replying_to_a_notice_as_it_arrives_all_get_the_reply_form(
    strict: Harness,
) -> None:
    people = await residents(strict, 60)
    pressed: set[int] = set()
    presses: list[asyncio.Task[str]] = []

    def press_on_arrival(event: SimEvent) -> None:
        message, chat = event.message, event.chat_id
        if event.kind != "new" or message is None or chat not in people or chat in pressed:
            return
        if message.from_bot and "Water is cut" in message.content:
            pressed.add(chat)
            presses.append(asyncio.ensure_future(strict.sim.press(chat, message, "↩️ Reply")))

    unsubscribe = strict.sim.subscribe(press_on_arrival)
    spec = NoticeSpec(
        text="Water is cut at noon", kind=NoticeKind.URGENT,
        audience=NoticeAudience.BUILDINGS, targets=["1"],
    )  # fmt: skip
    await strict.services.broadcasts.send_now(ADMIN, spec, source_key="crowd")
    try:
        missing = await everyone_sees(
            strict, people, lambda m: "Write your reply" in m.content, within=60
        )
    finally:
        unsubscribe()
    await asyncio.gather(*presses)
    assert missing == []
    assert strict.sim.stats.too_many_requests == 0


async def test_an_answer_telegram_asks_to_wait_for_is_sent_again_and_not_replaced_by_an_apology(
    strict: Harness,
) -> None:
    (tg,) = await residents(strict, 1)
    strict.sim.fail_next("sendMessage", retry_after=1)
    await strict.sim.send_text(tg, "📋 My requests")
    answer = await strict.sim.wait_for(tg, contains="You have no requests yet", timeout=10)
    assert "went wrong" not in answer.content
    assert all("went wrong" not in m.content for m in strict.sim.bot_messages(tg))


async def _crash(update: Update, context: LinliContext) -> None:
    raise RuntimeError("a fault in a handler")


async def test_an_apology_telegram_asks_to_wait_for_is_sent_again_and_staff_are_alerted(
    strict: Harness,
) -> None:
    (tg,) = await residents(strict, 1)
    assert strict.app is not None
    strict.app.add_handler(CommandHandler("boom", _crash), group=-1)
    strict.sim.fail_next("sendMessage", retry_after=1)
    await strict.sim.send_text(tg, "/boom")
    await strict.sim.wait_for(tg, contains="something went wrong on our side", timeout=10)
    alert = await strict.sim.wait_for(STAFF_CHAT, contains="Something went wrong", timeout=10)
    assert "RuntimeError" in alert.content
