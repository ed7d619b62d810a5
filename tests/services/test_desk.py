"""The staff desk: first contact owns, hand-over keeps the owner informed, referral, due work."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import AlreadyTaken, InvalidInput, NotAllowed
from bot.models.outbox import OutboxMessage
from bot.models.requests import EntryKind, NewRequest, RequestStatus
from bot.services import Services
from tests.conftest import ADMIN_TG, STAFF_CHAT, add_resident, add_staff

RESIDENT = 7
STAFF = 20
COLLEAGUE = 21
OTHER = 22


@pytest.fixture
async def desk(services: Services) -> Services:
    """A resident and three staff members."""
    await add_resident(services, RESIDENT, "Wang Fang")
    await add_staff(services, STAFF, "Zhao Lei")
    await add_staff(services, COLLEAGUE, "Chen Jing")
    await add_staff(services, OTHER, "Sun Li")
    return services


async def _file(
    services: Services, key: str = "draft:1", category: str = "repairs", text: str = "Tap drips"
) -> int:
    request, _ = await services.requests.file(
        RESIDENT, new=NewRequest(category=category, description=text), source_key=key
    )
    return request.id


async def _to(services: Services, chat_id: int) -> list[OutboxMessage]:
    """Return the messages waiting to be sent to one chat (no sender runs in these tests)."""
    return [m for m in await services.outbox.due(500) if m.chat_id == chat_id]


async def test_two_staff_pressing_take_at_the_same_moment_make_exactly_one_owner(
    desk: Services,
) -> None:
    request_id = await _file(desk)
    results = await asyncio.gather(
        desk.desk.take(STAFF, request_id),
        desk.desk.take(COLLEAGUE, request_id),
        return_exceptions=True,
    )
    won = [r for r in results if not isinstance(r, BaseException)]
    lost = [r for r in results if isinstance(r, BaseException)]
    assert len(won) == 1 and len(lost) == 1
    assert isinstance(lost[0], AlreadyTaken)
    owner = won[0].owner
    assert owner is not None and lost[0].args_map["owner"] == owner.name
    view = await desk.desk.view(STAFF, request_id, timeline=True)
    assert view.owner == owner
    assert [e.kind for e in view.timeline].count(EntryKind.TAKEN) == 1


async def test_ten_staff_pressing_take_at_once_make_exactly_one_owner(services: Services) -> None:
    await add_resident(services, RESIDENT, "Wang Fang")
    team = list(range(100, 110))
    for tg_id in team:
        await add_staff(services, tg_id, f"Staff {tg_id}")
    request_id = await _file(services)
    results = await asyncio.gather(
        *(services.desk.take(tg_id, request_id) for tg_id in team), return_exceptions=True
    )
    assert sum(not isinstance(r, BaseException) for r in results) == 1
    assert all(isinstance(r, AlreadyTaken) for r in results if isinstance(r, BaseException))
    taken_notes = [m for m in await _to(services, RESIDENT) if "is being handled by" in m.text]
    assert len(taken_notes) == 1


async def test_a_resident_cannot_take_a_request_and_nothing_changes(desk: Services) -> None:
    request_id = await _file(desk)
    with pytest.raises(NotAllowed) as refused:
        await desk.desk.take(RESIDENT, request_id)
    assert refused.value.key == "error-not-allowed"
    view = await desk.desk.view(STAFF, request_id)
    assert view.owner is None and view.request.status == RequestStatus.NEW


async def test_taking_tells_the_resident_who_handles_their_request(desk: Services) -> None:
    request_id = await _file(desk)
    view = await desk.desk.take(STAFF, request_id)
    assert view.request.status == RequestStatus.TAKEN
    [told] = [m for m in await _to(desk, RESIDENT) if "R-000001" in m.text]
    assert "Zhao Lei" in told.text


async def test_after_a_hand_over_the_owner_stays_and_hears_of_the_colleagues_reply(
    desk: Services,
) -> None:
    request_id = await _file(desk)
    await desk.desk.take(STAFF, request_id)
    await desk.desk.hand_over(STAFF, request_id, (await _person_id(desk, COLLEAGUE)))
    handed = await _to(desk, COLLEAGUE)
    assert any("passed this request to you" in m.text and m.buttons for m in handed)
    await desk.desk.reply(COLLEAGUE, request_id, "A plumber comes on Monday")
    view = await desk.desk.view(STAFF, request_id)
    assert view.owner is not None and view.owner.name == "Zhao Lei"
    assert view.handler is not None and view.handler.name == "Chen Jing"
    to_owner = [m.text for m in await _to(desk, STAFF)]
    assert any("Chen Jing answered the resident" in t and "Monday" in t for t in to_owner)
    to_resident = [m.text for m in await _to(desk, RESIDENT)]
    assert any("A plumber comes on Monday" in t for t in to_resident)


async def test_a_colleague_the_request_was_not_handed_to_cannot_answer_it(
    desk: Services,
) -> None:
    request_id = await _file(desk)
    await desk.desk.take(STAFF, request_id)
    with pytest.raises(NotAllowed) as refused:
        await desk.desk.reply(OTHER, request_id, "I will do it")
    assert refused.value.args_map["owner"] == "Zhao Lei"


async def test_an_internal_note_is_kept_from_the_resident(desk: Services) -> None:
    request_id = await _file(desk)
    await desk.desk.take(STAFF, request_id)
    before = len(await _to(desk, RESIDENT))
    await desk.desk.note(STAFF, request_id, "Neighbour has a spare key")
    view = await desk.desk.view(STAFF, request_id, timeline=True)
    [note] = [e for e in view.timeline if e.kind == EntryKind.NOTE]
    assert note.public is False and note.body == "Neighbour has a spare key"
    assert len(await _to(desk, RESIDENT)) == before
    _request, public = await desk.requests.resident_view(RESIDENT, request_id)
    assert all(e.kind != EntryKind.NOTE for e in public)


@pytest.mark.parametrize(("who", "contact"), [("", "0571-8888"), ("Water company", "  ")])
async def test_a_referral_needs_who_is_responsible_and_how_to_reach_them(
    desk: Services, who: str, contact: str
) -> None:
    request_id = await _file(desk)
    with pytest.raises(InvalidInput) as refused:
        await desk.desk.refer(STAFF, request_id, who, contact)
    assert refused.value.key == "error-referral-incomplete"
    view = await desk.desk.view(STAFF, request_id)
    assert view.request.status == RequestStatus.NEW


async def test_a_referral_tells_the_resident_who_and_how_and_closes_the_request(
    desk: Services,
) -> None:
    request_id = await _file(desk)
    request = await desk.desk.refer(STAFF, request_id, "Water company", "Call 96390")
    view = await desk.desk.view(STAFF, request_id)
    assert view.request.status == RequestStatus.REFERRED
    assert view.owner is not None and view.owner.name == "Zhao Lei"  # first contact took it
    [told] = [m.text for m in await _to(desk, RESIDENT) if "not something" in m.text]
    assert "Water company" in told and "Call 96390" in told and request.number in told


async def test_an_overdue_request_is_escalated_once_to_the_staff_chat_only(
    desk: Services, clock: ShiftedClock
) -> None:
    await _file(desk)
    clock.advance(timedelta(hours=25))
    await desk.due.run_due()
    await desk.due.run_due()
    for chat, expected in ((STAFF_CHAT, 1), (ADMIN_TG, 0)):
        alerts = [m for m in await _to(desk, chat) if "No answer yet" in m.text]
        assert len(alerts) == expected, chat
    [alert] = [m for m in await _to(desk, STAFF_CHAT) if "No answer yet" in m.text]
    assert "OVERDUE" in alert.text and alert.buttons
    [request] = await desk.requests.mine(RESIDENT)
    assert request.escalated


async def test_a_request_answered_in_time_is_not_escalated(
    desk: Services, clock: ShiftedClock
) -> None:
    request_id = await _file(desk)
    await desk.desk.take(STAFF, request_id)
    clock.advance(timedelta(hours=25))
    await desk.due.run_due()
    assert not [m for m in await _to(desk, STAFF_CHAT) if "No answer yet" in m.text]


async def test_a_resolved_request_closes_itself_after_seven_days_without_an_answer(
    desk: Services, clock: ShiftedClock
) -> None:
    request_id = await _file(desk)
    await desk.desk.take(STAFF, request_id)
    await desk.desk.resolve(STAFF, request_id, "The tap was replaced")
    clock.advance(timedelta(days=6))
    await desk.due.run_due()
    assert (await desk.desk.view(STAFF, request_id)).request.status == RequestStatus.RESOLVED
    clock.advance(timedelta(days=1, minutes=1))
    await desk.due.run_due()
    assert (await desk.desk.view(STAFF, request_id)).request.status == RequestStatus.CLOSED
    assert any("closed after 7 days" in m.text for m in await _to(desk, RESIDENT))


async def test_the_queue_puts_overdue_requests_first(desk: Services, clock: ShiftedClock) -> None:
    answered = await _file(desk, "draft:1", category="security")  # due in 4 hours
    await desk.desk.take(STAFF, answered)
    late = await _file(desk, "draft:2", category="sanitation")  # due in 24 hours
    clock.advance(timedelta(hours=25))
    fresh = await _file(desk, "draft:3", category="security")
    order = [v.request.id for v in (await desk.desk.queue(STAFF)).views]
    assert order == [late, answered, fresh]  # by due time alone, `answered` would lead
    assert [v.request.id for v in (await desk.desk.queue(STAFF, "overdue")).views] == [late]
    assert [v.request.id for v in (await desk.desk.queue(STAFF, "mine")).views] == [answered]
    assert [v.request.id for v in (await desk.desk.queue(STAFF, "untaken")).views] == [late, fresh]


async def test_the_queue_is_cut_into_pages_that_together_show_each_open_request_once(
    desk: Services,
) -> None:
    filed = [await _file(desk, f"draft:{n}") for n in range(45)]
    pages = [await desk.desk.queue(STAFF, page=n, size=20) for n in range(3)]
    assert [len(p.views) for p in pages] == [20, 20, 5]
    assert {p.total for p in pages} == {45} and {p.pages for p in pages} == {3}
    assert [v.request.id for p in pages for v in p.views] == filed  # same due order as filed
    assert all(v.resident is not None and v.category is not None for v in pages[0].views)
    past_the_end = await desk.desk.queue(STAFF, page=9, size=20)
    assert past_the_end.page == 2 and len(past_the_end.views) == 5


async def test_a_resident_cannot_read_the_queue(desk: Services) -> None:
    await _file(desk)
    with pytest.raises(NotAllowed):
        await desk.desk.queue(RESIDENT)


async def test_a_request_filed_for_a_resident_is_owned_by_the_filer_once(desk: Services) -> None:
    fields = {
        "name": "Grandma Liu",
        "building": "2",
        "unit": "1-101",
        "phone": "138 1234 5678",
        "source_key": "draft:77",
    }
    new = NewRequest(category="elderly", description="Needs help carrying shopping")
    request, created = await desk.desk.file_proxy(STAFF, new=new, **fields)
    again, created_again = await desk.desk.file_proxy(STAFF, new=new, **fields)
    assert (created, created_again) == (True, False) and again.id == request.id
    view = await desk.desk.view(STAFF, request.id)
    assert view.owner is not None and view.owner.name == "Zhao Lei"
    assert view.resident is not None and view.resident.is_proxy
    [card] = [m for m in await _to(desk, STAFF_CHAT) if request.number in m.text]
    assert "phone the resident" in card.text and "138 1234 5678" in card.text


async def _person_id(services: Services, tg_id: int) -> int:
    person = await services.people.get(tg_id)
    assert person is not None
    return person.id
