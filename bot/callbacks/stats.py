"""Statistics buttons (`st:`): pick a period, then a scope; export the workbook.

A period travels as its first and last local day (`20270301`), so a typed period survives
the scope buttons; a scope is `a` (the whole community), `b` or `g` with the 1-based place
of the building or grid in the community's list, which the handler looks up again: forged
data names nothing it could not name itself, and a day that is no date reads as None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.callbacks.codec import pack, read_id, unpack

STATS = "st"
_PERIOD = "p"
_SCOPE = "sc"
_EXPORT = "xl"
PERIOD_KINDS = {"tm", "lm", "ty", "od"}  # this month, last month, this year, other dates
SCOPE_KINDS = {"a", "b", "g"}
_DAY = "%Y%m%d"


@dataclass(frozen=True)
class StatsPress:
    """A press read back: a named period, or days with a scope (for the card or the export)."""

    action: str
    kind: str
    first: date | None = None
    last: date | None = None
    place: int = 0  # the building's or grid's place in its list; 0 for the whole community


def period(kind: str) -> str:
    """Return the button of a named period (this month, last month, this year, other dates)."""
    return pack(STATS, _PERIOD, kind)


def scope(first: date, last: date, kind: str, place: int = 0) -> str:
    """Return the button showing the figures of a period for a scope."""
    return pack(STATS, _SCOPE, first.strftime(_DAY), last.strftime(_DAY), kind, place)


def export(first: date, last: date, kind: str, place: int = 0) -> str:
    """Return the button sending the workbook of a period and scope."""
    return pack(STATS, _EXPORT, first.strftime(_DAY), last.strftime(_DAY), kind, place)


def _day(text: str | None) -> date | None:
    if text is None or len(text) != 8 or not (text.isascii() and text.isdigit()):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def read(data: str | None) -> StatsPress | None:
    """Return what a statistics press asks for, or None when it is not one the bot wrote."""
    press = unpack(data, STATS)
    if press is None:
        return None
    if press.action == _PERIOD:
        kind = press.arg(0)
        return StatsPress(_PERIOD, kind) if len(press.args) == 1 and kind in PERIOD_KINDS else None
    if press.action not in (_SCOPE, _EXPORT) or len(press.args) != 4:
        return None
    first, last, kind = _day(press.arg(0)), _day(press.arg(1)), press.arg(2)
    place = 0 if press.arg(3) == "0" else read_id(press.arg(3))
    if first is None or last is None or kind not in SCOPE_KINDS or place is None:
        return None
    if (kind == "a") != (place == 0):
        return None
    return StatsPress(press.action, kind or "a", first, last, place)
