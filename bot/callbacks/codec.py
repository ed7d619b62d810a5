"""The format of every button's data: `prefix:action[:arg...]`, at most 64 bytes.

Telegram hands callback data back exactly as the bot wrote it, but anyone can send any data
with a forged press, so reading is strict: the feature's prefix, a short lowercase action, at
most a few parts, and ids that are ASCII digits from 1 to SQLite's largest integer (a larger
one would raise OverflowError inside a query; `int()` would also accept signs, spaces, `_`
and full-width digits). A press that fails any check reads as None and gets the friendly
"that button is old" answer from its handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# SQLite integers are signed 64-bit.
ID_MAX = 2**63 - 1
# Telegram refuses callback data over 64 bytes.
DATA_LIMIT = 64
SEPARATOR = ":"
MAX_ARGS = 4
_ACTION = re.compile(r"[a-z_]{1,12}")


def read_id(value: str | None) -> int | None:
    """Return the row id `value` names, or None unless it is one the bot could have written."""
    if not value or len(value) > len(str(ID_MAX)) or not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if 1 <= number <= ID_MAX else None


def pack(prefix: str, action: str, *args: int | str) -> str:
    """Return the data for a button; a part holding the separator or too long data is a bug."""
    parts = [prefix, action, *(str(arg) for arg in args)]
    if any(SEPARATOR in part for part in parts):
        raise ValueError(f"button data part holds {SEPARATOR!r}: {parts}")
    data = SEPARATOR.join(parts)
    if len(data.encode()) > DATA_LIMIT:
        raise ValueError(f"button data over {DATA_LIMIT} bytes: {data}")
    return data


@dataclass(frozen=True)
class Press:
    """A press read back: its action and the parts after it, still as text."""

    action: str
    args: tuple[str, ...]

    def id(self, index: int = 0) -> int | None:
        """Return the id at `index` after the action, or None when missing or not an id."""
        return read_id(self.args[index]) if index < len(self.args) else None

    def arg(self, index: int) -> str | None:
        """Return the part at `index` after the action as text, or None when missing."""
        return self.args[index] if index < len(self.args) else None


def unpack(data: str | None, prefix: str) -> Press | None:
    """Read a press of the feature whose data starts with `prefix`, or None if it is not one."""
    if not data or len(data.encode()) > DATA_LIMIT:
        return None
    parts = data.split(SEPARATOR)
    if parts[0] != prefix or len(parts) < 2 or len(parts) > 2 + MAX_ARGS:
        return None
    if not _ACTION.fullmatch(parts[1]):
        return None
    return Press(parts[1], tuple(parts[2:]))
