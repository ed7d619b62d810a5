"""Saved-reply buttons (`sr:`): under a Reply prompt (show one, send it, back to the list) and
in the list staff keep them in (add, choose the category, remove).

After the action come its numbers: a request id and a saved reply's id, or a category's
place in the admin's list (0: every category).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

SAVED = "sr"

# action -> how many numbers follow it
_ACTIONS = {"show": 2, "send": 2, "list": 1, "del": 1, "add": 0, "cat": 1}


@dataclass(frozen=True)
class SavedPress:
    """A press read back: its action and numbers (None: digits no row can have)."""

    action: str
    numbers: tuple[int | None, ...]


def read(data: str | None) -> SavedPress | None:
    """Read a saved-reply press, or None unless the bot could have written it."""
    press = unpack(data, SAVED)
    count = _ACTIONS.get(press.action) if press is not None else None
    if press is None or count is None or len(press.args) != count:
        return None
    found = numbers(press, count, zero=press.action == "cat")
    return SavedPress(press.action, found) if found is not None else None


def show(request_id: int, reply_id: int) -> str:
    """Return the button showing one saved reply whole, with Send."""
    return pack(SAVED, "show", request_id, reply_id)


def send(request_id: int, reply_id: int) -> str:
    """Return Send this saved reply to the request's resident."""
    return pack(SAVED, "send", request_id, reply_id)


def offers(request_id: int) -> str:
    """Return Back to the saved replies offered for a request."""
    return pack(SAVED, "list", request_id)


def remove(reply_id: int) -> str:
    """Return Remove for one saved reply in the list."""
    return pack(SAVED, "del", reply_id)


def add() -> str:
    """Return Add a saved reply."""
    return pack(SAVED, "add")


def category(place: int) -> str:
    """Return the category choice of a new saved reply (0: every category)."""
    return pack(SAVED, "cat", place)
