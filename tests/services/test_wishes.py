"""Wishes for residents and staff: filing, vetting, anonymised publishing, confirming, thanks,
proxy wishes, expiry, the overview and the export."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from bot.clock import ShiftedClock
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.wishes import NewWish, WishStatus
from bot.services import Services
from tests.conftest import ADMIN_TG, STAFF_CHAT
from tests.services.wish_setup import (
    HANDOVER,
    HELPERS,
    OTHER_RESIDENT,
    RESIDENT,
    STAFF,
    file_wish,
    published_wish,
    queued_to,
    setup_people,
)

H1 = HELPERS[0]


@pytest.fixture
async def people(services: Services) -> Services:
    return await setup_people(services)


async def test_a_double_tap_on_confirm_files_one_wish(people: Services) -> None:
    first = await file_wish(people, "draft:7")
    second = await file_wish(people, "draft:7")
    assert first == second
    assert len(await people.wishes.mine(RESIDENT)) == 1
    cards = [m for m in await queued_to(people, STAFF_CHAT) if "W-" in m.text]
    assert len(cards) == 1 and "Wang Fang" in cards[0].text and "2-301" in cards[0].text


async def test_a_wish_needs_words_a_known_category_and_a_future_date(
    people: Services, clock: ShiftedClock
) -> None:
    with pytest.raises(InvalidInput):
        await people.wishes.file(RESIDENT, new=NewWish(category="study", text="  "), source_key="a")
    with pytest.raises(InvalidInput):
        await people.wishes.file(RESIDENT, new=NewWish(category="cars", text="x"), source_key="b")
    with pytest.raises(InvalidInput):
        await people.wishes.file(
            RESIDENT, new=NewWish(category="study", text="x" * 1001), source_key="c"
        )
    yesterday = clock.now() - timedelta(days=1)
    with pytest.raises(InvalidInput):
        await people.wishes.file(
            RESIDENT, new=NewWish(category="study", text="x", by_when=yesterday), source_key="d"
        )


async def test_a_resident_who_is_not_staff_cannot_approve(people: Services) -> None:
    wish_id = await file_wish(people)
    with pytest.raises(NotAllowed):
        await people.wish_desk.approve(RESIDENT, wish_id, HANDOVER)
    with pytest.raises(NotAllowed):
        await people.wish_desk.decline(H1, wish_id, "no")
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.REVIEW


@pytest.mark.daytime
async def test_approving_publishes_an_anonymised_card_to_every_helper(people: Services) -> None:
    wish_id = await file_wish(people, show_building=False)
    _, told = await people.wish_desk.approve(STAFF, wish_id, HANDOVER)
    assert told == len(HELPERS)
    [card] = await queued_to(people, H1, bulk=True)
    assert "A school bag" in card.text
    for secret in ("Wang Fang", "2-301", "1111", HANDOVER, "Building"):
        assert secret not in card.text
    resident_told = await queued_to(people, RESIDENT)
    assert any("published" in m.text for m in resident_told)


@pytest.mark.daytime
async def test_the_building_is_shown_only_when_the_resident_allowed_it(people: Services) -> None:
    await published_wish(people, "a", show_building=True)
    [card] = await queued_to(people, H1, bulk=True)
    assert "Building 1" in card.text


@pytest.mark.daytime
async def test_approving_twice_tells_helpers_once(people: Services) -> None:
    wish_id = await published_wish(people)
    with pytest.raises(Conflict):
        await people.wish_desk.approve(STAFF, wish_id, HANDOVER)
    assert len(await queued_to(people, H1, bulk=True)) == 1


async def test_staff_edit_the_text_helpers_read(people: Services) -> None:
    wish_id = await file_wish(people)
    await people.wish_desk.edit(STAFF, wish_id, "A school bag for a pupil in year 2")
    await people.wish_desk.approve(STAFF, wish_id, None, staff_arranges=True)
    public, _ = await people.wish_helpers.board(H1)
    assert [w.text for w in public] == ["A school bag for a pupil in year 2"]


async def test_a_declined_wish_tells_the_resident_why(people: Services) -> None:
    wish_id = await file_wish(people)
    wish = await people.wish_desk.decline(STAFF, wish_id, "Please ask at the desk for this")
    assert wish.status == WishStatus.DECLINED
    [told] = [m for m in await queued_to(people, RESIDENT) if "declined" in m.text]
    assert "Please ask at the desk for this" in told.text
    with pytest.raises(Conflict):
        await people.wish_desk.approve(STAFF, wish_id, HANDOVER)


async def test_a_resident_withdraws_an_unclaimed_wish_but_not_a_claimed_one(
    people: Services,
) -> None:
    first = await published_wish(people, "a")
    second = await published_wish(people, "b")
    assert (await people.wishes.withdraw(RESIDENT, first)).status == WishStatus.WITHDRAWN
    await people.wish_helpers.claim(H1, second)
    with pytest.raises(Conflict):
        await people.wishes.withdraw(RESIDENT, second)
    with pytest.raises(NotFound):
        await people.wishes.withdraw(OTHER_RESIDENT, second)


async def test_confirming_fulfils_credits_the_points_and_the_thank_you_reaches_the_helper(
    people: Services,
) -> None:
    await people.wish_desk.set_points(STAFF, "study", 15)
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    await people.wish_helpers.done(H1, wish_id)
    wish = await people.wishes.confirm(RESIDENT, wish_id, True)
    assert wish.status == WishStatus.FULFILLED and wish.points == 15
    helper = await people.people.get(H1)
    assert helper is not None
    assert await people.love_bank.balance(helper.id) == 15
    [entry] = await people.love_bank.history(helper.id)
    assert entry.kind == "wish" and entry.ref == f"wish:{wish_id}"
    await people.wishes.thank(RESIDENT, wish_id, "Thank you so much!")
    texts = [m.text for m in await queued_to(people, H1)]
    assert any("15" in t and "fulfilled" in t for t in texts)
    assert any("Thank you so much!" in t for t in texts)
    with pytest.raises(Conflict):
        await people.wishes.thank(RESIDENT, wish_id, "again")


async def test_not_yet_puts_the_wish_back_on_its_way_and_tells_the_helper(
    people: Services,
) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    await people.wish_helpers.done(H1, wish_id)
    wish = await people.wishes.confirm(RESIDENT, wish_id, False)
    assert wish.status == WishStatus.ON_WAY
    assert any("not received" in m.text for m in await queued_to(people, H1))
    with pytest.raises(Conflict):
        await people.wishes.confirm(RESIDENT, wish_id, True)


async def test_a_helper_cannot_confirm_their_own_fulfilment(people: Services) -> None:
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    await people.wish_helpers.done(H1, wish_id)
    with pytest.raises((NotFound, NotAllowed)):
        await people.wishes.confirm(H1, wish_id, True)
    with pytest.raises(NotAllowed):
        await people.wish_desk.confirm_proxy(H1, wish_id, True)
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.DONE


async def test_staff_confirm_a_proxy_wish_but_not_one_they_fulfilled_themselves(
    people: Services,
) -> None:
    wish, created = await people.wish_desk.file_proxy(
        STAFF,
        name="Grandma Chen",
        building="2",
        unit="5-502",
        phone="555-0101",
        consent_note="Agreed on the phone with her son, 3 June",
        new=NewWish(category="company", text="A weekly visit for a chat"),
        source_key="proxy:1",
    )
    assert created and wish.is_proxy
    await people.wish_desk.approve(STAFF, wish.id, HANDOVER)
    partner = await people.wish_desk.add_partner(STAFF, "Bank of Linli")
    _, token = await people.wish_desk.partner_invite(STAFF, partner.id)
    await people.wish_helpers.join_partner(ADMIN_TG, token)
    await people.wish_helpers.claim(ADMIN_TG, wish.id, partner.id)
    await people.wish_helpers.done(ADMIN_TG, wish.id)
    asked = [m for m in await queued_to(people, STAFF_CHAT) if "Grandma Chen" in m.text]
    assert any(m.buttons for m in asked)
    with pytest.raises(Conflict):
        await people.wish_desk.confirm_proxy(ADMIN_TG, wish.id, True)
    done = await people.wish_desk.confirm_proxy(STAFF, wish.id, True)
    assert done.status == WishStatus.FULFILLED


async def test_a_wish_whose_date_passes_unclaimed_expires_and_the_resident_is_told(
    people: Services, clock: ShiftedClock
) -> None:
    wish_id = await published_wish(people, by_when=clock.now() + timedelta(days=2))
    clock.advance(timedelta(days=2))
    await people.due.run_due()
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.PUBLISHED
    clock.advance(timedelta(days=1))
    await people.due.run_due()
    assert (await people.wishes.view(RESIDENT, wish_id)).status == WishStatus.EXPIRED
    assert any("expired" in m.text for m in await queued_to(people, RESIDENT))
    with pytest.raises(Conflict):
        await people.wish_helpers.claim(H1, wish_id)


async def test_the_overview_counts_lists_and_exports_every_wish(people: Services) -> None:
    await file_wish(people, "a", category="health")
    published = await published_wish(people, "b")
    await published_wish(people, "c")
    await people.wish_helpers.claim(H1, published)
    overview = await people.wish_overview.overview(STAFF)
    assert overview.by_status == {"review": 1, "claimed": 1, "published": 1}
    assert overview.by_category == {"health": 1, "study": 2}
    assert [line.wish.id for line in overview.unclaimed] == [published + 1]
    assert overview.points["study"] == 10 and overview.stall_days == 7
    name, data = await people.wish_overview.export(STAFF, "en")
    sheet = load_workbook(io.BytesIO(data)).active
    assert name.endswith(".xlsx") and sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4 and rows[1][5] == "Wang Fang"
    with pytest.raises(NotAllowed):
        await people.wish_overview.export(RESIDENT, "en")


async def test_a_category_set_to_no_points_fulfils_without_a_ledger_entry(
    people: Services,
) -> None:
    await people.wish_desk.set_points(STAFF, "study", 0)
    wish_id = await published_wish(people)
    await people.wish_helpers.claim(H1, wish_id)
    await people.wish_helpers.done(H1, wish_id)
    assert (await people.wishes.confirm(RESIDENT, wish_id, True)).points == 0
    helper = await people.people.get(H1)
    assert helper is not None and await people.love_bank.history(helper.id) == []


async def test_claims_earn_nothing_only_fulfilled_wishes_do(people: Services) -> None:
    first = await published_wish(people, "a")
    second = await published_wish(people, "b")
    await people.wish_helpers.claim(H1, first)
    await people.wish_helpers.claim(H1, second)
    await people.wish_helpers.done(H1, first)
    helper = await people.people.get(H1)
    assert helper is not None and await people.love_bank.balance(helper.id) == 0
    await people.wishes.confirm(RESIDENT, first, True)
    assert await people.love_bank.balance(helper.id) == 10


async def test_a_resident_who_erases_their_data_takes_unclaimed_wishes_off_the_list(
    people: Services,
) -> None:
    waiting = await file_wish(people, "a")
    published = await published_wish(people, "b")
    claimed = await published_wish(people, "c")
    await people.wish_helpers.claim(H1, claimed)
    await people.people.erase(RESIDENT)
    overview = await people.wish_overview.overview(STAFF)
    assert overview.by_status == {"withdrawn": 2, "claimed": 1}
    with pytest.raises(Conflict) as refused:
        await people.wish_helpers.claim(HELPERS[1], published)
    assert refused.value.key == "error-wish-gone"
    lines = {line.wish.id: line for line in overview.review + overview.unclaimed}
    assert waiting not in lines and published not in lines


async def test_a_wish_by_a_day_lasts_until_the_end_of_that_day_in_the_community(
    people: Services, clock: ShiftedClock
) -> None:
    today = clock.now()
    wish, _ = await people.wishes.file(
        RESIDENT, new=NewWish(category="study", text="x", by_when=today), source_key="t"
    )
    assert wish.by_when is not None and wish.by_when.date() == today.date()
    assert (wish.by_when.hour, wish.by_when.minute) == (23, 59)
