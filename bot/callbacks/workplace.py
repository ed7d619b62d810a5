"""Staff tools buttons (`ws:`): open a group of tools, or run one tool's command.

A press names a group or a command by its short name; the handler checks the name against
the menu's own list and the person's role, so forged data opens nothing.
"""

from __future__ import annotations

from bot.callbacks.codec import pack, unpack

TOOLS = "ws"
_GROUP = "grp"
_RUN = "run"
_HOME = "home"


def home() -> str:
    """Return the button back to the list of groups."""
    return pack(TOOLS, _HOME)


def group(name: str) -> str:
    """Return the button opening one group of tools."""
    return pack(TOOLS, _GROUP, name)


def run(command: str) -> str:
    """Return the button that runs a staff command, as if it were typed."""
    return pack(TOOLS, _RUN, command)


def read(data: str | None) -> tuple[str, str] | None:
    """Return (action, name) of a tools press: ("home", ""), ("group", g) or ("run", c)."""
    press = unpack(data, TOOLS)
    if press is None:
        return None
    if press.action == _HOME and not press.args:
        return "home", ""
    name = press.arg(0)
    if name is None or len(press.args) != 1 or not name.isascii() or not name.isalpha():
        return None
    if press.action == _GROUP:
        return "group", name
    if press.action == _RUN:
        return "run", name
    return None
