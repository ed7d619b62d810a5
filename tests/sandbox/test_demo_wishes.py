"""The demo's wishes: published ones, one claimed, one fulfilled and thanked, seeded once."""

from __future__ import annotations

from collections import Counter

from bot.models.wishes import WishStatus
from sandbox.web import cast, demo_wishes
from sandbox.web import demo as seeding
from sandbox.web.runner import Sandbox


async def _statuses(sandbox: Sandbox) -> Counter[WishStatus]:
    found: Counter[WishStatus] = Counter()
    for member in seeding.RESIDENTS:
        for wish in await sandbox.services.wishes.mine(member.tg_id):
            found[wish.status] += 1
    return found


async def test_the_demo_has_wishes_published_claimed_fulfilled_and_one_to_review(
    demo: Sandbox,
) -> None:
    assert await _statuses(demo) == Counter(
        {
            WishStatus.PUBLISHED: 1,
            WishStatus.CLAIMED: 1,
            WishStatus.FULFILLED: 1,
            WishStatus.REVIEW: 1,
        }
    )
    public, mine = await demo.services.wish_helpers.board(demo_wishes.HELPER.tg_id)
    assert len(public) == 1 and [c.partner for c in mine] == [demo_wishes.PARTNER]
    thanks = await demo.sim.wait_for(demo_wishes.HELPER.tg_id, contains="谢谢您", timeout=10)
    assert cast.ZHANG_WEI.full_name not in thanks.content


async def test_seeding_the_wishes_again_adds_nothing(demo: Sandbox) -> None:
    before = await _statuses(demo)
    await seeding.seed(demo.services, demo.sim)
    assert await _statuses(demo) == before
    assert len(await demo.services.wish_desk.partners(cast.STAFF.tg_id)) == 1
