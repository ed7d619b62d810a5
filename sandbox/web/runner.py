"""The sandbox's lifecycle: the fake Telegram, the real bot polling it, and the web chat.

Everything runs in one asyncio loop. The bot is the real `build_application` with its real
HTTP client and long polling, started and stopped step by step as `run_polling` would
(`bot.lifecycle`), so what a visitor tries is what runs against Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web
from pydantic import SecretStr

from bot import scheduler
from bot.app import LinliApp, build_application
from bot.clock import ShiftedClock
from bot.config import Settings
from bot.delivery import DeliveryLimits
from bot.lifecycle import start_polling, stop_polling
from bot.services import Services
from sandbox.simulator import BotApiSimulator
from sandbox.web import cast
from sandbox.web.demo import seed
from sandbox.web.web import build_web

log = logging.getLogger(__name__)

DEFAULT_DB = Path("sandbox.db")


class SandboxError(Exception):
    """The sandbox cannot start; the message is one line for a person."""


@dataclass
class SandboxOptions:
    """How to run the sandbox; the command line fills these in."""

    port: int = 8080
    host: str = "127.0.0.1"
    db: Path = DEFAULT_DB
    demo: bool = False
    limits: DeliveryLimits | None = None
    tick_seconds: float = scheduler.TICK_SECONDS


@dataclass
class Sandbox:
    """One running sandbox: simulator, application and web server."""

    options: SandboxOptions
    base: Settings
    sim: BotApiSimulator = field(init=False)
    clock: ShiftedClock = field(default_factory=ShiftedClock)
    app: LinliApp | None = None
    settings: Settings | None = None
    # Who pressed which button, so only they see the bot's answer to the press.
    press_owners: dict[str, int] = field(default_factory=dict)
    _web: web.AppRunner | None = None
    port: int = 0

    def __post_init__(self) -> None:
        self.sim = BotApiSimulator(
            bot_username=cast.BOT_USERNAME, bot_name=cast.BOT_NAME, token="777000:SANDBOX"
        )

    @property
    def url(self) -> str:
        """Return the web chat's address."""
        return f"http://{self.options.host}:{self.port}"

    @property
    def services(self) -> Services:
        """Return the running bot's services."""
        if self.app is None or self.app.bot_data.services is None:
            raise RuntimeError("the sandbox is not running")
        return self.app.bot_data.services

    def bot_settings(self) -> Settings:
        """Return the bot's settings: the visitor's, aimed at the simulator and its own file.

        The production database (LINLI_DB) is never used, and the cast's admin and staff room
        replace LINLI_ADMINS / LINLI_STAFF_CHAT.
        """
        return self.base.model_copy(
            update={
                "telegram_bot_token": SecretStr(self.sim.token),
                "telegram_api_base_url": self.sim.root_url,
                "db": self.options.db,
                "admins": cast.ADMINS,
                "staff_chat": cast.STAFF_CHAT,
                "backup_hour": None,  # a pretend community's file: no nightly backups
            }
        )

    async def start(self) -> None:
        """Start the simulator, bind the web chat, then start the bot (and seed the demo)."""
        await self.sim.start()
        cast.install(self.sim)
        try:
            runner = web.AppRunner(build_web(self), access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            site = web.TCPSite(runner, self.options.host, self.options.port)
            self._web = runner
            try:
                await site.start()
            except OSError as exc:
                raise SandboxError(
                    f"cannot serve the sandbox on {self.options.host}:{self.options.port} "
                    f"({exc.strerror}); pass --port or set LINLI_SANDBOX_PORT"
                ) from None
            self.port = int(runner.addresses[0][1])
            self.settings = self.bot_settings()
            self.app = build_application(
                self.settings,
                clock=self.clock,
                limits=self.options.limits,
                tick_seconds=self.options.tick_seconds,
            )
            await start_polling(self.app)
            await cast.appoint_staff(self.services)
            if self.options.demo:
                await seed(self.services, self.sim)
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Stop the web chat, the bot (all its shutdown hooks) and the simulator."""
        if self._web is not None:
            runner, self._web = self._web, None
            await runner.cleanup()
        if self.app is not None:
            app, self.app = self.app, None
            await stop_polling(app)
        await self.sim.stop()


async def serve(options: SandboxOptions, base: Settings) -> None:
    """Run the sandbox until Ctrl-C (SIGINT) or SIGTERM, then stop cleanly."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    watched: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C cancels us instead
            loop.add_signal_handler(signum, stopping.set)
            watched.append(signum)
    sandbox = Sandbox(options, base)
    try:
        await sandbox.start()
        log.info(
            "Linli sandbox: open %s in a browser (database %s; Ctrl-C stops)",
            sandbox.url,
            options.db,
        )
        await stopping.wait()
        log.info("stopping the sandbox")
    finally:
        await sandbox.stop()
        for signum in watched:
            loop.remove_signal_handler(signum)


def run(options: SandboxOptions, base: Settings) -> int:
    """Run the sandbox in its own event loop; return the exit status."""
    try:
        asyncio.run(serve(options, base))
    except KeyboardInterrupt:
        pass  # already stopped cleanly by serve's finally
    except SandboxError as exc:
        print(f"linli: {exc}", file=sys.stderr)
        return 2
    return 0
