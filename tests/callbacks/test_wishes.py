"""Wish buttons: what the bot writes reads back as the same press, forged data reads as None."""

from __future__ import annotations

import pytest

from bot.callbacks import wishes
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.callbacks.wishes import WishPress

HUGE = "9" * 21

MINE = [
    (wishes.open_mine(4), "wr:op:4", WishPress("op", 4)),
    (wishes.withdraw(4), "wr:wd:4", WishPress("wd", 4)),
    (wishes.thank(4), "wr:ty:4", WishPress("ty", 4)),
    (wishes.came_true(4, True), "wr:yes:4", WishPress("yes", 4)),
    (wishes.came_true(4, False), "wr:not:4", WishPress("not", 4)),
]
HELPING = [
    (wishes.open_wish(4), "wh:op:4", WishPress("op", 4)),
    (wishes.on_way(4), "wh:ow:4", WishPress("ow", 4)),
    (wishes.done(4), "wh:dn:4", WishPress("dn", 4)),
    (wishes.give_back(4), "wh:rl:4", WishPress("rl", 4)),
    (wishes.claim(4), "wh:cl:4:0", WishPress("cl", 4, 0)),
    (wishes.claim(4, 6), "wh:cl:4:6", WishPress("cl", 4, 6)),
]
DESK = [
    (wishes.approve(4), "wd:ap:4", WishPress("ap", 4)),
    (wishes.edit(4), "wd:ed:4", WishPress("ed", 4)),
    (wishes.decline(4), "wd:dc:4", WishPress("dc", 4)),
    (wishes.media(4), "wd:md:4", WishPress("md", 4)),
    (wishes.handover(4), "wd:ht:4", WishPress("ht", 4)),
    (wishes.staff_arranges(4), "wd:sa:4", WishPress("sa", 4)),
    (wishes.back(4), "wd:bk:4", WishPress("bk", 4)),
    (wishes.came_true(4, True, by_staff=True), "wd:yes:4", WishPress("yes", 4)),
    (wishes.came_true(4, False, by_staff=True), "wd:not:4", WishPress("not", 4)),
    (wishes.export(), "wd:xl:0", WishPress("xl", 0)),
    (wishes.partners(), "wd:pt:0", WishPress("pt", 0)),
    (wishes.add_partner(), "wd:pa:0", WishPress("pa", 0)),
    (wishes.partner_link(6), "wd:pi:6", WishPress("pi", 6)),
    (wishes.remove_partner(6), "wd:pr:6", WishPress("pr", 6)),
]
READERS = {"mine": wishes.read_mine, "helping": wishes.read_helping, "desk": wishes.read_desk}
ALL = [("mine", *b) for b in MINE] + [("helping", *b) for b in HELPING]
ALL += [("desk", *b) for b in DESK]


@pytest.mark.parametrize(("reader", "data", "written", "press"), ALL)
def test_every_wish_button_keeps_its_data_and_reads_back_as_its_press_by_its_reader_only(
    reader: str, data: str, written: str, press: WishPress
) -> None:
    assert data == written
    assert READERS[reader](data) == press
    assert all(read(data) is None for name, read in READERS.items() if name != reader)


@pytest.mark.parametrize(
    "data", [None, "wr:op", "wr:op:4:5", "wr:zz:4", "wh:op:4:5", "wr:OP:4", "wd:op:4"]
)
def test_a_press_on_ones_own_wish_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert wishes.read_mine(data) is None


@pytest.mark.parametrize(
    "data", [None, "wh:op", "wh:op:x", "wh:op:4:5", "wh:cl:4", "wh:cl:4:x", "wh:cl:4:5:6"]
)
def test_a_helpers_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert wishes.read_helping(data) is None


@pytest.mark.parametrize("data", [None, "wd:ap", "wd:ap:x", "wd:ap:4:5", "wd:zz:4", "wd:ap:-4"])
def test_a_desk_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert wishes.read_desk(data) is None


def test_an_id_no_wish_can_have_reads_as_a_press_on_a_missing_wish() -> None:
    assert wishes.read_mine(f"wr:op:{HUGE}") == WishPress("op", None)
    assert wishes.read_mine("wr:op:abc") == WishPress("op", None)  # as ever: any text here
    assert wishes.read_mine("wr:yes:１") == WishPress("yes", None)
    assert wishes.read_helping(f"wh:op:{HUGE}") == WishPress("op", None)
    assert wishes.read_helping("wh:op:0") == WishPress("op", None)
    assert wishes.read_helping(f"wh:cl:4:{HUGE}") == WishPress("cl", 4, None)
    assert wishes.read_desk(f"wd:ap:{ID_MAX + 1}") == WishPress("ap", None)


def test_every_wish_button_fits_telegrams_limit_with_the_largest_ids() -> None:
    datas = [
        wishes.open_mine(ID_MAX),
        wishes.withdraw(ID_MAX),
        wishes.thank(ID_MAX),
        wishes.came_true(ID_MAX, True),
        wishes.came_true(ID_MAX, False, by_staff=True),
        wishes.open_wish(ID_MAX),
        wishes.on_way(ID_MAX),
        wishes.done(ID_MAX),
        wishes.give_back(ID_MAX),
        wishes.claim(ID_MAX, ID_MAX),
        wishes.approve(ID_MAX),
        wishes.edit(ID_MAX),
        wishes.decline(ID_MAX),
        wishes.media(ID_MAX),
        wishes.handover(ID_MAX),
        wishes.staff_arranges(ID_MAX),
        wishes.back(ID_MAX),
        wishes.partner_link(ID_MAX),
        wishes.remove_partner(ID_MAX),
    ]
    assert all(len(d.encode()) <= DATA_LIMIT for d in datas)
    assert wishes.read_helping(wishes.claim(ID_MAX, ID_MAX)) == WishPress("cl", ID_MAX, ID_MAX)
