"""Fixtures for end-to-end tests: a simulator and the real bot polling it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import ShiftedClock
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import ADMIN, STAFF_CHAT, TOKEN, Harness


@pytest.fixture
async def sim() -> AsyncIterator[BotApiSimulator]:
    simulator = BotApiSimulator(token=TOKEN)
    await simulator.start()
    simulator.add_user(ADMIN, "Admin Li")
    simulator.add_group(STAFF_CHAT, "Staff room", member_ids=[ADMIN])
    yield simulator
    await simulator.stop()


@pytest.fixture
async def bot(sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock) -> AsyncIterator[Harness]:
    """The running bot on the pinned clock, with an admin and buildings 1, 2 and 3 set up."""
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", clock=clock)
    await harness.start()
    await harness.services.people.touch(ADMIN, "Admin Li", "en")
    for name in ("1", "2", "3"):
        await harness.services.community.add_building(ADMIN, name)
    yield harness
    await harness.stop()
