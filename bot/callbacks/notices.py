"""Notice buttons: under a notice for residents (`bcu:`), staff's progress and listing (`bcd:`),
and the compose form's Send, Schedule and Cancel (`bcs:`, read by the form kit).

Staff's preview shows the residents' buttons naming notice 0, since the notice does not exist
yet; pressed there they only say so. The unreachable list's button names no notice: 0.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bot.callbacks.codec import pack, read_id, unpack

RESIDENT = "bcu"
DESK = "bcd"
COMPOSE = "bcs"

PREVIEW = 0  # the notice id of the buttons on staff's preview
_NO_NOTICE = "0"  # what the unreachable list's button names
_REPLY = "r"
_MUTE = "m"
_UNMUTE = "u"
_STOP = "stop"
_CANCEL = "cancel"
_UNREACHABLE = "unr"
_TO_REQUEST = "req"
_TO_TOPIC = "top"


@dataclass(frozen=True)
class NoticePress:
    """A resident's press under a notice: Reply or Mute name the notice (PREVIEW on staff's
    preview); Undo after a mute names the kind unmuted instead, and no notice (0)."""

    action: str
    notice_id: int = 0
    kind: str = ""

    @property
    def mute(self) -> bool:
        return self.action == _MUTE

    @property
    def unmute(self) -> bool:
        return self.action == _UNMUTE


def reply(notice_id: int) -> str:
    """Return Reply under a notice."""
    return pack(RESIDENT, _REPLY, notice_id)


def mute(notice_id: int) -> str:
    """Return Mute under a notice, which mutes its kind."""
    return pack(RESIDENT, _MUTE, notice_id)


def unmute(kind: str) -> str:
    """Return Undo after muting a kind of notice."""
    return pack(RESIDENT, _UNMUTE, kind)


def read_notice(data: str | None, kinds: Collection[str]) -> NoticePress | None:
    """Read a resident's press under a notice (Undo naming one of `kinds`), or None."""
    press = unpack(data, RESIDENT)
    if press is None or len(press.args) != 1:
        return None
    if press.action == _UNMUTE:
        return NoticePress(_UNMUTE, kind=press.args[0]) if press.args[0] in kinds else None
    if press.action not in (_REPLY, _MUTE):
        return None
    notice_id = PREVIEW if press.args[0] == str(PREVIEW) else read_id(press.args[0])
    return NoticePress(press.action, notice_id) if notice_id is not None else None


@dataclass(frozen=True)
class DeskPress:
    """A staff press on a notice: stop sending, cancel a scheduled one, or list the unreachable
    (which names no notice: 0)."""

    action: str
    notice_id: int = 0

    @property
    def stop(self) -> bool:
        return self.action == _STOP

    @property
    def unreachable(self) -> bool:
        return self.action == _UNREACHABLE

    @property
    def to_topic(self) -> bool:
        """A resident's reply to become a consultation topic; `notice_id` holds the reply's id."""
        return self.action == _TO_TOPIC

    @property
    def to_request(self) -> bool:
        """A resident's reply to become a request; `notice_id` holds the reply's id."""
        return self.action == _TO_REQUEST


def stop_sending(notice_id: int) -> str:
    """Return the Cancel under a notice's progress, which stops the sending."""
    return pack(DESK, _STOP, notice_id)


def cancel_scheduled(notice_id: int) -> str:
    """Return the Cancel of a scheduled notice in the listing."""
    return pack(DESK, _CANCEL, notice_id)


def unreachable() -> str:
    """Return the button listing who blocked the bot."""
    return pack(DESK, _UNREACHABLE, _NO_NOTICE)


def reply_to_request(reply_id: int) -> str:
    """Return Make it a request, on a resident's reply to a notice in the staff chat."""
    return pack(DESK, _TO_REQUEST, reply_id)


def reply_to_topic(reply_id: int) -> str:
    """Return Make it a topic, on a resident's reply to a notice in the staff chat."""
    return pack(DESK, _TO_TOPIC, reply_id)


def read_desk(data: str | None) -> DeskPress | None:
    """Read a staff press on a notice, or None when the bot never writes data of that shape."""
    press = unpack(data, DESK)
    if press is None or len(press.args) != 1:
        return None
    if press.action == _UNREACHABLE:
        return DeskPress(_UNREACHABLE) if press.args[0] == _NO_NOTICE else None
    if press.action not in (_STOP, _CANCEL, _TO_REQUEST, _TO_TOPIC):
        return None
    notice_id = read_id(press.args[0])
    return DeskPress(press.action, notice_id) if notice_id is not None else None


def send_now(draft_id: int) -> str:
    """Return Send (or Send at the end of quiet hours) under the compose form's preview."""
    return pack(COMPOSE, "send", draft_id)


def schedule(draft_id: int) -> str:
    """Return Schedule, which asks when to send."""
    return pack(COMPOSE, "sched", draft_id)


def cancel_compose(draft_id: int) -> str:
    """Return the compose form's Cancel."""
    return pack(COMPOSE, "no", draft_id)
