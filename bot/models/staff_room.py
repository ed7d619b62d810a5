"""The staff room's streams: which forum topic each kind of staff message belongs in.

One rule, by the catalog key of the message, so a new staff message lands in the right topic
by its name alone (`wish-...` in Wishes, `topic-...` in Consultation, and so on).
"""

from __future__ import annotations

# In the order the topics are created (and shown in Telegram's topic list).
STREAMS = ("requests", "alerts", "replies", "wishes", "volunteers", "consultation")
_ALERTS = frozenset({"staff-overdue", "staff-error-alert"})
_BY_PREFIX = (
    ("staff-", "requests"),
    ("notice-reply", "replies"),
    ("wish-", "wishes"),
    ("volunteer-", "volunteers"),
    ("reward-", "volunteers"),
    ("task-", "volunteers"),
    ("topic-", "consultation"),
    ("council-", "consultation"),
)


def stream_of(key: str) -> str | None:
    """Return the stream of a staff message's catalog key (None: the room's general chat)."""
    if key in _ALERTS:
        return "alerts"
    return next((stream for prefix, stream in _BY_PREFIX if key.startswith(prefix)), None)
