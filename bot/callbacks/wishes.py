"""Wish buttons: `wr:` for the resident who made the wish, `wh:` for helpers, `wd:` for the
wish desk (staff).

Every wish button names one id after its action: the wish's, or a partner organisation's
for the desk's partner buttons; 0 where the button names nothing (the desk's list buttons).
Claim adds the organisation claiming (0: the helper themself).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, read_id, unpack
from bot.callbacks.numbers import numbers

MINE = "wr"
HELPING = "wh"
DESK = "wd"
_MINE_ACTIONS = {"op", "wd", "yes", "not", "ty"}
_HELPING_ACTIONS = {"op", "ow", "dn", "rl"}
_CLAIM = "cl"
_DESK_ACTIONS = {
    "ap", "sa", "bk", "ht", "ed", "dc", "pa", "md", "yes", "not", "pi", "pr", "pt", "xl", "rv",
}  # fmt: skip
PARTNER_ACTIONS = {"pi", "pr"}  # the desk buttons whose id is a partner organisation's
_NOTHING = 0


@dataclass(frozen=True)
class WishPress:
    """A press on a wish button: what it does, the id it names, and who claims.

    `item_id` is None when the id is one no row can have (the handler says "not found"); it
    is 0 on the desk's buttons that name nothing. `partner_id` is set on a claim only: 0 for
    the helper themself, None for an organisation no row can be.
    """

    action: str
    item_id: int | None
    partner_id: int | None = _NOTHING


# ---- the resident's own wishes ---------------------------------------------------------------


def open_mine(wish_id: int) -> str:
    """Return the button that shows one's own wish."""
    return pack(MINE, "op", wish_id)


def withdraw(wish_id: int) -> str:
    """Return Withdraw the wish."""
    return pack(MINE, "wd", wish_id)


def thank(wish_id: int) -> str:
    """Return the button that opens the thank-you form."""
    return pack(MINE, "ty", wish_id)


def came_true(wish_id: int, yes: bool, *, by_staff: bool = False) -> str:
    """Return "Yes, received" or "Not yet": the resident's, or staff's for a proxy wish."""
    return pack(DESK if by_staff else MINE, "yes" if yes else "not", wish_id)


# ---- helpers ---------------------------------------------------------------------------------


def open_wish(wish_id: int) -> str:
    """Return the button that shows a helper the wish's card."""
    return pack(HELPING, "op", wish_id)


def claim(wish_id: int, partner_id: int | None = None) -> str:
    """Return Claim, for the helper themself or for the partner organisation named."""
    return pack(HELPING, _CLAIM, wish_id, partner_id or _NOTHING)


def on_way(wish_id: int) -> str:
    """Return On its way."""
    return pack(HELPING, "ow", wish_id)


def done(wish_id: int) -> str:
    """Return Done (a photo may follow)."""
    return pack(HELPING, "dn", wish_id)


def give_back(wish_id: int) -> str:
    """Return Give it back to the list."""
    return pack(HELPING, "rl", wish_id)


# ---- the wish desk ---------------------------------------------------------------------------


def review(wish_id: int) -> str:
    """Return the wish desk's button that shows one waiting wish's vetting card."""
    return pack(DESK, "rv", wish_id)


def approve(wish_id: int) -> str:
    """Return Approve on the vetting card (what the helper receives is asked next)."""
    return pack(DESK, "ap", wish_id)


def edit(wish_id: int) -> str:
    """Return Edit the wish's text."""
    return pack(DESK, "ed", wish_id)


def decline(wish_id: int) -> str:
    """Return Decline the wish."""
    return pack(DESK, "dc", wish_id)


def media(wish_id: int) -> str:
    """Return the button that sends the wish's photo or voice message."""
    return pack(DESK, "md", wish_id)


def handover(wish_id: int) -> str:
    """Return "Type the handover": what the helper is told after claiming."""
    return pack(DESK, "ht", wish_id)


def staff_arranges(wish_id: int) -> str:
    """Return "Staff will arrange it", published without a handover."""
    return pack(DESK, "sa", wish_id)


def back(wish_id: int) -> str:
    """Return Back to the vetting card's first buttons."""
    return pack(DESK, "bk", wish_id)


def export() -> str:
    """Return the button that sends the wishes as a spreadsheet."""
    return pack(DESK, "xl", _NOTHING)


def partners() -> str:
    """Return the button that lists the partner organisations."""
    return pack(DESK, "pt", _NOTHING)


def add_partner() -> str:
    """Return the button that asks for a new partner's name."""
    return pack(DESK, "pa", _NOTHING)


def partner_link(partner_id: int) -> str:
    """Return the button that makes a one-time member link for a partner."""
    return pack(DESK, "pi", partner_id)


def remove_partner(partner_id: int) -> str:
    """Return the button that takes a partner off the list."""
    return pack(DESK, "pr", partner_id)


# ---- reading ---------------------------------------------------------------------------------


def read_mine(data: str | None) -> WishPress | None:
    """Read a press on one's own wish, or None unless the bot could have written it.

    Any text stands where the id goes: what is not an id names a wish that is not there.
    """
    press = unpack(data, MINE)
    if press is None or press.action not in _MINE_ACTIONS or len(press.args) != 1:
        return None
    return WishPress(press.action, read_id(press.args[0]))


def read_helping(data: str | None) -> WishPress | None:
    """Read a helper's press, or None unless the bot could have written it."""
    press = unpack(data, HELPING)
    if press is None:
        return None
    if press.action == _CLAIM and len(press.args) == 2:
        wish = numbers(press, 1)
        partner = numbers(press, 2, zero=True)
        return WishPress(_CLAIM, wish[0], partner[1]) if wish and partner else None
    found = numbers(press, 1)
    if press.action not in _HELPING_ACTIONS or len(press.args) != 1 or found is None:
        return None
    return WishPress(press.action, found[0])


def read_desk(data: str | None) -> WishPress | None:
    """Read a press on the wish desk, or None unless the bot could have written it."""
    press = unpack(data, DESK)
    found = numbers(press, 1, zero=True) if press is not None else None
    if press is None or found is None or press.action not in _DESK_ACTIONS:
        return None
    return WishPress(press.action, found[0]) if len(press.args) == 1 else None
