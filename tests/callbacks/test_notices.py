"""Notice buttons keep the data already in chats, read back as their press, and refuse forgeries."""

from __future__ import annotations

import pytest

from bot.callbacks import notices as cb
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.models.notices import NoticeKind

KINDS = {kind.value for kind in NoticeKind}


def test_reply_and_mute_under_a_notice_keep_their_data_and_read_back() -> None:
    assert cb.reply(7) == "bcu:r:7"
    assert cb.mute(7) == "bcu:m:7"
    reply, muting = cb.read_notice("bcu:r:7", KINDS), cb.read_notice("bcu:m:7", KINDS)
    assert reply == cb.NoticePress("r", 7)
    assert muting is not None and muting.mute and muting.notice_id == 7


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_undo_after_muting_names_the_kind_and_no_notice(kind: str) -> None:
    assert cb.unmute(kind) == f"bcu:u:{kind}"
    press = cb.read_notice(cb.unmute(kind), KINDS)
    assert press is not None and press.unmute and press.kind == kind


def test_the_buttons_of_staffs_preview_read_as_naming_the_preview() -> None:
    assert cb.read_notice(cb.reply(cb.PREVIEW), KINDS) == cb.NoticePress("r", cb.PREVIEW)
    assert cb.read_notice(cb.mute(cb.PREVIEW), KINDS) == cb.NoticePress("m", cb.PREVIEW)


@pytest.mark.parametrize(
    "data",
    [
        "bcu:u:party",
        "bcu:x:7",
        "bcu:r",
        "bcu:r:7:7",
        "bcu:r:x",
        "bcu:r:-1",
        "bcu:r:00",
        f"bcu:r:{2**63}",
        "bcd:r:7",
        None,
    ],
)
def test_a_notice_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_notice(data, KINDS) is None


def test_staffs_notice_buttons_keep_their_data_and_read_back() -> None:
    assert cb.stop_sending(7) == "bcd:stop:7"
    assert cb.cancel_scheduled(7) == "bcd:cancel:7"
    assert cb.unreachable() == "bcd:unr:0"
    stop = cb.read_desk("bcd:stop:7")
    assert stop is not None and stop.stop and stop.notice_id == 7
    assert cb.read_desk("bcd:cancel:7") == cb.DeskPress("cancel", 7)
    unreachable = cb.read_desk("bcd:unr:0")
    assert unreachable is not None and unreachable.unreachable


@pytest.mark.parametrize(
    "data",
    [
        "bcd:bogus:7",
        "bcd:unr:5",
        "bcd:stop:0",
        "bcd:stop",
        "bcd:stop:7:7",
        f"bcd:cancel:{'9' * 21}",
        "bcu:stop:7",
        None,
    ],
)
def test_a_staff_notice_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_desk(data) is None


def test_the_compose_forms_buttons_keep_their_data() -> None:
    assert (cb.send_now(4), cb.schedule(4), cb.cancel_compose(4)) == (
        "bcs:send:4",
        "bcs:sched:4",
        "bcs:no:4",
    )


def test_every_notice_button_fits_telegrams_limit_with_the_largest_ids() -> None:
    every = [cb.reply(ID_MAX), cb.mute(ID_MAX), *(cb.unmute(kind) for kind in KINDS)]
    every += [cb.stop_sending(ID_MAX), cb.cancel_scheduled(ID_MAX), cb.unreachable()]
    every += [cb.send_now(ID_MAX), cb.schedule(ID_MAX), cb.cancel_compose(ID_MAX)]
    assert all(len(data.encode()) <= DATA_LIMIT for data in every)
