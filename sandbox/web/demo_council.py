"""The demo's consultation: topics in several states (waiting for review, accepted with
supporters, not for the council) and the next council, on a monthly rule, with its agenda
and a residents' representative. Made through the real services.

Safe to run again: each topic has its own source key and is reviewed only when first raised;
the council is set only when none is planned.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.errors import Conflict
from bot.models.councils import MemberKind
from bot.models.topics import NewTopic
from sandbox.web import cast
from sandbox.web.cast import CastMember

if TYPE_CHECKING:
    from sandbox.web.demo import DemoWorld

RULE = "the first Friday of every month at 19:00"
PLACE = "社区服务中心二楼 · Community centre, 2nd floor"
REPRESENTATIVE = cast.LI_XIUYING


@dataclass(frozen=True)
class DemoTopic:
    """A topic a resident raises, who backs it, and how staff review it."""

    key: str
    raiser: CastMember
    text: str
    stage: str  # review | accepted | declined
    supporters: tuple[CastMember, ...] = ()
    building: str | None = None
    reason: str = ""


DEMO_TOPICS = (
    DemoTopic(
        "demo-topic:1",
        cast.WANG_FANG,
        "The lift in 1号楼 stops between floors at night; could it be checked every week?",
        "accepted",
        (cast.LI_XIUYING, cast.TOM_BAKER, cast.ZHANG_WEI),
    ),
    DemoTopic(
        "demo-topic:2",
        cast.LI_XIUYING,
        "小区花园里长椅太少，老人散步走累了没地方坐，希望多放几张。",
        "accepted",
        (cast.ZHANG_WEI,),
    ),
    DemoTopic(
        "demo-topic:3",
        cast.TOM_BAKER,
        "A covered bike shed behind 3号楼, so bikes stop blocking the hallway.",
        "review",
        (cast.LIU_YANG,),
        building="3号楼",
    ),
    DemoTopic(
        "demo-topic:4",
        cast.ZHANG_WEI,
        "1号楼门口的路灯坏了。",
        "declined",
        reason="这是一件维修诉求，我们已转给物业，三天内修好。",
    ),
)


async def seed_topics(world: DemoWorld) -> None:
    """Raise the demo topics, back them, review them; then set the council and its members."""
    services, staff = world.services, cast.STAFF.tg_id
    for demo in DEMO_TOPICS:
        topic = await services.topics.raise_topic(
            demo.raiser.tg_id,
            new=NewTopic(text=demo.text, building=demo.building, show_name=True),
            source_key=demo.key,
        )
        for supporter in demo.supporters:
            with contextlib.suppress(Conflict):  # closed since an earlier start
                await services.topics.support(supporter.tg_id, topic.id)
        with contextlib.suppress(Conflict):  # reviewed on an earlier start
            if demo.stage == "accepted":
                await services.topics.accept(staff, topic.id)
            elif demo.stage == "declined":
                await services.topics.decline(staff, topic.id, demo.reason)
    representative = await services.people.get(REPRESENTATIVE.tg_id)
    if representative is not None:
        await services.council_members.seat(staff, representative.id, MemberKind.REP)
    if await services.council.view(staff) is None:
        await services.council.schedule(staff, RULE, PLACE)
        await services.council.view(staff)  # fills the agenda from the accepted topics
