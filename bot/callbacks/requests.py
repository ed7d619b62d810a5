"""Request buttons: the staff card (`req:`), my requests (`my:`), the queue (`q:`), and the
category and Cancel buttons of the request forms (`new:` for residents, `px:` for staff).

Old buttons stay in residents' chats and on staff cards for weeks, so the data never changes
shape. A press whose parts are digits that no row can have still reads as a press, with its
id None: the handler says the request is gone, as it always has, rather than "old button".
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.callbacks.codec import pack, read_id, unpack

CARD = "req"
MINE = "my"
QUEUE = "q"
NEW_FORM = "new"
PROXY_FORM = "px"

# The card's actions naming only the request; Hand over to a colleague names them too.
CARD_ACTIONS = frozenset(
    {"take", "open", "card", "close", "hand", "reply", "ask", "note", "resolve", "refer", "dup"}
)
HAND_TO = "handto"
# Buttons only a card (or a note about one) has, so a message carrying one is about that request.
CARD_ONLY = frozenset({"reply", "close", "card"})
# My requests: the last part each action takes ("" when it takes none).
MINE_CHOICES = {
    "open": "",
    "reply": "",
    "withdraw": "",
    "wd": "yn",
    "solved": "yn",
    "rate": "12345",
}
MINE_LIST = "list"


def _digits(part: str) -> bool:
    """Tell whether a part has the shape of an id the bot writes, whatever its size."""
    return part.isdigit()


def _yes_no(yes: bool) -> str:
    return "y" if yes else "n"


# ---- the staff card -------------------------------------------------------------------


@dataclass(frozen=True)
class CardPress:
    """A press on a staff card: the action, the request, and (Hand over) the colleague.

    `request_id` and `to` are None for digits no row can have: the handler says "not found".
    """

    action: str
    request_id: int | None
    to: int | None = None


def take(request_id: int) -> str:
    """Return ✋ Take: whoever presses it first owns the request."""
    return pack(CARD, "take", request_id)


def open_card(request_id: int) -> str:
    """Return a queue line's button, which shows the request's card."""
    return pack(CARD, "open", request_id)


def back_to_card(request_id: int) -> str:
    """Return Back, which shows the card with its usual buttons again."""
    return pack(CARD, "card", request_id)


def close_menu(request_id: int) -> str:
    """Return Close, which offers resolving or referring."""
    return pack(CARD, "close", request_id)


def hand_over_menu(request_id: int) -> str:
    """Return Hand over, which lists the colleagues."""
    return pack(CARD, "hand", request_id)


def hand_to(request_id: int, person_id: int) -> str:
    """Return the button giving the request's work to one colleague."""
    return pack(CARD, HAND_TO, request_id, person_id)


def reply(request_id: int) -> str:
    """Return 💬 Reply, which asks staff for their answer to the resident."""
    return pack(CARD, "reply", request_id)


def ask(request_id: int) -> str:
    """Return Ask, a question that waits for the resident."""
    return pack(CARD, "ask", request_id)


def note(request_id: int) -> str:
    """Return Note, an internal note residents never see."""
    return pack(CARD, "note", request_id)


def resolve(request_id: int) -> str:
    """Return Resolve, which asks for the summary the resident confirms."""
    return pack(CARD, "resolve", request_id)


def same_as(request_id: int) -> str:
    """Return Same as another request, which asks for the open one this repeats."""
    return pack(CARD, "dup", request_id)


def refer(request_id: int) -> str:
    """Return Refer, for a request that is not the community's to solve."""
    return pack(CARD, "refer", request_id)


def read_card(data: str | None) -> CardPress | None:
    """Read a card press, or None when the bot never writes data of that shape."""
    press = unpack(data, CARD)
    if press is None or not all(_digits(part) for part in press.args):
        return None
    if press.action == HAND_TO and len(press.args) == 2:
        return CardPress(press.action, read_id(press.args[0]), read_id(press.args[1]))
    if press.action in CARD_ACTIONS and len(press.args) == 1:
        return CardPress(press.action, read_id(press.args[0]))
    return None


# ---- my requests ----------------------------------------------------------------------


@dataclass(frozen=True)
class MinePress:
    """A press in my requests: the action, the request, and the answer chosen ("" if none).

    The list has no request (`request_id` None); digits no row can have also read as None.
    """

    action: str
    request_id: int | None
    choice: str = ""


def my_list() -> str:
    """Return the button back to one's list of requests."""
    return pack(MINE, MINE_LIST)


def my_open(request_id: int) -> str:
    """Return a list line's button, which shows the request's timeline."""
    return pack(MINE, "open", request_id)


def my_reply(request_id: int) -> str:
    """Return the resident's Add information (or Answer, under a staff question)."""
    return pack(MINE, "reply", request_id)


def my_withdraw(request_id: int) -> str:
    """Return Withdraw, which asks first."""
    return pack(MINE, "withdraw", request_id)


def my_withdraw_sure(request_id: int, yes: bool) -> str:
    """Return the answer to "withdraw this request?"."""
    return pack(MINE, "wd", request_id, _yes_no(yes))


def my_solved(request_id: int, yes: bool) -> str:
    """Return the resident's answer to "is it solved?"."""
    return pack(MINE, "solved", request_id, _yes_no(yes))


