"""The one pacing: which calls Telegram counts, which go first, and answers that must wait."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.flood import Lane, Pace, PacedLimiter, Pacer, is_counted

NO_GAPS = Pace(per_second=2, outbox_per_second=100, private_gap=0.0, group_gap=0.0)


def test_sends_edits_and_copies_count_but_chat_actions_and_reads_do_not() -> None:
    assert is_counted("sendMessage") and is_counted("editMessageText")
    assert is_counted("copyMessage") and is_counted("sendPhoto")
    assert not is_counted("sendChatAction")
    assert not is_counted("getUpdates") and not is_counted("answerCallbackQuery")


async def take_turns(pacer: Pacer, calls: Sequence[tuple[str, Lane, int | None]]) -> list[str]:
    """Let every call wait for its turn at once; return the names in the order they left."""
    left: list[str] = []

    async def call(name: str, lane: Lane, chat: int | None) -> None:
        await pacer.turn(lane, chat)
        left.append(name)
        pacer.back(chat)

    await asyncio.gather(*(call(name, lane, chat) for name, lane, chat in calls))
    return left


async def test_an_answer_goes_before_bulk_rows_that_were_waiting_longer() -> None:
    pacer = Pacer(NO_GAPS)
    calls = [(f"bulk{n}", Lane.BULK, 100 + n) for n in range(3)]
    calls += [("personal", Lane.PERSONAL, 200), ("answer", Lane.ANSWER, 300)]
    assert await take_turns(pacer, calls) == ["answer", "personal", "bulk0", "bulk1", "bulk2"]


async def test_an_answer_to_a_quiet_chat_goes_before_a_crowd_that_was_just_answered() -> None:
    pacer = Pacer(Pace(per_second=1, outbox_per_second=100, private_gap=0.0, group_gap=0.0))
    crowd = [(f"crowd{n}", Lane.ANSWER, 100 + n) for n in range(3)]
    assert await take_turns(pacer, crowd) == ["crowd0", "crowd1", "crowd2"]  # now all served
    assert await take_turns(pacer, [("card", Lane.PERSONAL, 500)]) == ["card"]  # not an answer
    again = [(f"again{n}", Lane.ANSWER, 100 + n) for n in range(3)]
    left = await take_turns(pacer, [*again, ("staff", Lane.ANSWER, 500)])
    assert left[0] == "staff"  # arrived last, but its chat had no answer lately
    assert left[1:] == ["again0", "again1", "again2"]  # the crowd in the order it was served


async def test_no_more_calls_leave_in_one_second_than_the_pace_allows() -> None:
    pacer = Pacer(NO_GAPS)
    loop = asyncio.get_running_loop()
    began = loop.time()
    await take_turns(pacer, [(f"a{n}", Lane.ANSWER, n) for n in range(5)])
    # two in the first second, two in the next, the fifth only after two whole seconds
    assert loop.time() - began >= 2.0


async def test_a_second_answer_to_one_person_waits_for_the_chat_gap_but_others_do_not() -> None:
    pacer = Pacer(Pace(per_second=100, private_gap=0.4, group_gap=0.0))
    loop = asyncio.get_running_loop()
    times: dict[str, float] = {}

    async def call(name: str, chat: int) -> None:
        await pacer.turn(Lane.ANSWER, chat)
        times[name] = loop.time()
        pacer.back(chat)

    began = loop.time()
    await asyncio.gather(call("first", 7), call("again", 7), call("other", 8))
    assert times["first"] - began < 0.1 and times["other"] - began < 0.1
    assert times["again"] - times["first"] >= 0.39


async def test_a_call_that_gave_up_waiting_frees_its_place_for_the_next() -> None:
    pacer = Pacer(Pace(per_second=1, private_gap=0.0))
    await take_turns(pacer, [("fills the second", Lane.ANSWER, 1)])
    impatient = asyncio.create_task(pacer.turn(Lane.ANSWER, 2))
    await asyncio.sleep(0.05)
    impatient.cancel()
    with pytest.raises(asyncio.CancelledError):
        await impatient
    assert pacer.waiting() == 0
    assert await take_turns(pacer, [("next", Lane.ANSWER, 3)]) == ["next"]


class Telegram:
    """A stand-in for the HTTP call: answers RetryAfter `refusals` times, then accepts."""

    def __init__(self, refusals: int, seconds: int = 1) -> None:
        self.refusals = refusals
        self.seconds = seconds
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self.calls += 1
        if self.calls <= self.refusals:
            raise RetryAfter(timedelta(seconds=self.seconds))
        return {"message_id": self.calls}


async def ask(limiter: PacedLimiter, telegram: Telegram, lane: Lane | None) -> object:
    return await limiter.process_request(
        telegram, (), {}, "sendMessage", {"chat_id": 5, "text": "hi"}, lane
    )


async def test_an_answer_telegram_asked_to_wait_is_sent_again_after_the_pause() -> None:
    pacer = Pacer(Pace(private_gap=0.0))
    telegram = Telegram(refusals=1)
    loop = asyncio.get_running_loop()
    began = loop.time()
    assert await ask(PacedLimiter(pacer), telegram, None) == {"message_id": 2}
    assert telegram.calls == 2 and loop.time() - began >= 1.0


async def test_an_outbox_row_gets_the_retry_after_back_and_everything_pauses() -> None:
    pacer = Pacer(Pace(private_gap=0.0))
    telegram = Telegram(refusals=1)
    with pytest.raises(RetryAfter):
        await ask(PacedLimiter(pacer), telegram, Lane.BULK)
    assert telegram.calls == 1 and pacer.paused


async def test_an_answer_is_given_up_after_its_patience_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    pacer = Pacer(Pace(private_gap=0.0, answer_patience=1.5))
    telegram = Telegram(refusals=10)
    with caplog.at_level(logging.WARNING, logger="bot.flood"), pytest.raises(RetryAfter):
        await ask(PacedLimiter(pacer), telegram, None)
    assert telegram.calls == 2  # after one pause of a second, a second would pass the patience
    assert len([r for r in caplog.records if "gave up an answer" in r.message]) == 1
