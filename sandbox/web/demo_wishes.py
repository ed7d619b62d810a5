"""The demo's micro-wishes, made through the real services: a partner organisation with a
member, a wish waiting for review, published ones, one claimed and one fulfilled and thanked.

Safe to run again: each wish has its own source key and moves on only when first filed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.errors import Conflict
from bot.models.wishes import NewWish, Partner
from bot.services import Services
from sandbox.web import cast
from sandbox.web.cast import CastMember

if TYPE_CHECKING:
    from sandbox.web.demo import DemoWorld

PARTNER = "Linli Library · 邻里图书馆"
# Tom Baker volunteers at the library, so he claims wishes for it.
HELPER = cast.TOM_BAKER


@dataclass(frozen=True)
class DemoWish:
    """A wish a resident makes, and how far it gets."""

    key: str
    resident: CastMember
    category: str
    text: str
    stage: str  # review | published | claimed | fulfilled
    handover: str | None = None


DEMO_WISHES = (
    DemoWish(
        "demo-wish:1",
        cast.LI_XIUYING,
        "company",
        "我一个人住，希望每周有人来陪我聊聊天、下下棋。",
        "published",
    ),
    DemoWish(
        "demo-wish:2",
        cast.WANG_FANG,
        "study",
        "A school bag for my daughter, who starts school in March.",
        "claimed",
        "Ms Zhou at the service station hands it over: weekdays 9-17, ground floor of 2号楼.",
    ),
    DemoWish(
        "demo-wish:3",
        cast.ZHANG_WEI,
        "repairs",
        "我父亲轮椅的刹车坏了，想请人帮忙修一下。",
        "fulfilled",
        "到1号楼4单元楼下，张先生会在周六上午十点等您。",
    ),
    DemoWish(
        "demo-wish:4",
        cast.WANG_FANG,
        "daily",
        "A warm winter coat for my mother (size L).",
        "review",
    ),
)


async def _partner(services: Services) -> Partner | None:
    """Add the library as a partner with Tom as its member; None when it exists already."""
    staff = cast.STAFF.tg_id
    try:
        partner = await services.wish_desk.add_partner(staff, PARTNER)
    except Conflict:  # seeded on an earlier start
        found = await services.wish_desk.partners(staff)
        return next((p for p in found if p.name == PARTNER), None)
    _, token = await services.wish_desk.partner_invite(staff, partner.id)
    await services.wish_helpers.join_partner(HELPER.tg_id, token)
    return partner


async def seed_wishes(world: DemoWorld) -> None:
    """File the demo wishes and take each as far as its stage, as people would."""
    services, staff = world.services, cast.STAFF.tg_id
    partner = await _partner(services)
    for demo in DEMO_WISHES:
        wish, created = await services.wishes.file(
            demo.resident.tg_id,
            new=NewWish(category=demo.category, text=demo.text),
            source_key=demo.key,
        )
        if not created or demo.stage == "review":
            continue
        await services.wish_desk.approve(
            staff, wish.id, demo.handover, staff_arranges=demo.handover is None
        )
        if demo.stage == "published":
            continue
        partner_id = partner.id if partner is not None else None
        await services.wish_helpers.claim(HELPER.tg_id, wish.id, partner_id)
        if demo.stage == "claimed":
            continue
        await services.wish_helpers.done(HELPER.tg_id, wish.id)
        await services.wishes.confirm(demo.resident.tg_id, wish.id, received=True)
        await services.wishes.thank(demo.resident.tg_id, wish.id, "谢谢您！轮椅又好用了。")
