"""The HTTP face of the simulator: a Bot API server on 127.0.0.1 inside the caller's loop.

The real PTB `Application`, with its real httpx client, talks to this server through
`base_url`/`base_file_url`, so end-to-end tests exercise request encoding, JSON parsing,
error mapping (BadRequest, Forbidden, RetryAfter) and long polling exactly as in production.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from types import TracebackType

from aiohttp import web

# Importing the method modules registers their handlers.
from sandbox.simulator import methods_edit, methods_misc, methods_send  # noqa: F401
from sandbox.simulator.api import ApiError, lookup
from sandbox.simulator.limits import FloodGate, FloodLimits, SimStats, is_limited
from sandbox.simulator.observe import ObserverMixin
from sandbox.simulator.params import Params, error_response
from sandbox.simulator.presses import PressesMixin
from sandbox.simulator.world import World

_log = logging.getLogger(__name__)
_MAX_UPLOAD = 50 * 1024 * 1024  # Telegram's limit for files a bot uploads


class BotApiSimulator(PressesMixin, ObserverMixin):
    """A fake Telegram Bot API with simulated people, for tests, the sandbox and benchmarks."""

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_username: str = "linli_test_bot",
        bot_name: str = "Linli",
        flood_limits: FloodLimits | None = None,
        latency: float = 0.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.world = World(token, bot_username, bot_name, clock)
        self.host = host
        self.port = port
        self.latency = latency
        self.stats = SimStats()
        self.flood_gate = FloodGate(flood_limits) if flood_limits is not None else None
        self._cursors: dict[int, int] = {}
        self._runner: web.AppRunner | None = None
        self._faults: dict[str, list[ApiError]] = {}

    def fail_next(
        self,
        method: str,
        times: int = 1,
        status: int = 502,
        description: str = "Bad Gateway",
        retry_after: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` fail, as a flaky network or Telegram would.

        A 5xx answer reaches PTB as a NetworkError: what a sender must retry with backoff.
        With `retry_after` it is Telegram's 429, which PTB raises as RetryAfter.
        """
        queue = self._faults.setdefault(method.lower(), [])
        if retry_after is not None:
            status, description = 429, f"Too Many Requests: retry after {retry_after}"
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        queue.extend(ApiError(status, description, parameters) for _ in range(times))

    @property
    def token(self) -> str:
        """Return the only token this server accepts."""
        return self.world.token

    @property
    def bot_id(self) -> int:
        """Return the bot's user id (the number before the colon in the token)."""
        return self.world.bot_id

    @property
    def root_url(self) -> str:
        """Return http://host:port once started."""
        if self._runner is None:
            raise RuntimeError("the simulator is not started; await sim.start() first")
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Return the value for PTB's `base_url` (it appends token and method)."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """Return the value for PTB's `base_file_url` (it appends token and file path)."""
        return f"{self.root_url}/file/bot"

    async def start(self) -> None:
        """Bind and serve; with port 0 a free port is picked and stored in `self.port`."""
        self.world.updates.reopen()
        app = web.Application(client_max_size=_MAX_UPLOAD)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        # handler_cancellation ends abandoned long polls when a client disconnects.
        runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=1.0, handler_cancellation=True
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self.port = int(runner.addresses[0][1])
        self._runner = runner

    async def stop(self) -> None:
        """Release waiting long polls and close the server."""
        self.world.updates.close()
        await self.world.webhook.clear()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> BotApiSimulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    def _refuse(self, error: ApiError) -> web.Response:
        self.stats.errors[error.error_code] += 1
        if error.error_code == 429:
            self.stats.too_many_requests += 1
        return error_response(error)

    async def _handle_method(self, request: web.Request) -> web.Response:
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        if request.match_info["token"] != self.world.token:
            return self._refuse(ApiError(401, "Unauthorized"))
        found = lookup(request.match_info["method"])
        if found is None:
            return self._refuse(ApiError(404, "Not Found"))
        name, handler = found
        self.stats.calls[name] += 1
        try:
            faults = self._faults.get(name.lower())
            if faults:
                raise faults.pop(0)
            params = await Params.read(request)
            if self.flood_gate is not None and is_limited(name):
                self.flood_gate.admit(_chat_key(params))
            result = await handler(self.world, params)
        except ApiError as error:
            return self._refuse(error)
        except Exception as exc:
            # A simulator bug must fail the test loudly, not look like a Telegram refusal.
            _log.exception("simulator failed on %s", name)
            return self._refuse(ApiError(500, f"Internal Server Error: simulator bug: {exc!r}"))
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        if request.match_info["token"] != self.world.token:
            return self._refuse(ApiError(401, "Unauthorized"))
        sim_file = self.world.files.by_path.get(request.match_info["path"])
        if sim_file is None:
            return self._refuse(ApiError(404, "Not Found"))
        return web.Response(
            body=sim_file.data, content_type=sim_file.mime_type or "application/octet-stream"
        )

    async def _not_found(self, request: web.Request) -> web.Response:
        return self._refuse(ApiError(404, "Not Found"))


def _chat_key(params: Params) -> int | None:
    """Return the chat a limited call targets, if it names one by number."""
    try:
        return params.integer("chat_id")
    except ApiError:
        return None
