"""The numbers after a press's action, read the way the community features always read them.

A press tells two forgeries apart. Data of the wrong shape (`ev:open:abc`, a missing or extra
part) is an old button: the reading function returns None. Digits that no row can have
(`ev:open:99999999999999999999`, full-width digits, 0 where 0 names nothing) are in the right
place, so the press is read with None in that slot and the handler answers "not found", just
as for a row deleted since the button was sent.
"""

from __future__ import annotations

from bot.callbacks.codec import Press, read_id


def numbers(press: Press, count: int, *, zero: bool = False) -> tuple[int | None, ...] | None:
    """Return the first `count` parts after the action as ids (None: digits naming no row).

    Returns None unless there are that many parts, each of digits; the caller checks what
    follows. `zero` keeps "0", which some buttons write to name nothing (no partner, no area).
    """
    head = press.args[:count]
    if len(head) != count or not all(part.isdecimal() for part in head):
        return None
    return tuple(0 if zero and part == "0" else read_id(part) for part in head)
