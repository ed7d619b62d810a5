"""Helpers and their claims: one live claim per wish under real concurrency, releasing once,
stalled claims reminded and released, partners and their one-time member links."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, DomainError, NotAllowed, NotFound
from bot.models.wishes import ClaimStatus, NewWish, WishStatus
from bot.services import Services
from storage import wishes as wishes_repo
from tests.conftest import STAFF_CHAT
from tests.services.wish_setup import (
    HANDOVER,
    HELPERS,
    OTHER_RESIDENT,
    RESIDENT,
    STAFF,
    published_wish,
    queued_to,
    setup_people,
)

H1, H2 = HELPERS[0], HELPERS[1]


@pytest.fixture
async def people(services: Services) -> Services:
    return await setup_people(services)


async def live_claims(services: Services, wish_id: int) -> int:
    async with services.env.db.reading() as conn:
        found = await conn.execute_fetchall(
            "SELECT COUNT(*) FROM wish_claims WHERE wish_id = ? AND ended_at IS NULL", (wish_id,)
        )
    return int(next(iter(found))[0])


async def test_ten_helpers_claiming_one_wish_at_once_make_exactly_one_claim(
    people: Services,
) -> None:
    wish_id = await published_wish(people)
    results = await asyncio.gather(
        *(people.wish_helpers.claim(h, wish_id) for h in HELPERS), return_exceptions=True
    )
    won = [r for r in results if not isinstance(r, BaseException)]
    lost = [r for r in results if isinstance(r, BaseException)]
    assert len(won) == 1 and len(lost) == 9
    assert all(isinstance(e, Conflict) and e.key == "error-wish-taken" for e in lost)
    assert await live_claims(people, wish_id) == 1
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.CLAIMED


async def test_the_database_refuses_a_second_live_claim_even_without_the_status_check(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people)
    async with people.env.db.transaction() as conn:
        first = await wishes_repo.add_claim(conn, wish_id, 1, None, clock.now())
        second = await wishes_repo.add_claim(conn, wish_id, 2, None, clock.now())
    assert first is not None and second is None


async def test_pressing_claim_twice_keeps_one_claim(people: Services) -> None:
    wish_id = await published_wish(people)
    first = await people.wish_helpers.claim(H1, wish_id)
    second = await people.wish_helpers.claim(H1, wish_id)
    assert first.claim.id == second.claim.id
    assert await live_claims(people, wish_id) == 1


async def test_after_claiming_the_helper_gets_only_what_staff_shared(people: Services) -> None:
    wish_id = await published_wish(people)
    mine = await people.wish_helpers.claim(H1, wish_id)
    assert mine.handover == HANDOVER
    dumped = mine.model_dump_json()
    for secret in ("Wang Fang", "2-301", "1111"):
        assert secret not in dumped


async def test_only_volunteers_and_partner_members_may_claim(people: Services) -> None:
    wish_id = await published_wish(people)
    for who in (OTHER_RESIDENT, RESIDENT, STAFF):
        with pytest.raises(NotAllowed):
            await people.wish_helpers.claim(who, wish_id)
    with pytest.raises(NotAllowed):
        await people.wish_helpers.board(OTHER_RESIDENT)


async def test_a_released_claim_makes_the_wish_claimable_again_exactly_once(
    people: Services,
) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    results = await asyncio.gather(
        people.wish_helpers.release(H1, wish_id),
        people.wish_helpers.release(H1, wish_id),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert all(isinstance(r, DomainError) for r in results if isinstance(r, BaseException))
    released = [m for m in await queued_to(people, STAFF_CHAT) if "gave wish" in m.text]
    assert len(released) == 1
    again = await asyncio.gather(
        *(people.wish_helpers.claim(h, wish_id) for h in HELPERS[1:]), return_exceptions=True
    )
    assert sum(not isinstance(r, BaseException) for r in again) == 1
    assert await live_claims(people, wish_id) == 1


async def test_a_stalled_claim_is_reminded_then_released_once_and_everyone_is_told(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    clock.advance(timedelta(days=7, minutes=1))
    await people.due.run_due()
    assert any("no progress" in m.text for m in await queued_to(people, H1))
    [stalled_line] = (await people.wish_overview.overview(STAFF)).stalled
    assert stalled_line.wish.id == wish_id and stalled_line.helper == "Helper 0"
    clock.advance(timedelta(days=3, minutes=1))
    # Two ticks at once: the release happens once.
    await asyncio.gather(people.due.run_due(), people.due.run_due())
    assert any("went back to the list" in m.text for m in await queued_to(people, H1))
    stalled = [m for m in await queued_to(people, STAFF_CHAT) if "no progress" in m.text]
    assert len(stalled) == 1
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.PUBLISHED
    claimed = await people.wish_helpers.claim(H2, wish_id)
    assert claimed.claim.status == ClaimStatus.CLAIMED


async def test_progress_after_the_reminder_keeps_the_claim(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    clock.advance(timedelta(days=7, minutes=1))
    await people.due.run_due()
    await people.wish_helpers.on_way(H1, wish_id)
    clock.advance(timedelta(days=3, minutes=1))
    await people.due.run_due()
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.ON_WAY
    assert await live_claims(people, wish_id) == 1


async def test_the_stall_setting_changes_when_the_reminder_comes(
    people: Services, clock: ShiftedClock
) -> None:
    await people.wish_desk.set_stall_days(STAFF, 2)
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    clock.advance(timedelta(days=2, minutes=1))
    await people.due.run_due()
    assert any("no progress" in m.text for m in await queued_to(people, H1))


async def test_a_claim_released_after_its_date_passed_expires_instead(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people, by_when=clock.now() + timedelta(days=1))
    await people.wish_helpers.claim(H1, wish_id)
    clock.advance(timedelta(days=2))
    released = await people.wish_helpers.release(H1, wish_id)
    assert released.status == WishStatus.EXPIRED
    with pytest.raises(Conflict):
        await people.wish_helpers.claim(H2, wish_id)


async def test_a_partner_member_claims_for_the_organisation_through_a_one_time_link(
    people: Services,
) -> None:
    partner = await people.wish_desk.add_partner(STAFF, "Linli Library")
    _, token = await people.wish_desk.partner_invite(STAFF, partner.id)
    joined = await people.wish_helpers.join_partner(OTHER_RESIDENT, token)
    assert joined.id == partner.id
    with pytest.raises(Conflict):
        await people.wish_helpers.join_partner(RESIDENT, token)
    wish_id = await published_wish(people)
    mine = await people.wish_helpers.claim(OTHER_RESIDENT, wish_id, partner.id)
    assert mine.partner == "Linli Library"
    claimed = [m for m in await queued_to(people, STAFF_CHAT) if "claimed by" in m.text]
    assert "Li Ming (Linli Library)" in claimed[0].text
    [listed] = await people.wish_desk.partners(STAFF)
    assert listed.members == 1


async def test_claiming_for_an_organisation_one_does_not_belong_to_is_refused(
    people: Services,
) -> None:
    partner = await people.wish_desk.add_partner(STAFF, "Linli Library")
    wish_id = await published_wish(people)
    with pytest.raises(NotAllowed):
        await people.wish_helpers.claim(H1, wish_id, partner.id)


async def test_only_the_claiming_helper_moves_the_claim_on(people: Services) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    with pytest.raises(NotFound):
        await people.wish_helpers.done(H2, wish_id)
    with pytest.raises(NotFound):
        await people.wish_helpers.release(H2, wish_id)
    await people.wish_helpers.on_way(H1, wish_id)
    done = await people.wish_helpers.done(H1, wish_id, photo="photo-1")
    assert done.claim.status == ClaimStatus.DONE and done.claim.done_photo == "photo-1"
    with pytest.raises(Conflict):
        await people.wish_helpers.release(H1, wish_id)
    asked = [m for m in await queued_to(people, RESIDENT) if m.buttons]
    assert asked[-1].buttons is not None
    assert asked[-1].buttons[0][0].data == f"wr:yes:{wish_id}"


async def test_helpers_see_the_soonest_date_first_then_the_newest(
    people: Services, clock: ShiftedClock
) -> None:
    undated_old = await published_wish(people, "a")
    later = await published_wish(people, "b", by_when=clock.now() + timedelta(days=9))
    sooner = await published_wish(people, "c", by_when=clock.now() + timedelta(days=2))
    undated_new = await published_wish(people, "d")
    public, _ = await people.wish_helpers.board(H1)
    assert [w.id for w in public] == [sooner, later, undated_new, undated_old]


async def test_a_volunteer_cannot_claim_their_own_wish(people: Services) -> None:
    wish, _ = await people.wishes.file(
        H1, new=NewWish(category="daily", text="A lamp"), source_key="own"
    )
    await people.wish_desk.approve(STAFF, wish.id, HANDOVER)
    with pytest.raises(NotAllowed) as refused:
        await people.wish_helpers.claim(H1, wish.id)
    assert refused.value.key == "error-wish-own-wish"
    assert (await people.wish_helpers.claim(H2, wish.id)).wish.id == wish.id


async def test_a_wish_done_but_unconfirmed_brings_the_resident_one_reminder(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    await people.wish_helpers.done(H1, wish_id)
    for _ in range(3):
        clock.advance(timedelta(days=7, minutes=1))
        await people.due.run_due()
    reminders = [m for m in await queued_to(people, RESIDENT) if "A reminder" in m.text]
    assert len(reminders) == 1 and reminders[0].buttons is not None
    notes = [m for m in await queued_to(people, STAFF_CHAT) if "not confirmed yet" in m.text]
    assert len(notes) == 1
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.DONE
    assert (await people.wishes.confirm(RESIDENT, wish_id, True)).status == WishStatus.FULFILLED
