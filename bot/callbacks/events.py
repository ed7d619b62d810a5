"""Event buttons: `ev:` for residents (a card, Sign up, one's place) and `evs:` for staff.

Every event button names the event; Sign up may add the number of places pressed, and the
two "are you sure?" answers add `y` or `n`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

RESIDENT = "ev"
STAFF = "evs"
PLACES_MAX = 99  # two digits: far above any event's limit per person
# Actions naming only the event, and the ones with an answer to "are you sure?" after it.
_RESIDENT_PLAIN = {"open", "closed", "cancel", "accept", "ics", "qr"}
_STAFF_PLAIN = {"card", "roster", "export", "poster", "checkin", "move", "place", "cap", "cancel"}
_SURE = "cxl"
_SIGN = "sign"


@dataclass(frozen=True)
class EventPress:
    """A press on an event button: what it does, the event, and what it adds.

    `event_id` is None for digits no event can have (the handler says the event is gone);
    `extra` is "" when the button adds nothing, the places pressed for Sign up, `y` or `n`.
    """

    action: str
    event_id: int | None
    extra: str = ""


def open_card(event_id: int) -> str:
    """Return the data of a button that shows the event's card."""
    return pack(RESIDENT, "open", event_id)


def sign_up(event_id: int, places: int | None = None) -> str:
    """Return Sign up: for `places` at once, or (None) asking how many first."""
    if places is None:
        return pack(RESIDENT, _SIGN, event_id)
    if not 1 <= places <= PLACES_MAX:
        raise ValueError(f"places out of range: {places}")
    return pack(RESIDENT, _SIGN, event_id, places)


def closed(event_id: int) -> str:
    """Return "Sign-up closed", which says when it closed."""
    return pack(RESIDENT, "closed", event_id)


def give_up(event_id: int) -> str:
    """Return the button that asks before giving up a place, an offer or a place in line."""
    return pack(RESIDENT, "cancel", event_id)


def give_up_sure(event_id: int, yes: bool) -> str:
    """Return the answer to "give up your place?"."""
    return pack(RESIDENT, _SURE, event_id, "y" if yes else "n")


def accept(event_id: int) -> str:
    """Return the button that takes a place offered from the waiting line."""
    return pack(RESIDENT, "accept", event_id)


def calendar(event_id: int) -> str:
    """Return the button that sends the event as a calendar file."""
    return pack(RESIDENT, "ics", event_id)


def my_qr(event_id: int) -> str:
    """Return the button that sends one's check-in QR code."""
    return pack(RESIDENT, "qr", event_id)


def manage(event_id: int) -> str:
    """Return the button that opens the staff card."""
    return pack(STAFF, "card", event_id)


def staff(action: str, event_id: int) -> str:
    """Return one of the staff card's buttons (`roster`, `export`, `move`, `cancel`, ...)."""
    if action not in _STAFF_PLAIN:
        raise ValueError(f"no staff event button {action!r}")
    return pack(STAFF, action, event_id)


def cancel_event_sure(event_id: int, yes: bool) -> str:
    """Return the answer to "cancel the event?"."""
    return pack(STAFF, _SURE, event_id, "y" if yes else "n")


def _read(data: str | None, prefix: str, plain: set[str]) -> EventPress | None:
    press = unpack(data, prefix)
    ids = numbers(press, 1) if press is not None else None
    if press is None or ids is None:
        return None
    action, tail = press.action, press.args[1:]
    if action in plain and not tail:
        return EventPress(action, ids[0])
    if action == _SURE and tail in (("y",), ("n",)):
        return EventPress(action, ids[0], tail[0])
    if prefix == RESIDENT and action == _SIGN and len(tail) <= 1:
        places = tail[0] if tail else ""
        digits = places.isascii() and places.isdigit() and len(places) <= len(str(PLACES_MAX))
        return EventPress(action, ids[0], places) if digits or not tail else None
    return None


def read(data: str | None) -> EventPress | None:
    """Read a resident's press, or None unless the bot could have written it."""
    return _read(data, RESIDENT, _RESIDENT_PLAIN)


def read_staff(data: str | None) -> EventPress | None:
    """Read a press on the staff card, or None unless the bot could have written it."""
    return _read(data, STAFF, _STAFF_PLAIN)


def is_places_choice(data: object) -> bool:
    """Whether button data is one answer to "how many places" (Sign up for n places)."""
    if not isinstance(data, str):
        return False
    press = unpack(data, RESIDENT)
    return press is not None and press.action == _SIGN and len(press.args) == 2
