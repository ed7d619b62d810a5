"""The local health port: GET /healthz for a supervisor, GET /metrics for Prometheus.

Off unless LINLI_HEALTH_PORT is set, and bound to 127.0.0.1 only: it says how the bot is
doing (no personal data), but nobody outside the machine needs to ask. /healthz answers 200
with what it looked at, or 503 with the same and the reasons, when `bot.monitor.verdict`
finds the due-work tick or the sender stuck; a supervisor restarts on 503.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.monitor import Health, Monitor, look, verdict
from bot.services import Services

LOCALHOST = "127.0.0.1"


async def serve(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Start serving `app` on host:port (0: any free port); return the runner and the port."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    addresses = runner.addresses  # the bound sockets: with port 0, the one the system chose
    return runner, int(addresses[0][1]) if addresses else port


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def health_json(health: Health, problems: list[str], version: str, mode: str) -> dict[str, Any]:
    """Return what /healthz shows."""
    oldest = health.oldest_age
    return {
        "status": "stuck" if problems else "ok",
        "problems": problems,
        "version": version,
        "mode": mode,
        "now": _iso(health.now),
        "last_due_tick": _iso(health.last_tick),
        "due_tick_age_seconds": round(health.tick_age, 1),
        "outbox_backlog": health.backlog,
        "outbox_oldest_due_seconds": round(oldest, 1) if oldest is not None else None,
        "last_telegram_ok": _iso(health.last_telegram_ok),
    }


class HealthServer:
    """Serves /healthz and /metrics on 127.0.0.1 while the application runs."""

    def __init__(
        self,
        monitor: Monitor,
        services: Services,
        *,
        port: int,
        tick_seconds: float,
        version: str,
        mode: str,
    ) -> None:
        self.monitor = monitor
        self.services = services
        self.port = port
        self.tick_seconds = tick_seconds
        self.version = version
        self.mode = mode
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen on 127.0.0.1; `port` then holds the port bound."""
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner, self.port = await serve(app, LOCALHOST, self.port)

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def look(self) -> Health:
        """Return the bot's health now, the gauges of /metrics set from it."""
        backlog = await self.services.outbox.backlog()
        health = look(self.monitor, backlog.count, backlog.oldest_due)
        self.monitor.backlog.set(health.backlog)
        self.monitor.oldest.set(health.oldest_age or 0.0)
        self.monitor.tick_age.set(health.tick_age)
        return health

    async def _healthz(self, request: web.Request) -> web.Response:
        health = await self.look()
        problems = verdict(health, self.tick_seconds)
        body = health_json(health, problems, self.version, self.mode)
        return web.json_response(body, status=503 if problems else 200)

    async def _metrics(self, request: web.Request) -> web.Response:
        await self.look()
        return web.Response(
            body=generate_latest(self.monitor.registry),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )
