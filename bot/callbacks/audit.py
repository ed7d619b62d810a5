"""Audit-log buttons (`au:`): a page (everyone's lines, or one person's), who has lines, and
the export. 0 as the person names everyone."""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

AUDIT = "au"
_ACTIONS = {"pg": 2, "who": 0, "xl": 1}


@dataclass(frozen=True)
class AuditPress:
    """A press read back: the action and its numbers (None: digits no row can have)."""

    action: str
    numbers: tuple[int | None, ...]


def read(data: str | None) -> AuditPress | None:
    """Read an audit press, or None unless the bot could have written it."""
    press = unpack(data, AUDIT)
    count = _ACTIONS.get(press.action) if press is not None else None
    if press is None or count is None or len(press.args) != count:
        return None
    found = numbers(press, count, zero=True)
    return AuditPress(press.action, found) if found is not None else None


def page(actor_id: int, number: int) -> str:
    """Return the button showing one page of the log (actor 0: everyone)."""
    return pack(AUDIT, "pg", actor_id, number)


def people() -> str:
    """Return the button listing who has lines in the log."""
    return pack(AUDIT, "who")


def export(actor_id: int) -> str:
    """Return the button sending the log (actor 0: everyone's) as a spreadsheet."""
    return pack(AUDIT, "xl", actor_id)
