"""The real bot's log against the simulator: quiet, errors once, and never the token."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from bot.clock import ShiftedClock
from bot.context import LinliContext
from bot.logs import LIBRARY_LOGGERS, OUR_LOGGERS, REDACTED, configure_logging
from bot.models.notices import NoticeAudience, NoticeKind, NoticeSpec
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, TOKEN, Harness


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """The log as the command line writes it (ours at DEBUG), into a string."""
    names = ["", *OUR_LOGGERS, *LIBRARY_LOGGERS]
    before = {name: logging.getLogger(name).level for name in names}
    stream = io.StringIO()
    handler = configure_logging("DEBUG", [TOKEN], stream)
    yield stream
    logging.getLogger().removeHandler(handler)
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
async def harness(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> AsyncIterator[Harness]:
    """A bot not started yet, so that its start is in the log too."""
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", clock=clock)
    yield harness
    await harness.stop()


async def _a_conversation(harness: Harness) -> None:
    await harness.start()
    harness.sim.add_user(7, "Wang Fang")
    await harness.sim.send_text(7, "/start")
    await harness.sim.wait_for(7)
    await harness.stop()


async def test_at_debug_our_lines_are_there_and_the_token_is_not(
    harness: Harness, captured: io.StringIO
) -> None:
    await _a_conversation(harness)
    text = captured.getvalue()
    assert "started (polling) as @" in text
    assert TOKEN not in text
    assert "apscheduler" not in text and "httpx" not in text  # libraries stay at WARNING


async def test_http_libraries_turned_up_by_hand_still_never_write_the_token(
    harness: Harness, captured: io.StringIO
) -> None:
    for library in ("httpx", "httpcore", "telegram"):
        logging.getLogger(library).setLevel(logging.DEBUG)
    await _a_conversation(harness)
    text = captured.getvalue()
    assert f"/bot{REDACTED}/getMe" in text  # httpx logged the URL, struck out
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text


async def _crash(update: Update, context: LinliContext) -> None:
    raise RuntimeError("database exploded at line 42")


async def test_an_error_is_logged_once_with_its_traceback(
    harness: Harness, captured: io.StringIO
) -> None:
    await harness.start()
    assert harness.app is not None
    harness.app.add_handler(CommandHandler("boom", _crash), group=-1)
    harness.sim.add_user(7, "Wang Fang")
    await harness.sim.send_text(7, "/boom")
    await harness.sim.wait_for(7, contains="something went wrong on our side")
    await harness.stop()
    text = captured.getvalue()
    assert text.count("Traceback (most recent call last)") == 1
    assert text.count("RuntimeError: database exploded at line 42") == 1
    assert "ERROR handlers.errors: while handling an update" in text


async def test_a_notice_sent_and_a_person_who_blocked_the_bot_get_one_info_line_each(
    captured: io.StringIO, bot: Harness
) -> None:
    staff = 500
    await bot.register(11, "Wang Fang", building="1")
    await bot.register(12, "Li Na", building="2")
    await bot.make_staff(staff, "Chen Jing")
    await bot.services.broadcasts.set_quiet_hours(ADMIN, "0-0")  # any hour: it goes now
    bot.sim.block(12)
    spec = NoticeSpec(text="Fire drill", kind=NoticeKind.SERVICE, audience=NoticeAudience.EVERYONE)
    notice = await bot.services.broadcasts.send_now(staff, spec, source_key="drill")
    await bot.sim.wait_for(staff, contains="📊 Report", timeout=10)
    await bot.stop()
    lines = captured.getvalue().splitlines()
    blocked = [line for line in lines if "chat 12 blocked the bot" in line]
    sent = [
        line for line in lines if f"INFO handlers.notices.desk: notice {notice.id} sent" in line
    ]
    assert len(blocked) == 1 and " INFO " in blocked[0]
    assert len(sent) == 1 and "1 unreachable" in sent[0]
