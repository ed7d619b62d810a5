"""Volunteer, task, love-bank and reward buttons: each reads back as the press it was written
for, under its own prefix only; forged data reads as None."""

from __future__ import annotations

import pytest

from bot.callbacks import volunteers as vol
from bot.callbacks.codec import DATA_LIMIT, ID_MAX
from bot.callbacks.volunteers import VolunteerPress

HUGE = "9" * 21

# (data, what it always was, its prefix, the press it reads as)
BUTTONS = [
    (vol.pause(), "vm:pause", vol.MEMBER, VolunteerPress("pause", ())),
    (vol.resume(), "vm:resume", vol.MEMBER, VolunteerPress("resume", ())),
    (vol.leave(), "vm:leave", vol.MEMBER, VolunteerPress("leave", ())),
    (vol.honours_consent(True), "vm:hon:1", vol.MEMBER, VolunteerPress("hon", (1,))),
    (vol.honours_consent(False), "vm:hon:0", vol.MEMBER, VolunteerPress("hon", (0,))),
    (vol.approve(5), "vol:ok:5", vol.VOLUNTEERS, VolunteerPress("ok", (5,))),
    (vol.decline(5), "vol:no:5", vol.VOLUNTEERS, VolunteerPress("no", (5,))),
    (vol.choose_area(5), "vol:lead:5", vol.VOLUNTEERS, VolunteerPress("lead", (5,))),
    (vol.appoint(5, 2), "vol:la:5:2", vol.VOLUNTEERS, VolunteerPress("la", (5, 2))),
    (vol.appoint(5, 0), "vol:la:5:0", vol.VOLUNTEERS, VolunteerPress("la", (5, 0))),
    (vol.award(5), "lb:award:5", vol.AWARDS, VolunteerPress("award", (5,))),
    (vol.open_task(3), "tk:open:3", vol.TASK, VolunteerPress("open", (3,))),
    (vol.claim(3), "tk:claim:3", vol.TASK, VolunteerPress("claim", (3,))),
    (vol.release(3), "tk:rel:3", vol.TASK, VolunteerPress("rel", (3,))),
    (vol.check_in(3), "tk:in:3", vol.TASK, VolunteerPress("in", (3,))),
    (vol.check_out(3), "tk:out:3", vol.TASK, VolunteerPress("out", (3,))),
    (vol.roster(3), "tks:roster:3", vol.ROSTER, VolunteerPress("roster", (3,))),
    (vol.came(3, 5), "tks:came:3:5", vol.ROSTER, VolunteerPress("came", (3, 5))),
    (vol.missed(3, 5), "tks:miss:3:5", vol.ROSTER, VolunteerPress("miss", (3, 5))),
    (vol.hide_skill(2), "sk:hide:2", vol.SKILLS, VolunteerPress("hide", (2,))),
    (vol.add_skill(), "sk:add", vol.SKILLS, VolunteerPress("add", ())),
    (vol.points_page(4), "pt:page:4", vol.POINTS, VolunteerPress("page", (4,))),
    (vol.rewards_list(), "rw:list", vol.REWARDS, VolunteerPress("list", ())),
    (vol.ask_reward(8), "rw:req:8", vol.REWARDS, VolunteerPress("req", (8,))),
    (vol.reward_sure(8, True), "rw:yes:8", vol.REWARDS, VolunteerPress("yes", (8,))),
    (vol.reward_sure(8, False), "rw:no:8", vol.REWARDS, VolunteerPress("no", (8,))),
    (vol.withdraw_request(9), "rw:drop:9", vol.REWARDS, VolunteerPress("drop", (9,))),
    (vol.stock_info(8), "rws:info:8", vol.STOCK, VolunteerPress("info", (8,))),
    (vol.restock(8, more=True), "rws:more:8", vol.STOCK, VolunteerPress("more", (8,))),
    (vol.restock(8, more=False), "rws:less:8", vol.STOCK, VolunteerPress("less", (8,))),
    (vol.hand_over(9), "rwd:ok:9", vol.REQUESTS, VolunteerPress("ok", (9,))),
    (vol.decline_request(9), "rwd:no:9", vol.REQUESTS, VolunteerPress("no", (9,))),
    (vol.publish_honours(2026, 3), "hon:pub:202603", vol.HONOURS, VolunteerPress("pub", (202603,))),
]
PREFIXES = sorted({prefix for _, _, prefix, _ in BUTTONS})


@pytest.mark.parametrize(("data", "written", "prefix", "press"), BUTTONS)
def test_every_button_keeps_its_data_and_reads_back_as_its_press_under_its_prefix_only(
    data: str, written: str, prefix: str, press: VolunteerPress
) -> None:
    assert data == written
    assert vol.read(data, prefix) == press
    assert all(vol.read(data, other) is None for other in PREFIXES if other != prefix)


@pytest.mark.parametrize(
    ("data", "prefix"),
    [
        (None, vol.TASK),
        ("tk:open", vol.TASK),
        ("tk:open:3:4", vol.TASK),
        ("tk:open:abc", vol.TASK),
        ("tk:open:-3", vol.TASK),
        ("tk:fly:3", vol.TASK),
        ("tks:came:3", vol.ROSTER),
        ("vol:la:5", vol.VOLUNTEERS),
        ("vm:leave:1", vol.MEMBER),
        ("sk:add:1", vol.SKILLS),
        ("rw:req", vol.REWARDS),
        ("xx:open:3", "xx"),
    ],
)
def test_a_press_the_bot_never_writes_reads_as_none(data: str | None, prefix: str) -> None:
    assert vol.read(data, prefix) is None


@pytest.mark.parametrize("number", [HUGE, str(ID_MAX + 1), "１"])
def test_digits_no_row_can_have_read_as_a_press_naming_nothing_there(number: str) -> None:
    assert vol.read(f"tk:claim:{number}", vol.TASK) == VolunteerPress("claim", (None,))
    assert vol.read(f"tks:came:1:{number}", vol.ROSTER) == VolunteerPress("came", (1, None))


def test_every_volunteer_button_fits_telegrams_limit_with_the_largest_numbers() -> None:
    datas = [
        vol.approve(ID_MAX),
        vol.decline(ID_MAX),
        vol.choose_area(ID_MAX),
        vol.appoint(ID_MAX, ID_MAX),
        vol.award(ID_MAX),
        vol.open_task(ID_MAX),
        vol.claim(ID_MAX),
        vol.release(ID_MAX),
        vol.check_in(ID_MAX),
        vol.check_out(ID_MAX),
        vol.roster(ID_MAX),
        vol.came(ID_MAX, ID_MAX),
        vol.missed(ID_MAX, ID_MAX),
        vol.hide_skill(ID_MAX),
        vol.points_page(ID_MAX),
        vol.ask_reward(ID_MAX),
        vol.reward_sure(ID_MAX, True),
        vol.withdraw_request(ID_MAX),
        vol.stock_info(ID_MAX),
        vol.restock(ID_MAX, more=False),
        vol.hand_over(ID_MAX),
        vol.decline_request(ID_MAX),
        vol.publish_honours(9999, 12),
    ]
    assert all(len(d.encode()) <= DATA_LIMIT for d in datas)
    assert vol.read(vol.missed(ID_MAX, ID_MAX), vol.ROSTER) == VolunteerPress(
        "miss", (ID_MAX, ID_MAX)
    )


def test_a_month_that_is_not_in_the_calendar_is_never_put_on_a_button() -> None:
    with pytest.raises(ValueError):
        vol.publish_honours(2026, 13)
