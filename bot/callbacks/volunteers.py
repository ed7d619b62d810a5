"""Volunteer, task, love-bank and reward buttons, one prefix per card they sit on.

`vm:` one's volunteer card, `vol:` staff deciding applications and leaders, `lb:` awarding
points, `tk:` a task for volunteers, `tks:` its roster for staff, `sk:` the admin's skill
list, `pt:` the points history, `rw:` rewards for residents, `rws:` the stock for staff,
`rwd:` deciding reward requests, `hon:` publishing a month's honours roll. After the action
come 0 to 2 numbers: ids, or a place in a list, a page, a yes (1) or no (0), a month stamp.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.callbacks.codec import pack, unpack
from bot.callbacks.numbers import numbers

MEMBER = "vm"
VOLUNTEERS = "vol"
AWARDS = "lb"
TASK = "tk"
ROSTER = "tks"
SKILLS = "sk"
POINTS = "pt"
REWARDS = "rw"
STOCK = "rws"
REQUESTS = "rwd"
HONOURS = "hon"

# prefix -> action -> how many numbers follow it
_ACTIONS: dict[str, dict[str, int]] = {
    MEMBER: {"pause": 0, "resume": 0, "leave": 0, "hon": 1},
    VOLUNTEERS: {"ok": 1, "no": 1, "lead": 1, "la": 2, "okl": 1, "all": 0},
    AWARDS: {"award": 1},
    TASK: {"open": 1, "claim": 1, "rel": 1, "in": 1, "out": 1},
    ROSTER: {"roster": 1, "came": 2, "miss": 2, "edit": 2, "cxl": 1, "cxly": 1},
    SKILLS: {"hide": 1, "add": 0},
    POINTS: {"page": 1},
    REWARDS: {"list": 0, "req": 1, "yes": 1, "no": 1, "drop": 1},
    STOCK: {"more": 1, "less": 1, "info": 1},
    REQUESTS: {"ok": 1, "no": 1},
    HONOURS: {"pub": 1},
}


@dataclass(frozen=True)
class VolunteerPress:
    """A press read back: its action and its numbers, as many as that action carries.

    A number is None for digits the bot never writes (too large for any row): the handler
    says "not found". 0 passes, as it always has here: the services find nothing by it.
    """

    action: str
    numbers: tuple[int | None, ...]


def read(data: str | None, prefix: str) -> VolunteerPress | None:
    """Read a press on a `prefix` button, or None unless the bot could have written it."""
    press = unpack(data, prefix)
    count = _ACTIONS.get(prefix, {}).get(press.action) if press is not None else None
    if press is None or count is None or len(press.args) != count:
        return None
    found = numbers(press, count, zero=True)
    return VolunteerPress(press.action, found) if found is not None else None


# ---- one's volunteer card -------------------------------------------------------------------


def pause() -> str:
    """Return Pause volunteering."""
    return pack(MEMBER, "pause")


def resume() -> str:
    """Return Resume volunteering."""
    return pack(MEMBER, "resume")


def leave() -> str:
    """Return Stop volunteering."""
    return pack(MEMBER, "leave")


def honours_consent(consent: bool) -> str:
    """Return the button that agrees (or no longer agrees) to the honours roll."""
    return pack(MEMBER, "hon", int(consent))


# ---- staff: applications, leaders, points ----------------------------------------------------


def approve(person_id: int) -> str:
    """Return Approve for a volunteer's application."""
    return pack(VOLUNTEERS, "ok", person_id)


def approve_listed(person_id: int) -> str:
    """Return Approve on the /volunteers list: the list is redrawn, not closed."""
    return pack(VOLUNTEERS, "okl", person_id)


def approve_all() -> str:
    """Return Approve all on the /volunteers list: every application it shows."""
    return pack(VOLUNTEERS, "all")


def decline(person_id: int) -> str:
    """Return Decline for a volunteer's application."""
    return pack(VOLUNTEERS, "no", person_id)


