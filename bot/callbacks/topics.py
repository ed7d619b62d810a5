"""Topic buttons: `tp:` for residents on the board (open, Me too, take it back, comment, my
topics and one of them), `td:` for the staff desk's card (accept for the agenda, not for the
council, this is a request, merge (typed, or `td:mi:<topic>:<target>` picked), ask for details,
show the card).

Every topic button names one topic id after its action; a forged id reads as None and the
handler answers "that button is old".
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack

BOARD = "tp"
DESK = "td"
_BOARD_ACTIONS = {"op", "me", "unme", "cm", "mine", "my"}
_DESK_ACTIONS = {"ac", "dc", "rq", "mg", "ak", "vw", "fr"}
NEW_FORM = "tn"  # the resident's new-topic form: `tn:ok|no:<draft>`
PROXY_FORM = "tx"  # the staff proxy topic form


@dataclass(frozen=True)
class TopicPress:
    """A press on a topic button: what it does and the topic it names (None: no such id)."""

    action: str
    topic_id: int | None


def open_topic(topic_id: int) -> str:
    """Return the button that shows a topic."""
    return pack(BOARD, "op", topic_id)


def me_too(topic_id: int) -> str:
    """Return "Me too" under a topic."""
    return pack(BOARD, "me", topic_id)


def take_back(topic_id: int) -> str:
    """Return the button that takes one's "Me too" back."""
    return pack(BOARD, "unme", topic_id)


def comment(topic_id: int) -> str:
    """Return the button that opens a supporter's comment."""
    return pack(BOARD, "cm", topic_id)


def accept(topic_id: int) -> str:
    """Return the desk's Accept for the agenda."""
    return pack(DESK, "ac", topic_id)


def decline(topic_id: int) -> str:
    """Return the desk's Not for the council."""
    return pack(DESK, "dc", topic_id)


def my_topics() -> str:
    """Return the button that lists the topics the resident raised or backs."""
    return pack(BOARD, "mine", 0)


def my_topic(topic_id: int) -> str:
    """Return the button that shows one of the resident's own topics, whatever its status."""
    return pack(BOARD, "my", topic_id)


def to_request(topic_id: int) -> str:
    """Return the desk's "This is a request"."""
    return pack(DESK, "rq", topic_id)


def merge(topic_id: int) -> str:
    """Return the desk's Merge into another topic."""
    return pack(DESK, "mg", topic_id)


def ask(topic_id: int) -> str:
    """Return the desk's Ask for details."""
    return pack(DESK, "ak", topic_id)


def view(topic_id: int) -> str:
    """Return the button that shows a topic's staff card."""
    return pack(DESK, "vw", topic_id)


def from_request(request_id: int) -> str:
    """Return the request card's "Raise as a topic" (it names a request id, not a topic's)."""
    return pack(DESK, "fr", request_id)


def merge_into(topic_id: int, target_id: int) -> str:
    """Return the button that merges a topic into the target picked from a list."""
    return pack(DESK, "mi", topic_id, target_id)


def read_merge(data: str | None) -> tuple[int, int] | None:
    """Read a picked merge target as (topic, target), or None when it is not one the bot wrote."""
    press = unpack(data, DESK)
    if press is None or press.action != "mi" or len(press.args) != 2:
        return None
    topic_id, target_id = press.id(0), press.id(1)
    return None if topic_id is None or target_id is None else (topic_id, target_id)


def _read(data: str | None, prefix: str, actions: set[str]) -> TopicPress | None:
    press = unpack(data, prefix)
    if press is None or press.action not in actions or len(press.args) != 1:
        return None
    return TopicPress(press.action, press.id())


def read_board(data: str | None) -> TopicPress | None:
    """Read a resident's topic press, or None when it is not one the bot wrote."""
    return _read(data, BOARD, _BOARD_ACTIONS)


def read_desk(data: str | None) -> TopicPress | None:
    """Read a staff desk topic press, or None when it is not one the bot wrote."""
    return _read(data, DESK, _DESK_ACTIONS)
