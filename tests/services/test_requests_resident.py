"""The residents' side of requests: file once, see only one's own, withdraw, confirm, rate."""

from __future__ import annotations

import asyncio

import pytest

from bot.errors import Conflict, InvalidInput, NotFound, NotRegistered
from bot.models.requests import EntryKind, NewRequest, RequestStatus
from bot.services import Services
from tests.conftest import STAFF_CHAT, add_resident, add_staff

RESIDENT = 7
NEIGHBOUR = 8
STAFF = 20


async def _file(services: Services, tg_id: int = RESIDENT, key: str = "draft:1") -> int:
    request, _ = await services.requests.file(
        tg_id,
        new=NewRequest(category="repairs", description="The kitchen tap drips"),
        source_key=key,
    )
    return request.id


@pytest.fixture
async def people(services: Services) -> Services:
    """Two residents and a staff member."""
    await add_resident(services, RESIDENT, "Wang Fang")
    await add_resident(services, NEIGHBOUR, "Li Ming", building="2")
    await add_staff(services, STAFF, "Zhao Lei")
    return services


async def _resolved(services: Services) -> int:
    request_id = await _file(services)
    await services.desk.take(STAFF, request_id)
    await services.desk.resolve(STAFF, request_id, "The tap was replaced")
    return request_id


async def test_filing_gives_a_number_and_sends_the_card_to_the_staff_chat(
    people: Services,
) -> None:
    request, created = await people.requests.file(
        RESIDENT,
        new=NewRequest(
            category="repairs",
            description="The kitchen tap drips",
            photos=("photo-a", "photo-b"),
            location=(31.2304, 121.4737),
        ),
        source_key="draft:1",
    )
    assert created and request.number == "R-000001" and request.status == RequestStatus.NEW
    assert request.photos == ["photo-a", "photo-b"]
    assert (request.latitude, request.longitude) == (31.2304, 121.4737)
    queued = [m for m in await people.outbox.due(50) if m.chat_id == STAFF_CHAT]
    card = next(m for m in queued if m.photo is None)
    assert "R-000001" in card.text and "The kitchen tap drips" in card.text
    assert (
        "Wang Fang" in card.text and "openstreetmap.org/?mlat=31.23040&mlon=121.47370" in card.text
    )
    assert sorted(m.photo for m in queued if m.photo) == ["photo-a", "photo-b"]


async def test_the_same_form_filed_twice_in_a_row_makes_one_request(people: Services) -> None:
    first, created_first = await people.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap"), source_key="draft:5"
    )
    again, created_again = await people.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="Tap"), source_key="draft:5"
    )
    assert (created_first, created_again) == (True, False)
    assert again.id == first.id
    assert len(await people.requests.mine(RESIDENT)) == 1


async def test_the_same_form_filed_twice_at_once_makes_one_request(people: Services) -> None:
    results = await asyncio.gather(
        *(
            people.requests.file(
                RESIDENT,
                new=NewRequest(category="repairs", description="Tap"),
                source_key="draft:9",
            )
            for _ in range(2)
        )
    )
    assert sorted(created for _, created in results) == [False, True]
    assert {request.id for request, _ in results} == {results[0][0].id}
    assert len(await people.requests.mine(RESIDENT)) == 1


async def test_different_forms_make_different_requests(people: Services) -> None:
    first = await _file(people, key="draft:1")
    second = await _file(people, key="draft:2")
    assert first != second
    assert [r.id for r in await people.requests.mine(RESIDENT)] == [second, first]


async def test_a_residents_list_with_a_limit_holds_only_the_newest(people: Services) -> None:
    filed = [await _file(people, key=f"draft:{n}") for n in range(5)]
    assert [r.id for r in await people.requests.mine(RESIDENT, limit=2)] == filed[:-3:-1]


async def test_a_filed_form_is_found_again_only_by_its_resident(people: Services) -> None:
    request_id = await _file(people, key="draft:3")
    found = await people.requests.from_source(RESIDENT, "draft:3")
    assert found is not None and found.id == request_id
    assert await people.requests.from_source(NEIGHBOUR, "draft:3") is None
    assert await people.requests.from_source(RESIDENT, "draft:4") is None


async def test_a_resident_cannot_see_or_act_on_another_residents_request(
    people: Services,
) -> None:
    request_id = await _file(people, tg_id=RESIDENT)
    attempts = [
        people.requests.resident_view(NEIGHBOUR, request_id),
        people.requests.resident_reply(NEIGHBOUR, request_id, "Me too"),
        people.requests.withdraw(NEIGHBOUR, request_id),
        people.requests.confirm(NEIGHBOUR, request_id, True),
        people.requests.rate(NEIGHBOUR, request_id, 5),
    ]
    for attempt in attempts:
        with pytest.raises(NotFound):
            await attempt
    assert await people.requests.mine(NEIGHBOUR) == []
    mine, _ = await people.requests.resident_view(RESIDENT, request_id)
    assert mine.status == RequestStatus.NEW


async def test_a_request_id_that_does_not_exist_is_not_found(people: Services) -> None:
    with pytest.raises(NotFound):
        await people.requests.resident_view(RESIDENT, 999)


async def test_an_unregistered_person_cannot_file(people: Services) -> None:
    await people.people.touch(30, "Stranger", "en")
    with pytest.raises(NotRegistered):
        await _file(people, tg_id=30)


