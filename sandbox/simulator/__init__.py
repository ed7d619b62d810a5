"""A fake Telegram Bot API server with simulated people, for end-to-end tests and benchmarks.

    async with BotApiSimulator() as sim:
        sim.add_user(1, "Ann")
        app = Application.builder().token(sim.token).base_url(sim.base_url)...
        await sim.send_text(1, "/start")
        reply = await sim.wait_for(1, contains="Welcome")

See `server.BotApiSimulator` for the HTTP side, `people`/`presses` for acting as a person and
`observe` for reading what the bot did.
"""

from sandbox.simulator.api import ApiError
from sandbox.simulator.files import SMALL_PNG, SimFile, tiny_png
from sandbox.simulator.limits import FloodLimits, SimStats
from sandbox.simulator.server import BotApiSimulator
from sandbox.simulator.state import CallbackAnswer, SimChat, SimEvent, SimMessage, SimUser

__all__ = [
    "SMALL_PNG",
    "ApiError",
    "BotApiSimulator",
    "CallbackAnswer",
    "FloodLimits",
    "SimChat",
    "SimEvent",
    "SimFile",
    "SimMessage",
    "SimStats",
    "SimUser",
    "tiny_png",
]
