"""Plumbing shared by the simulator's Bot API methods: the error type and the method registry.

Every method handler raises `ApiError` for anything Telegram would refuse, so that the HTTP
layer can turn it into exactly the JSON body Telegram sends (`{"ok": false, ...}`) and PTB
raises the same exception class it would raise in production.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sandbox.simulator.params import Params
    from sandbox.simulator.world import World

Handler = Callable[["World", "Params"], Awaitable[Any]]

# Lower-cased method name -> (canonical name, handler). Telegram matches names case-insensitively.
METHODS: dict[str, tuple[str, Handler]] = {}


class ApiError(Exception):
    """A refusal the way the Bot API phrases it; `description` is sent verbatim."""

    def __init__(
        self, error_code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """Return the JSON body Telegram answers with."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> ApiError:
    """Build a 400 whose description starts with "Bad Request: " like Telegram's."""
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    """Build a 403 whose description starts with "Forbidden: " like Telegram's."""
    return ApiError(403, f"Forbidden: {reason}")


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under its Bot API name (e.g. "sendMessage")."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = (name, handler)
        return handler

    return register


def lookup(name: str) -> tuple[str, Handler] | None:
    """Find a handler by method name, ignoring case as Telegram does."""
    return METHODS.get(name.lower())
