"""GET /healthz and /metrics on 127.0.0.1, over real HTTP, against the running bot."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import build_application
from bot.clock import ShiftedClock
from bot.lifecycle import start_polling, stop_polling
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import STAFF_CHAT, Harness


@pytest.fixture
async def bot(sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock) -> AsyncIterator[Harness]:
    """The running bot with its health port on (any free port)."""
    harness = Harness(
        sim=sim, db_path=tmp_path / "linli.db", clock=clock, settings_extra={"LINLI_HEALTH_PORT": 0}
    )
    await harness.start()
    yield harness
    await harness.stop()


def _url(bot: Harness, path: str) -> str:
    assert bot.app is not None and bot.app.bot_data.health is not None
    return f"http://127.0.0.1:{bot.app.bot_data.health.port}{path}"


async def _health(bot: Harness) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as http, http.get(_url(bot, "/healthz")) as response:
        return response.status, await response.json()


async def _until(bot: Harness, status: int) -> dict[str, Any]:
    """Ask /healthz until it answers `status` (the tick runs every 0.2 s); return its body."""
    for _ in range(100):
        code, body = await _health(bot)
        if code == status and (status != 200 or body["last_due_tick"] is not None):
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"/healthz kept answering {code}: {body}")


async def _metrics(bot: Harness) -> str:
    async with aiohttp.ClientSession() as http, http.get(_url(bot, "/metrics")) as response:
        assert response.status == 200
        assert response.content_type == "text/plain"
        return await response.text()


def _due_tick_enabled(bot: Harness, enabled: bool) -> None:
    assert bot.app is not None and bot.app.job_queue is not None
    jobs = bot.app.job_queue.get_jobs_by_name("linli-due")
    assert jobs
    for job in jobs:
        job.enabled = enabled


async def test_healthz_answers_200_with_the_tick_the_backlog_and_the_last_telegram_call(
    bot: Harness,
) -> None:
    body = await _until(bot, 200)
    assert body["status"] == "ok" and body["problems"] == []
    assert body["mode"] == "polling"
    assert body["outbox_backlog"] == 0 and body["outbox_oldest_due_seconds"] is None
    assert body["due_tick_age_seconds"] < 10
    assert body["last_telegram_ok"] is not None  # getMe and setMyCommands went through


async def test_healthz_answers_503_when_the_due_tick_is_stuck_and_200_once_it_runs_again(
    bot: Harness,
) -> None:
    await _until(bot, 200)
    _due_tick_enabled(bot, False)
    bot.travel(timedelta(minutes=5))
    code, body = await _health(bot)
    assert code == 503
    assert body["status"] == "stuck"
    assert any("due-work tick" in problem for problem in body["problems"])
    assert body["due_tick_age_seconds"] >= 300
    _due_tick_enabled(bot, True)
    await _until(bot, 200)


async def test_healthz_answers_503_when_a_due_message_waits_and_no_telegram_call_succeeds(
    bot: Harness,
) -> None:
    await _until(bot, 200)
    assert bot.app is not None and bot.app.bot_data.sender is not None
    sender = bot.app.bot_data.sender
    await sender.stop()  # the sender is stuck: nothing leaves
    await bot.services.outbox.alert_staff("Wang Fang", "RuntimeError")
    bot.travel(timedelta(minutes=10))
    code, body = await _health(bot)
    assert code == 503
    assert body["outbox_backlog"] == 1
    assert body["outbox_oldest_due_seconds"] >= 600
    assert any("oldest due message" in problem for problem in body["problems"])
    await sender.start()
    await bot.sim.wait_for(STAFF_CHAT, contains="Something went wrong")
    body = await _until(bot, 200)
    assert body["outbox_backlog"] == 0


async def test_metrics_count_updates_answers_sends_and_telegrams_429s(bot: Harness) -> None:
    bot.sim.fail_next("sendMessage", retry_after=1)  # the first answer meets a 429
    bot.sim.add_user(7, "Wang Fang")
    await bot.sim.send_text(7, "/start")
    await bot.sim.wait_for(7)
    await bot.services.outbox.alert_staff("Wang Fang", "RuntimeError")
    await bot.sim.wait_for(STAFF_CHAT, contains="Something went wrong")
    for _ in range(50):  # the row is marked sent just after Telegram's answer is in
        text = await _metrics(bot)
        if "linli_outbox_backlog 0.0" in text:
            break
        await asyncio.sleep(0.05)
    assert 'linli_outbox_sends_total{result="sent"} 1.0' in text
    assert "linli_updates_handled_total 1.0" in text
    assert 'linli_answers_total{result="ok"}' in text
    assert 'linli_answers_total{result="retry_after"} 1.0' in text
    assert "linli_telegram_retry_after_total 1.0" in text
    assert "linli_outbox_backlog 0.0" in text
    assert "linli_due_tick_age_seconds" in text


async def test_the_health_port_is_off_unless_it_is_set(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> None:
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", clock=clock)
    await harness.start()
    try:
        assert harness.app is not None and harness.app.bot_data.health is None
    finally:
        await harness.stop()


async def test_the_first_due_tick_runs_at_start_not_one_interval_later(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> None:
    harness = Harness(sim=sim, db_path=tmp_path / "linli.db", clock=clock)
    app = build_application(harness.settings(), clock=clock, tick_seconds=30.0)
    await start_polling(app)
    try:
        assert app.bot_data.monitor is not None
        for _ in range(100):
            if app.bot_data.monitor.last_tick is not None:
                break
            await asyncio.sleep(0.05)
        assert app.bot_data.monitor.last_tick is not None  # within 5 s, not after 30
    finally:
        await stop_polling(app)
