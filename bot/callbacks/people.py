"""People and settings buttons: the admin's staff and settings pages (`adm:`), erasing one's own
data (`me:`), and the language choice (`lang:`).

An admin button names a page, a staff member by id, a building by a short hash of its name or
a category by its position; the pages check what it names, so a stale button finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.callbacks.codec import SEPARATOR, pack, unpack

ADMIN = "adm"
ME = "me"
LANGUAGE = "lang"

ADMIN_ACTIONS = frozenset(
    {"set", "bld", "cat", "staff", "rm", "rmok", "inv", "badd", "bdel", "cadd", "chr", "cvis"}
    | {"bask", "cask", "rlang", "rl", "bgrid"}
)
# What an admin button may name after its action: an id, a building key, a position.
_ADMIN_ARG = re.compile(r"[\w-]{1,24}")
_ERASE_ASK = "ask"
_ERASE = "del"


@dataclass(frozen=True)
class AdminPress:
    """A press on an admin page: the action and what it names as text ("" for nothing)."""

    action: str
    arg: str = ""


def settings_page() -> str:
    """Return the button back to the settings' first page."""
    return pack(ADMIN, "set")


def buildings_page() -> str:
    """Return the button showing the buildings."""
    return pack(ADMIN, "bld")


def categories_page() -> str:
    """Return the button showing the request categories."""
    return pack(ADMIN, "cat")


def staff_page() -> str:
    """Return the button showing the staff list (No, under "remove them?")."""
    return pack(ADMIN, "staff")


def remove_staff(person_id: int) -> str:
    """Return a staff member's Remove, which asks first."""
    return pack(ADMIN, "rm", person_id)


def remove_staff_sure(person_id: int) -> str:
    """Return Yes under "remove them?"."""
    return pack(ADMIN, "rmok", person_id)


def invite_staff() -> str:
    """Return the button making a one-time staff invitation link."""
    return pack(ADMIN, "inv")


def add_building() -> str:
    """Return the button asking for a new building's name."""
    return pack(ADMIN, "badd")


def remove_building(building_key: str) -> str:
    """Return a building's Remove; the key is a short hash, since names can be long."""
    return pack(ADMIN, "bdel", building_key)


def add_category() -> str:
    """Return the button asking for a new category."""
    return pack(ADMIN, "cadd")


def building_grid(building_key: str) -> str:
    """Return a building's Grid button, which asks for the grid it belongs to."""
    return pack(ADMIN, "bgrid", building_key)


def ask_remove_building(building_key: str) -> str:
    """Return a building's Remove, which first says what depends on it."""
    return pack(ADMIN, "bask", building_key)


def ask_hide_category(position: int) -> str:
    """Return a category's Hide, which first says how many open requests it holds."""
    return pack(ADMIN, "cask", position)


def room_languages() -> str:
    """Return the button listing the languages the staff room can be written in."""
    return pack(ADMIN, "rlang")


def room_language(code: str) -> str:
    """Return the button setting the staff room's language."""
    return pack(ADMIN, "rl", code)


def category_hours(position: int) -> str:
    """Return the button changing a category's answer time."""
    return pack(ADMIN, "chr", position)


def category_visibility(position: int) -> str:
    """Return the button hiding a category from residents, or showing it again."""
    return pack(ADMIN, "cvis", position)


def read_admin(data: str | None) -> AdminPress | None:
    """Read an admin press, or None when the bot never writes data of that shape."""
    press = unpack(data, ADMIN)
    if press is None or press.action not in ADMIN_ACTIONS or len(press.args) > 1:
        return None
    arg = press.arg(0)
    if arg is None:
        return AdminPress(press.action)
    return AdminPress(press.action, arg) if _ADMIN_ARG.fullmatch(arg) else None


@dataclass(frozen=True)
class ErasePress:
    """A press on erasing one's data: the ask under /mydata, or the answer to "are you sure?".

    `yes` is None for the ask.
    """

    yes: bool | None


def erase_ask() -> str:
    """Return the button under /mydata that asks before erasing."""
    return pack(ME, _ERASE_ASK)


def erase_sure(yes: bool) -> str:
    """Return the answer to "erase your data?"."""
    return pack(ME, _ERASE, "y" if yes else "n")


def read_erase(data: str | None) -> ErasePress | None:
    """Read a press on erasing one's data, or None for anything else."""
    press = unpack(data, ME)
    if press is None:
        return None
    if press.action == _ERASE_ASK and not press.args:
        return ErasePress(None)
    if press.action == _ERASE and press.args in (("y",), ("n",)):
        return ErasePress(press.args == ("y",))
    return None


def choose_language(code: str) -> str:
    """Return the button switching to one language (its code, as `zh-hans`)."""
    return pack(LANGUAGE, code)


def read_language(data: str | None, languages: Collection[str]) -> str | None:
    """Return the language a press chose among `languages`, or None.

    A language code holds a `-`, which is no action in the shared format, so it is read here.
    """
    prefix, separator, code = (data or "").partition(SEPARATOR)
    if prefix != LANGUAGE or not separator or code not in languages:
        return None
    return code
