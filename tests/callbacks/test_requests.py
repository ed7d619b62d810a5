"""Request buttons keep the data already in chats, read back as their press, and refuse forgeries."""

from __future__ import annotations

from collections.abc import Callable
from typing import get_args

import pytest

from bot.callbacks import requests as cb
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.services.requests.common import QueueFilter
from handlers.requests import desk, mine

FILTERS = get_args(QueueFilter)
HUGE = "9" * 21

CARD_BUTTONS: list[tuple[Callable[[int], str], str]] = [
    (cb.take, "req:take:7"),
    (cb.open_card, "req:open:7"),
    (cb.back_to_card, "req:card:7"),
    (cb.close_menu, "req:close:7"),
    (cb.hand_over_menu, "req:hand:7"),
    (cb.reply, "req:reply:7"),
    (cb.ask, "req:ask:7"),
    (cb.note, "req:note:7"),
    (cb.resolve, "req:resolve:7"),
    (cb.refer, "req:refer:7"),
]

MINE_BUTTONS: list[tuple[str, str, cb.MinePress]] = [
    (cb.my_list(), "my:list", cb.MinePress("list", None)),
    (cb.my_open(7), "my:open:7", cb.MinePress("open", 7)),
    (cb.my_reply(7), "my:reply:7", cb.MinePress("reply", 7)),
    (cb.my_withdraw(7), "my:withdraw:7", cb.MinePress("withdraw", 7)),
    (cb.my_withdraw_sure(7, True), "my:wd:7:y", cb.MinePress("wd", 7, "y")),
    (cb.my_withdraw_sure(7, False), "my:wd:7:n", cb.MinePress("wd", 7, "n")),
    (cb.my_solved(7, True), "my:solved:7:y", cb.MinePress("solved", 7, "y")),
    (cb.my_solved(7, False), "my:solved:7:n", cb.MinePress("solved", 7, "n")),
    (cb.my_rate(7, 5), "my:rate:7:5", cb.MinePress("rate", 7, "5")),
]


@pytest.mark.parametrize(("build", "data"), CARD_BUTTONS)
def test_every_card_button_keeps_its_data_and_reads_back_as_its_press(
    build: Callable[[int], str], data: str
) -> None:
    assert build(7) == data
    assert cb.read_card(data) == cb.CardPress(data.split(":")[1], 7)


def test_hand_to_names_the_request_and_the_colleague() -> None:
    assert cb.hand_to(7, 3) == "req:handto:7:3"
    assert cb.read_card("req:handto:7:3") == cb.CardPress("handto", 7, 3)


def test_the_card_router_has_a_handler_for_every_card_action() -> None:
    assert set(desk.ACTIONS) == cb.CARD_ACTIONS


@pytest.mark.parametrize(
    "data",
    [
        "req:take",
        "req:take:7:3",
        "req:handto:7",
        "req:bogus:7",
        "req:take:x",
        "req:take:-7",
        "my:take:7",
        "reqs:take:7",
        "",
        None,
    ],
)
def test_a_card_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_card(data) is None


def test_a_card_press_naming_digits_no_request_can_have_reads_with_no_request() -> None:
    assert cb.read_card(f"req:take:{HUGE}") == cb.CardPress("take", None)
    assert cb.read_card(f"req:handto:1:{HUGE}") == cb.CardPress("handto", 1, None)


@pytest.mark.parametrize(("data", "expected", "press"), MINE_BUTTONS)
def test_every_my_requests_button_keeps_its_data_and_reads_back_as_its_press(
    data: str, expected: str, press: cb.MinePress
) -> None:
    assert data == expected
    assert cb.read_mine(data) == press


def test_my_requests_router_has_a_handler_for_every_action_but_the_list() -> None:
    assert set(mine.ACTIONS) == set(cb.MINE_CHOICES)


@pytest.mark.parametrize(
    "data",
    [
        "my:list:1",
        "my:open",
        "my:open:7:y",
        "my:wd:7",
        "my:wd:7:x",
        "my:wd:7:yy",
        "my:rate:7:6",
        "my:rate:7:0",
        "my:bogus:7",
        "my:open:x",
        "req:open:7",
        None,
    ],
)
def test_a_my_requests_press_the_bot_never_writes_reads_as_none(data: str | None) -> None:
    assert cb.read_mine(data) is None


def test_stars_outside_one_to_five_are_a_bug_caught_at_once() -> None:
    with pytest.raises(ValueError):
        cb.my_rate(7, 6)


def test_a_my_requests_press_naming_digits_no_request_can_have_reads_with_no_request() -> None:
    assert cb.read_mine(f"my:rate:{HUGE}:5") == cb.MinePress("rate", None, "5")


@pytest.mark.parametrize("which", FILTERS)
def test_every_queue_filter_and_page_reads_back(which: str) -> None:
    assert cb.queue_filter(which) == f"q:{which}"
    assert cb.read_queue(cb.queue_filter(which), FILTERS) == cb.QueuePress(which, 0)
    assert cb.queue_page(which, 3) == f"q:{which}:3"
    assert cb.read_queue(cb.queue_page(which, 3), FILTERS) == cb.QueuePress(which, 3)


@pytest.mark.parametrize("data", ["q:everything", "q:all:x", "q:all:²", "q:all:-1", "q:all:1:2"])
def test_a_queue_press_the_bot_never_writes_reads_as_none(data: str) -> None:
    assert cb.read_queue(data, FILTERS) is None


def test_the_request_forms_category_and_cancel_keep_their_data() -> None:
    assert cb.form_category(cb.NEW_FORM, "repair") == "new:cat:repair"
    assert cb.form_category(cb.PROXY_FORM, "c-lift") == "px:cat:c-lift"
    assert cb.form_cancel(cb.NEW_FORM, 12) == "new:no:12"
    assert cb.form_cancel(cb.PROXY_FORM, 12) == "px:no:12"


def test_every_request_button_fits_telegrams_limit_with_the_largest_ids() -> None:
    every = [build(ID_MAX) for build, _ in CARD_BUTTONS]
    every += [cb.hand_to(ID_MAX, ID_MAX), cb.my_list(), cb.my_open(ID_MAX)]
    every += [cb.my_reply(ID_MAX), cb.my_withdraw(ID_MAX), cb.my_rate(ID_MAX, 5)]
    every += [cb.my_withdraw_sure(ID_MAX, True), cb.my_solved(ID_MAX, False)]
    every += [cb.queue_page(w, ID_MAX) for w in FILTERS]
    every += [cb.form_cancel(f, ID_MAX) for f in (cb.NEW_FORM, cb.PROXY_FORM)]
    assert all(len(data.encode()) <= DATA_LIMIT for data in every)