async def test_too_long_text_is_refused_with_the_limit(people: Services) -> None:
    with pytest.raises(InvalidInput) as refused:
        await people.requests.file(
            RESIDENT,
            new=NewRequest(category="repairs", description="x" * 3001),
            source_key="draft:1",
        )
    assert refused.value.key == "error-text-long" and refused.value.args_map == {"max": 3000}
    request_id = await _file(people)
    with pytest.raises(InvalidInput):
        await people.requests.resident_reply(RESIDENT, request_id, "y" * 3001)
    assert len(await people.requests.mine(RESIDENT)) == 1


async def test_an_empty_description_is_refused_but_a_voice_message_needs_no_words(
    people: Services,
) -> None:
    with pytest.raises(InvalidInput):
        await people.requests.file(
            RESIDENT, new=NewRequest(category="repairs", description="  "), source_key="draft:1"
        )
    request, created = await people.requests.file(
        RESIDENT,
        new=NewRequest(category="repairs", description="", voice_file_id="v1"),
        source_key="draft:2",
    )
    assert created and request.voice_file_id == "v1"


async def test_an_unknown_category_is_refused(people: Services) -> None:
    with pytest.raises(InvalidInput) as refused:
        await people.requests.file(
            RESIDENT, new=NewRequest(category="rockets", description="Tap"), source_key="draft:1"
        )
    assert refused.value.key == "error-unknown-category"


async def test_withdrawing_closes_the_request_and_tells_the_owner(people: Services) -> None:
    request_id = await _file(people)
    await people.desk.take(STAFF, request_id)
    await people.requests.withdraw(RESIDENT, request_id)
    request, _ = await people.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.WITHDRAWN and request.closed_at is not None
    told = [m.text for m in await people.outbox.due(50) if m.chat_id == STAFF]
    assert any("withdrew request R-000001" in text for text in told)
    with pytest.raises(Conflict):
        await people.requests.withdraw(RESIDENT, request_id)
    with pytest.raises(Conflict):
        await people.requests.resident_reply(RESIDENT, request_id, "One more thing")


async def test_the_residents_answer_reaches_the_owner_and_the_timeline(people: Services) -> None:
    request_id = await _file(people)
    await people.desk.take(STAFF, request_id)
    await people.desk.set_waiting(STAFF, request_id, "Which floor?")
    await people.requests.resident_reply(RESIDENT, request_id, "The third floor")
    request, timeline = await people.requests.resident_view(RESIDENT, request_id)
    assert request.status == RequestStatus.IN_PROGRESS
    assert [e.body for e in timeline if e.kind == EntryKind.RESIDENT_REPLY] == ["The third floor"]
    told = [m.text for m in await people.outbox.due(50) if m.chat_id == STAFF]
    assert any("The third floor" in text for text in told)


async def test_staff_notes_stay_out_of_the_residents_timeline(people: Services) -> None:
    request_id = await _file(people)
    await people.desk.note(STAFF, request_id, "Ask the plumber on Monday")
    _, timeline = await people.requests.resident_view(RESIDENT, request_id)
    assert EntryKind.CREATED in [e.kind for e in timeline]
    assert all(e.kind != EntryKind.NOTE for e in timeline)


async def test_yes_solved_closes_the_request(people: Services) -> None:
    request_id = await _resolved(people)
    request = await people.requests.confirm(RESIDENT, request_id, True)
    assert request.status == RequestStatus.CLOSED
    with pytest.raises(Conflict):
        await people.requests.confirm(RESIDENT, request_id, True)


async def test_not_solved_reopens_the_request_and_alerts_the_owner(people: Services) -> None:
    request_id = await _resolved(people)
    request = await people.requests.confirm(RESIDENT, request_id, False)
    assert request.status == RequestStatus.REOPENED and request.resolved_at is None
    told = [m.text for m in await people.outbox.due(50) if m.chat_id == STAFF]
    assert any("NOT solved" in text for text in told)


async def test_solved_can_only_be_answered_while_resolved(people: Services) -> None:
    request_id = await _file(people)
    with pytest.raises(Conflict):
        await people.requests.confirm(RESIDENT, request_id, True)


async def test_a_closed_request_is_rated_once(people: Services) -> None:
    request_id = await _resolved(people)
    with pytest.raises(Conflict):
        await people.requests.rate(RESIDENT, request_id, 5)  # not closed yet
    await people.requests.confirm(RESIDENT, request_id, True)
    await people.requests.rate(RESIDENT, request_id, 4)
    with pytest.raises(Conflict):
        await people.requests.rate(RESIDENT, request_id, 5)
    request, timeline = await people.requests.resident_view(RESIDENT, request_id)
    assert request.rating == 4
    assert [e.body for e in timeline if e.kind == EntryKind.RATING] == ["4"]


@pytest.mark.parametrize("stars", [0, 6, -1])
async def test_a_rating_outside_one_to_five_is_refused(people: Services, stars: int) -> None:
    request_id = await _resolved(people)
    await people.requests.confirm(RESIDENT, request_id, True)
    with pytest.raises(InvalidInput):
        await people.requests.rate(RESIDENT, request_id, stars)
    request, _ = await people.requests.resident_view(RESIDENT, request_id)
    assert request.rating is None
