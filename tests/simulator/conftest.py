"""Fixtures: a running simulator and a real PTB Bot pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from sandbox.simulator import BotApiSimulator

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


def local_request() -> HTTPXRequest:
    """Build PTB's real httpx transport, minus loading CA certificates (~50 ms a client):
    the simulator speaks plain HTTP, so they are never used."""
    return HTTPXRequest(httpx_kwargs={"verify": False})


@pytest.fixture
def make_request() -> Callable[[], HTTPXRequest]:
    """Offer `local_request` to tests that build an Application."""
    return local_request


@pytest.fixture
def make_bot() -> Callable[..., Bot]:
    """Offer a builder of real PTB Bots aimed at a given simulator."""

    def build(sim: BotApiSimulator, token: str | None = None) -> Bot:
        return Bot(
            token or sim.token,
            base_url=sim.base_url,
            base_file_url=sim.base_file_url,
            request=local_request(),
            get_updates_request=local_request(),
        )

    return build


@pytest.fixture
async def bot(sim: BotApiSimulator, make_bot: Callable[..., Bot]) -> AsyncIterator[Bot]:
    """Give a real, initialised PTB Bot talking to the simulator over HTTP."""
    async with make_bot(sim) as client:
        yield client
