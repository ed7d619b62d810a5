"""Fixtures: a running simulator and a real PTB Bot pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.simulator import BotApiSimulator

ANN = 101
BOB = 102
GROUP = -1001


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods: with warnings as errors, RetryAfter would otherwise
    raise PTB's deprecation warning instead of itself."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def sim() -> AsyncIterator[BotApiSimulator]:
    """Serve a fresh simulator with Ann, Bob and a group they are both in."""
    async with BotApiSimulator() as simulator:
        simulator.add_user(ANN, "Ann", "Lee", username="ann", language_code="en")
        simulator.add_user(BOB, "Bob", username="bob", language_code="zh-hans")
        simulator.add_group(GROUP, "Building 3", member_ids=[ANN, BOB])
        yield simulator


@pytest.fixture
async def bot(sim: BotApiSimulator) -> AsyncIterator[Bot]:
    """Give a real, initialised PTB Bot talking to the simulator over HTTP."""
    async with Bot(sim.token, base_url=sim.base_url, base_file_url=sim.base_file_url) as client:
        yield client
