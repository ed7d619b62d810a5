"""The sandbox's people: who a visitor can be, and the staff room they work in.

These exist on the simulated Telegram side at every start (Telegram keeps its users; the
sandbox's fake Telegram forgets them when it stops). What the bot knows of them lives in the
sandbox database: without `--demo` the residents have not registered yet, and only the
staff appointment below is made, since a staff member who is not staff would show nothing.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Literal

from bot.languages import LANGUAGES
from bot.models.people import Role
from bot.services import Services
from sandbox.simulator import BotApiSimulator, SimUser

CastRole = Literal["resident", "volunteer", "staff", "admin"]

BOT_USERNAME = "linli_sandbox_bot"
BOT_NAME = "Linli 邻里"
STAFF_CHAT = -1009000000001
STAFF_CHAT_TITLE = "Staff room · 工作群"
_ADDED_IDS_FROM = 5_000_000_000  # people added on the page never collide with the cast


@dataclass(frozen=True)
class CastMember:
    """One person a visitor can act as."""

    tg_id: int
    first_name: str
    last_name: str | None
    language: str
    role: CastRole
    phone: str

    @property
    def full_name(self) -> str:
        """Return the name as Telegram shows it."""
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name


ADMIN = CastMember(9001, "Chen", "Jing", "en", "admin", "+86 139 0000 9001")
STAFF = CastMember(9002, "Zhou", "Min", "en", "staff", "+86 139 0000 9002")
WANG_FANG = CastMember(9101, "Wang", "Fang", "en", "resident", "+86 138 0000 9101")
LI_XIUYING = CastMember(9102, "李秀英", None, "zh-hans", "resident", "+86 138 0000 9102")
TOM_BAKER = CastMember(9103, "Tom", "Baker", "en", "resident", "+86 138 0000 9103")
ZHANG_WEI = CastMember(9104, "张伟", None, "zh-hans", "resident", "+86 138 0000 9104")
# A resident of 3号楼 who volunteers: patrols, environment watch, a few love-bank points.
LIU_YANG = CastMember(9105, "刘洋", None, "zh-hans", "resident", "+86 138 0000 9105")

CAST = (WANG_FANG, LI_XIUYING, TOM_BAKER, ZHANG_WEI, LIU_YANG, STAFF, ADMIN)
ADMINS = frozenset({ADMIN.tg_id})


def install(sim: BotApiSimulator) -> None:
    """Put the cast and the staff room (staff and admin in it) on the simulated Telegram."""
    for member in CAST:
        _add(sim, member.tg_id, member.first_name, member.last_name, member.language, member.phone)
    # A forum, as a real staff room would be: Linli opens a topic per stream in it.
    sim.add_group(
        STAFF_CHAT,
        STAFF_CHAT_TITLE,
        member_ids=[STAFF.tg_id],
        admin_ids=[ADMIN.tg_id],
        forum=True,
    )


def add_person(sim: BotApiSimulator, name: str, language: str) -> SimUser:
    """Add a newcomer typed in on the page; they have not started the bot yet."""
    name = " ".join(name.split())
    if not name or len(name) > 64:
        raise ValueError("a name has 1 to 64 characters")
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    tg_id = _ADDED_IDS_FROM + secrets.randbelow(1_000_000_000)
    while tg_id in sim.world.users:
        tg_id += 1
    first, _, last = name.partition(" ")
    return _add(sim, tg_id, first, last or None, language, f"+86 137 {tg_id % 10**8:08d}")


def _add(
    sim: BotApiSimulator,
    tg_id: int,
    first: str,
    last: str | None,
    language: str,
    phone: str,
) -> SimUser:
    # Telegram clients report "zh-hans" for Simplified Chinese; the bot normalises it.
    return sim.add_user(tg_id, first, last, language_code=language, phone_number=phone)


async def appoint_staff(services: Services) -> None:
    """Make the cast's admin known and its staff member staff, through a real invite."""
    await services.people.touch(ADMIN.tg_id, ADMIN.full_name, ADMIN.language)
    person = await services.people.touch(STAFF.tg_id, STAFF.full_name, STAFF.language)
    if person.role == Role.STAFF:
        return
    token = await services.people.create_staff_invite(ADMIN.tg_id)
    await services.people.accept_staff_invite(STAFF.tg_id, token)


def sync_staff_room(sim: BotApiSimulator, tg_id: int, role: CastRole) -> None:
    """Keep the staff room's members in step with who is staff, as a group admin would: a
    newly appointed staff member is added, a removed one leaves."""
    room = sim.chat(STAFF_CHAT)
    status = room.member_status.get(tg_id)
    works_here = role in ("staff", "admin")
    if works_here and status not in ("member", "administrator", "creator"):
        sim.set_member_status(STAFF_CHAT, tg_id, "member")
    elif not works_here and status == "member":
        sim.set_member_status(STAFF_CHAT, tg_id, "left")


def role_of(tg_id: int, stored: Role | None) -> CastRole:
    """Return the role a person has now, as the page labels it."""
    if tg_id in ADMINS or stored == Role.ADMIN:
        return "admin"
    if stored == Role.STAFF:
        return "staff"
    return "volunteer" if stored == Role.VOLUNTEER else "resident"