def my_rate(request_id: int, stars: int) -> str:
    """Return the button giving the request 1 to 5 stars."""
    if not 1 <= stars <= 5:
        raise ValueError(f"stars out of range: {stars}")
    return pack(MINE, "rate", request_id, stars)


def read_mine(data: str | None) -> MinePress | None:
    """Read a press in my requests, or None when the bot never writes data of that shape."""
    press = unpack(data, MINE)
    if press is None:
        return None
    if press.action == MINE_LIST:
        return MinePress(MINE_LIST, None) if not press.args else None
    allowed = MINE_CHOICES.get(press.action)
    if allowed is None or not press.args or not _digits(press.args[0]):
        return None
    rest = press.args[1:]
    if not allowed:
        return MinePress(press.action, read_id(press.args[0])) if not rest else None
    if len(rest) != 1 or len(rest[0]) != 1 or rest[0] not in allowed:
        return None
    return MinePress(press.action, read_id(press.args[0]), rest[0])


# ---- the queue ------------------------------------------------------------------------


# A queue's facets travel as letters and numbers: b<building's place>, c<category's place>,
# s<status's place>, o<owner's person id>, a<days old>; "-" for none. Places count from 1 in
# the lists the handler reads (buildings and categories as the admin ordered them).
FACET_LETTERS = "bcsoa"
NO_FACETS = "-"
FACET_MENU = "qf"
_FACET = re.compile(r"([bcsoa])(\d{1,19})")


@dataclass(frozen=True)
class QueuePress:
    """A press above or below the queue: the filter to show, its page (from 0) and the
    facets chosen, by letter."""

    which: str
    page: int
    facets: tuple[tuple[str, int], ...] = ()


def facet_code(facets: dict[str, int]) -> str:
    """Return the facets as button text (letters in a fixed order; 0 is left out)."""
    code = "".join(f"{k}{facets[k]}" for k in FACET_LETTERS if facets.get(k))
    return code or NO_FACETS


def read_facet_code(code: str | None) -> dict[str, int] | None:
    """Read facets back, or None unless the bot could have written them (each letter once)."""
    if code is None or code == NO_FACETS:
        return {}
    found: dict[str, int] = {}
    at = 0
    for match in _FACET.finditer(code):
        if match.start() != at or match.group(1) in found:
            return None
        number = read_id(match.group(2))
        if number is None:
            return None
        found[match.group(1)] = number
        at = match.end()
    return found if at == len(code) and found else None


def queue_filter(which: str, facets: dict[str, int] | None = None) -> str:
    """Return the button showing the queue's first page under one filter (and facets)."""
    return pack(QUEUE, which, 0, facet_code(facets)) if facets else pack(QUEUE, which)


def queue_page(which: str, page: int, facets: dict[str, int] | None = None) -> str:
    """Return Previous or Next: a page of the queue under its filter (and facets)."""
    if facets:
        return pack(QUEUE, which, page, facet_code(facets))
    return pack(QUEUE, which, page)


def read_queue(data: str | None, filters: Collection[str]) -> QueuePress | None:
    """Read a queue press naming one of `filters`, or None.

    A page past the end is still a page (the queue may have shrunk since the button was
    drawn); the handler shows the last one.
    """
    press = unpack(data, QUEUE)
    if press is None or press.action not in filters or len(press.args) > 2:
        return None
    page = press.arg(0) or "0"
    facets = read_facet_code(press.arg(1))
    if not (page.isascii() and page.isdigit()) or facets is None:
        return None
    return QueuePress(press.action, int(page), tuple(facets.items()))


def facet_menu(which: str, facets: dict[str, int]) -> str:
    """Return the button that shows the queue's facets to choose from."""
    return pack(FACET_MENU, "menu", which, facet_code(facets))


def facet_choices(which: str, facets: dict[str, int], letter: str) -> str:
    """Return the button listing one facet's choices with their counts."""
    return pack(FACET_MENU, "pick", which, facet_code(facets), letter)


@dataclass(frozen=True)
class FacetPress:
    """A press in the facet menu: the menu itself, or one facet's choices (`letter`)."""

    which: str
    facets: dict[str, int]
    letter: str | None


def read_facet_press(data: str | None, filters: Collection[str]) -> FacetPress | None:
    """Read a facet-menu press, or None unless the bot could have written it."""
    press = unpack(data, FACET_MENU)
    if press is None or not press.args or press.args[0] not in filters:
        return None
    facets = read_facet_code(press.arg(1))
    if facets is None:
        return None
    if press.action == "menu" and len(press.args) == 2:
        return FacetPress(press.args[0], facets, None)
    letter = press.arg(2)
    if press.action == "pick" and len(press.args) == 3 and letter in tuple(FACET_LETTERS):
        return FacetPress(press.args[0], facets, letter)
    return None


# ---- the request forms' own buttons ---------------------------------------------------


def form_category(form: str, code: str) -> str:
    """Return a category button of a request form (`form` is NEW_FORM or PROXY_FORM)."""
    return pack(form, "cat", code)


def form_cancel(form: str, draft_id: int) -> str:
    """Return the Cancel under a form's categories: the draft's id keeps an old one harmless."""
    return pack(form, "no", draft_id)