def choose_area(person_id: int) -> str:
    """Return the button that lists the areas a volunteer could lead."""
    return pack(VOLUNTEERS, "lead", person_id)


def appoint(person_id: int, area_number: int) -> str:
    """Return the button making the volunteer lead the area at `area_number` (0: none)."""
    return pack(VOLUNTEERS, "la", person_id, area_number)


def award(person_id: int) -> str:
    """Return the button that asks how many points to give a volunteer."""
    return pack(AWARDS, "award", person_id)


# ---- tasks ------------------------------------------------------------------------------------


def open_task(task_id: int) -> str:
    """Return the button that shows a task's card."""
    return pack(TASK, "open", task_id)


def claim(task_id: int) -> str:
    """Return Claim a slot of the task."""
    return pack(TASK, "claim", task_id)


def release(task_id: int) -> str:
    """Return Give the slot back."""
    return pack(TASK, "rel", task_id)


def check_in(task_id: int) -> str:
    """Return Check in at the task."""
    return pack(TASK, "in", task_id)


def check_out(task_id: int) -> str:
    """Return Check out of the task (the points follow)."""
    return pack(TASK, "out", task_id)


def roster(task_id: int) -> str:
    """Return the button that shows staff who claimed the task."""
    return pack(ROSTER, "roster", task_id)


def change_task(task_id: int, field: int) -> str:
    """Return a Change button on the roster: field 1 time, 2 place, 3 places, 4 points."""
    return pack(ROSTER, "edit", task_id, field)


def cancel_task(task_id: int) -> str:
    """Return Cancel the task on the roster (a confirmation follows)."""
    return pack(ROSTER, "cxl", task_id)


def cancel_task_sure(task_id: int) -> str:
    """Return Yes, cancel the task."""
    return pack(ROSTER, "cxly", task_id)


def came(task_id: int, person_id: int) -> str:
    """Return the roster's "came" for one volunteer."""
    return pack(ROSTER, "came", task_id, person_id)


def missed(task_id: int, person_id: int) -> str:
    """Return the roster's "did not come" for one volunteer."""
    return pack(ROSTER, "miss", task_id, person_id)


# ---- skills ----------------------------------------------------------------------------------


def hide_skill(number: int) -> str:
    """Return Hide for the skill at `number` (from 1) in the admin's list."""
    return pack(SKILLS, "hide", number)


def add_skill() -> str:
    """Return Add a skill."""
    return pack(SKILLS, "add")


# ---- the love bank and rewards ----------------------------------------------------------------


def points_page(page: int) -> str:
    """Return the button showing page `page` of one's points history."""
    return pack(POINTS, "page", page)


def rewards_list() -> str:
    """Return the button that lists the rewards."""
    return pack(REWARDS, "list")


def ask_reward(reward_id: int) -> str:
    """Return the button that offers a reward (asking before the points are held)."""
    return pack(REWARDS, "req", reward_id)


def reward_sure(reward_id: int, yes: bool) -> str:
    """Return the answer to "ask for this reward?"."""
    return pack(REWARDS, "yes" if yes else "no", reward_id)


def withdraw_request(request_id: int) -> str:
    """Return the button withdrawing one's reward request."""
    return pack(REWARDS, "drop", request_id)


def stock_info(reward_id: int) -> str:
    """Return the staff button that shows a reward's details."""
    return pack(STOCK, "info", reward_id)


def restock(reward_id: int, more: bool) -> str:
    """Return the staff button adding one to the stock (`more`) or taking one away."""
    return pack(STOCK, "more" if more else "less", reward_id)


def hand_over(request_id: int) -> str:
    """Return Approve (hand over) for a reward request."""
    return pack(REQUESTS, "ok", request_id)


def decline_request(request_id: int) -> str:
    """Return Decline for a reward request."""
    return pack(REQUESTS, "no", request_id)


def publish_honours(year: int, month: int) -> str:
    """Return Publish for a month's honours roll (the month as one number, YYYYMM)."""
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(f"no such month: {year}-{month}")
    return pack(HONOURS, "pub", year * 100 + month)
