"""Fixtures: a running sandbox (simulator, real bot, web chat) on 127.0.0.1, and HTTP to it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.config import load_settings
from bot.delivery import DeliveryLimits
from sandbox.web.runner import Sandbox, SandboxOptions
from tests.clock import pinned_clock

FAST = DeliveryLimits(per_second=200, private_gap=0.0, group_gap=0.0, idle_wait=0.1)


@pytest.fixture
def production_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point LINLI_DB at a production file the sandbox must never touch."""
    monkeypatch.chdir(tmp_path)  # no stray .env; a default sandbox.db would land here
    path = tmp_path / "production.db"
    monkeypatch.setenv("LINLI_DB", str(path))
    return path


def options(tmp_path: Path, *, demo: bool) -> SandboxOptions:
    """Return fast sandbox options on a free port, with the database in tmp_path."""
    return SandboxOptions(
        port=0, db=tmp_path / "sandbox.db", demo=demo, limits=FAST, tick_seconds=0.2
    )


def make_sandbox(tmp_path: Path, *, demo: bool, hour: int | None = None) -> Sandbox:
    """Return a sandbox (not started) on the tests' pinned clock, at `hour` if given."""
    settings = load_settings()
    clock = pinned_clock(hour, settings.zone)
    return Sandbox(options(tmp_path, demo=demo), settings, clock=clock)


@pytest.fixture
async def sandbox(tmp_path: Path, production_db: Path, local_hour: int) -> AsyncIterator[Sandbox]:
    """A fresh sandbox without --demo: the cast exists, nobody has registered yet."""
    running = make_sandbox(tmp_path, demo=False, hour=local_hour)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def demo(tmp_path: Path, production_db: Path, local_hour: int) -> AsyncIterator[Sandbox]:
    """A sandbox seeded with --demo."""
    running = make_sandbox(tmp_path, demo=True, hour=local_hour)
    await running.start()
    yield running
    await running.stop()


@pytest.fixture
async def web(sandbox: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    """Real HTTP to the fresh sandbox's web chat."""
    async with aiohttp.ClientSession(sandbox.url) as session:
        yield session


@pytest.fixture
async def demo_web(demo: Sandbox) -> AsyncIterator[aiohttp.ClientSession]:
    """Real HTTP to the demo sandbox's web chat."""
    async with aiohttp.ClientSession(demo.url) as session:
        yield session
