"""Neighbours' request buttons (`nb:`): show one's own request to the building or stop
(`share:<id>:<1|0>`), list the building's (`list`), open one (`open:<id>`), Me too (`me:<id>`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

NEIGHBOURS = "nb"
_ACTIONS = {"share": 2, "list": 0, "open": 1, "me": 1}


@dataclass(frozen=True)
class NeighbourPress:
    """A press read back: the action and its numbers (None: digits no row can have)."""

    action: str
    numbers: tuple[int | None, ...]


def read(data: str | None) -> NeighbourPress | None:
    """Read a press, or None unless the bot could have written it."""
    press = unpack(data, NEIGHBOURS)
    count = _ACTIONS.get(press.action) if press is not None else None
    if press is None or count is None or len(press.args) != count:
        return None
    found = numbers(press, count, zero=True)
    if found is None or (press.action == "share" and found[1] not in (0, 1)):
        return None
    return NeighbourPress(press.action, found)


def share(request_id: int, shown: bool) -> str:
    """Return Show to my building (or Stop showing it) on one's own request."""
    return pack(NEIGHBOURS, "share", request_id, int(shown))


def listing() -> str:
    """Return the button listing the requests neighbours showed to the building."""
    return pack(NEIGHBOURS, "list")


def open_shown(request_id: int) -> str:
    """Return a line of that list."""
    return pack(NEIGHBOURS, "open", request_id)


def me_too(request_id: int) -> str:
    """Return Me too on a neighbour's request."""
    return pack(NEIGHBOURS, "me", request_id)
