"""Council buttons, `cn:`: the staff card of the next council and a member's QR.

    cn:qr:<council>                 a person's check-in QR
    cn:up:<council>:<topic>         move an agenda topic up (dn: down)
    cn:set / cn:mem / cn:door / cn:min:<council> / cn:xlsx:<council> / cn:pub:<council>
    cn:add:<l|r> / cn:seat:<person>:<l|r> / cn:un:<person>
    cn:dc:<council>:<topic>:<a|r|p> record a decision
    cn:fa:<council>:<topic>         add a follow-up request; cn:fo:<council>:<topic>:<owner>
    cn:ft:<council>:<topic>         add a follow-up volunteer task

Ids are range-checked (bot.callbacks.numbers): forged digits read as None and the handler
says "not found"; data of the wrong shape reads as None and the handler says "old button".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

PREFIX = "cn"
# action -> (ids after it, the letters a last part may hold, or None for no letter part)
_SHAPES: dict[str, tuple[int, frozenset[str] | None]] = {
    "qr": (1, None),
    "up": (2, None),
    "dn": (2, None),
    "set": (0, None),
    "mem": (0, None),
    "door": (0, None),
    "min": (1, None),
    "xlsx": (1, None),
    "pub": (1, None),
    "add": (0, frozenset("lr")),
    "seat": (1, frozenset("lr")),
    "un": (1, None),
    "dc": (2, frozenset("arp")),
    "fa": (2, None),
    "fo": (3, None),
    "ft": (2, None),
}


@dataclass(frozen=True)
class CouncilPress:
    """A press read back: the action, its ids (None where forged digits) and its letter."""

    action: str
    ids: tuple[int | None, ...]
    letter: str | None


def my_qr(council_id: int) -> str:
    """Return the button that sends a person's check-in QR for a council."""
    return pack(PREFIX, "qr", council_id)


def staff(action: str, *args: int | str) -> str:
    """Return a staff button of the council card (the shapes above)."""
    if action not in _SHAPES:
        raise ValueError(f"unknown council action {action!r}")
    return pack(PREFIX, action, *args)


def read(data: str | None) -> CouncilPress | None:
    """Read a council press, or None when it is not one the bot wrote."""
    press = unpack(data, PREFIX)
    if press is None or press.action not in _SHAPES:
        return None
    count, letters = _SHAPES[press.action]
    if len(press.args) != count + (0 if letters is None else 1):
        return None
    ids = numbers(press, count) if count else ()
    if ids is None:
        return None
    letter = press.arg(count) if letters is not None else None
    if letters is not None and letter not in letters:
        return None
    return CouncilPress(press.action, ids, letter)
