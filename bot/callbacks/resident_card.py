"""The resident-card button (`pc:`): opens one person's card for staff, by their id."""

from __future__ import annotations

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

CARD = "pc"


def open_card(person_id: int) -> str:
    """Return the button opening a resident's card."""
    return pack(CARD, "open", person_id)


def read(data: str | None) -> tuple[int | None] | None:
    """Return the person a press names, or None for data the bot never writes; an id no row
    can have reads as (None,), to be answered "not found"."""
    press = unpack(data, CARD)
    if press is None or press.action != "open" or len(press.args) != 1:
        return None
    found = numbers(press, 1)
    return (found[0],) if found is not None else None
