"""Event buttons: what the bot writes reads back as the same press, forged data reads as None."""

from __future__ import annotations

import pytest

from bot.callbacks import events
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.callbacks.events import EventPress

HUGE = "9" * 21

RESIDENT_BUTTONS = [
    (events.open_card(7), "ev:open:7", EventPress("open", 7)),
    (events.sign_up(7), "ev:sign:7", EventPress("sign", 7)),
    (events.sign_up(7, 3), "ev:sign:7:3", EventPress("sign", 7, "3")),
    (events.closed(7), "ev:closed:7", EventPress("closed", 7)),
    (events.give_up(7), "ev:cancel:7", EventPress("cancel", 7)),
    (events.give_up_sure(7, True), "ev:cxl:7:y", EventPress("cxl", 7, "y")),
    (events.give_up_sure(7, False), "ev:cxl:7:n", EventPress("cxl", 7, "n")),
    (events.accept(7), "ev:accept:7", EventPress("accept", 7)),
    (events.calendar(7), "ev:ics:7", EventPress("ics", 7)),
    (events.my_qr(7), "ev:qr:7", EventPress("qr", 7)),
]
STAFF_ACTIONS = ["roster", "export", "poster", "checkin", "move", "place", "cap", "cancel"]
STAFF_BUTTONS = [
    (events.manage(7), "evs:card:7", EventPress("card", 7)),
    (events.cancel_event_sure(7, True), "evs:cxl:7:y", EventPress("cxl", 7, "y")),
    (events.cancel_event_sure(7, False), "evs:cxl:7:n", EventPress("cxl", 7, "n")),
    *[(events.staff(a, 7), f"evs:{a}:7", EventPress(a, 7)) for a in STAFF_ACTIONS],
]


@pytest.mark.parametrize(("data", "written", "press"), RESIDENT_BUTTONS)
def test_every_resident_button_keeps_its_data_and_reads_back_as_its_press(
    data: str, written: str, press: EventPress
) -> None:
    assert data == written
    assert events.read(data) == press
    assert events.read_staff(data) is None


@pytest.mark.parametrize(("data", "written", "press"), STAFF_BUTTONS)
def test_every_staff_button_keeps_its_data_and_reads_back_as_its_press(
    data: str, written: str, press: EventPress
) -> None:
    assert data == written
    assert events.read_staff(data) == press
    assert events.read(data) is None


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "ev:open",
        "ev:open:abc",
        "ev:open:7:1",
        "ev:nope:7",
        "ev:cxl:7",
        "ev:cxl:7:maybe",
        "ev:sign:7:x",
        "ev:sign:7:123",
        "ev:sign:7:1:2",
        "evs:open:7",
        "ev:open:-7",
        "wr:op:7",
    ],
)
def test_a_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert events.read(data) is None


@pytest.mark.parametrize(
    "data", ["evs:card", "evs:card:x", "evs:cxl:7", "evs:card:7:y", "ev:card:7"]
)
def test_a_staff_press_the_bot_never_writes_reads_as_none(data: str) -> None:
    assert events.read_staff(data) is None


@pytest.mark.parametrize("number", [HUGE, str(ID_MAX + 1), "0", "１"])
def test_digits_no_event_can_have_read_as_a_press_on_a_missing_event(number: str) -> None:
    assert events.read(f"ev:open:{number}") == EventPress("open", None)
    assert events.read(f"ev:cxl:{number}:y") == EventPress("cxl", None, "y")
    assert events.read_staff(f"evs:card:{number}") == EventPress("card", None)


def test_every_event_button_fits_telegrams_limit_with_the_largest_id() -> None:
    datas = [
        events.open_card(ID_MAX),
        events.sign_up(ID_MAX, events.PLACES_MAX),
        events.closed(ID_MAX),
        events.give_up(ID_MAX),
        events.give_up_sure(ID_MAX, True),
        events.accept(ID_MAX),
        events.calendar(ID_MAX),
        events.my_qr(ID_MAX),
        events.manage(ID_MAX),
        events.cancel_event_sure(ID_MAX, False),
        *[events.staff(a, ID_MAX) for a in STAFF_ACTIONS],
    ]
    assert all(len(d.encode()) <= DATA_LIMIT for d in datas)
    assert events.read(events.sign_up(ID_MAX, events.PLACES_MAX)) == EventPress(
        "sign", ID_MAX, str(events.PLACES_MAX)
    )


def test_building_a_button_the_handlers_cannot_read_is_a_bug_caught_at_once() -> None:
    with pytest.raises(ValueError):
        events.staff("open", 7)
    with pytest.raises(ValueError):
        events.sign_up(7, 0)
