"""Webhook mode: the simulator posts updates to the bot over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.__main__ import main
from bot.clock import ShiftedClock
from bot.lifecycle import start_webhook, stop_webhook
from bot.webhook import SECRET_HEADER, WebhookServer
from sandbox.simulator import BotApiSimulator
from tests.e2e.harness import Harness

SECRET = "s3cret-Token_1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class WebhookHarness(Harness):
    """The harness, but the bot listens for the simulator's posts instead of polling."""

    server: WebhookServer | None = None

    async def start(self) -> None:
        """Build the application and start it in webhook mode."""
        from bot.app import build_application

        self.app = build_application(
            self.settings(), clock=self.clock, limits=self.limits, tick_seconds=0.2
        )
        self.server = await start_webhook(self.app, self.settings())

    async def stop(self) -> None:
        """Stop listening and the application."""
        if self.app is not None and self.server is not None:
            await stop_webhook(self.app, self.server)
        self.app = self.server = None


@pytest.fixture
async def bot(
    sim: BotApiSimulator, tmp_path: Path, clock: ShiftedClock
) -> AsyncIterator[WebhookHarness]:
    port = _free_port()
    harness = WebhookHarness(
        sim=sim,
        db_path=tmp_path / "linli.db",
        clock=clock,
        settings_extra={
            "LINLI_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/hook",
            "LINLI_WEBHOOK_SECRET": SECRET,
            "LINLI_WEBHOOK_PORT": port,
        },
    )
    await harness.start()
    yield harness
    await harness.stop()


def _update(user_id: int, text: str) -> dict[str, Any]:
    sender = {"id": user_id, "is_bot": False, "first_name": "Mallory"}
    return {
        "update_id": 990000 + user_id,
        "message": {
            "message_id": 1,
            "date": 1_764_000_000,
            "chat": {"id": user_id, "type": "private", "first_name": "Mallory"},
            "from": sender,
            "text": text,
        },
    }


async def _post(bot: WebhookHarness, body: bytes, headers: dict[str, str]) -> int:
    assert bot.server is not None
    url = f"http://127.0.0.1:{bot.server.port}/telegram/hook"
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers=headers) as r:
        return r.status


async def test_the_webhook_is_set_on_start_with_its_url_and_secret(bot: WebhookHarness) -> None:
    assert bot.server is not None
    assert bot.sim.world.webhook_url == f"http://127.0.0.1:{bot.server.port}/telegram/hook"
    assert bot.sim.world.webhook.secret == SECRET
    assert bot.sim.world.webhook.allowed == ["message", "callback_query"]


async def test_an_update_posted_with_the_secret_is_handled_and_answered(
    bot: WebhookHarness,
) -> None:
    bot.sim.add_user(7, "Wang Fang")
    await bot.sim.send_text(7, "/start")
    reply = await bot.sim.wait_for(7, predicate=lambda m: m.reply_keyboard is not None)
    assert reply.chat_id == 7  # registration began: the bot answered through the simulator
    assert bot.sim.world.webhook.delivered  # it came by webhook, not getUpdates
    assert bot.sim.world.webhook.refusals == []
    await bot.register(8, "Tom Baker")  # a whole form, step by step, over the webhook


async def test_a_post_without_the_right_secret_gets_403_and_is_never_handled(
    bot: WebhookHarness,
) -> None:
    bot.sim.add_user(8, "Mallory")
    body = json.dumps(_update(8, "/start")).encode()
    json_type = {"Content-Type": "application/json"}
    assert await _post(bot, body, {**json_type, SECRET_HEADER: "guessed"}) == 403
    assert await _post(bot, body, json_type) == 403
    await bot.sim.expect_silence(8, 0.5)
    assert bot.server is not None and bot.server.refused == 2


async def test_a_post_with_the_secret_that_is_not_an_update_gets_400(bot: WebhookHarness) -> None:
    assert await _post(bot, b"not json", {SECRET_HEADER: SECRET}) == 400


def test_webhook_mode_without_a_secret_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:LINLI-TEST")
    monkeypatch.setenv("LINLI_WEBHOOK_URL", "https://bot.example.org/telegram")
    monkeypatch.delenv("LINLI_WEBHOOK_SECRET", raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("linli: LINLI_WEBHOOK_SECRET is not set")
    assert "\n" not in err


async def test_going_back_to_polling_deletes_the_webhook_and_answers_again(
    bot: WebhookHarness,
) -> None:
    await bot.stop()
    polling = Harness(sim=bot.sim, db_path=bot.db_path, clock=bot.clock)
    await polling.start()
    try:
        assert bot.sim.world.webhook_url == ""
        bot.sim.add_user(7, "Wang Fang")
        await bot.sim.send_text(7, "/start")
        reply = await bot.sim.wait_for(7, predicate=lambda m: m.reply_keyboard is not None)
        assert reply.chat_id == 7
    finally:
        await polling.stop()
