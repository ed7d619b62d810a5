"""People: first contact, registration, language, staff invites, erasing personal data."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, InvalidInput, NotAllowed, NotRegistered
from bot.models.people import Role
from bot.models.requests import NewRequest
from bot.services import Services
from tests.conftest import ADMIN_TG, add_resident, add_staff


async def test_first_contact_creates_an_unregistered_person(services: Services) -> None:
    person = await services.people.touch(7, "Wang Fang", "zh-CN")
    assert person.registered is False
    assert person.role == Role.RESIDENT
    assert services.env.language_of(person) == "zh-hans"


async def test_registration_keeps_name_building_unit_and_phone(services: Services) -> None:
    await services.people.touch(7, "Wang Fang", "en")
    person = await services.people.register(7, "Wang Fang", "2", "3-101", "+86 1")
    assert (person.name, person.building, person.unit, person.phone) == (
        "Wang Fang",
        "2",
        "3-101",
        "+86 1",
    )
    assert person.registered


async def test_registration_refuses_a_building_that_is_not_on_the_list(services: Services) -> None:
    await services.people.touch(7, "Wang Fang", "en")
    with pytest.raises(InvalidInput):
        await services.people.register(7, "Wang Fang", "99", "3-101", None)


async def test_a_chosen_language_wins_over_telegrams(services: Services) -> None:
    await services.people.touch(7, "Wang Fang", "en")
    person = await services.people.set_language(7, "zh-hans")
    assert services.env.language_of(person) == "zh-hans"


async def test_admins_come_from_the_settings(services: Services) -> None:
    admin = await services.people.get(ADMIN_TG)
    assert admin is not None and admin.role == Role.ADMIN


async def test_an_invite_makes_staff_once_and_tells_the_admins(services: Services) -> None:
    await services.people.touch(8, "Zhao Lei", "en")
    await services.people.touch(9, "Other", "en")
    token = await services.people.create_staff_invite(ADMIN_TG)
    staff = await services.people.accept_staff_invite(8, token)
    assert staff.role == Role.STAFF
    with pytest.raises(Conflict):
        await services.people.accept_staff_invite(9, token)
    other = await services.people.get(9)
    assert other is not None and other.role == Role.RESIDENT


async def test_two_people_racing_for_one_invite_makes_one_staff_member(services: Services) -> None:
    for tg in (8, 9):
        await services.people.touch(tg, f"P{tg}", "en")
    token = await services.people.create_staff_invite(ADMIN_TG)
    results = await asyncio.gather(
        services.people.accept_staff_invite(8, token),
        services.people.accept_staff_invite(9, token),
        return_exceptions=True,
    )
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert sum(isinstance(r, Conflict) for r in results) == 1


async def test_an_expired_invite_is_refused(services: Services, clock: ShiftedClock) -> None:
    await services.people.touch(8, "Zhao Lei", "en")
    token = await services.people.create_staff_invite(ADMIN_TG)
    clock.advance(timedelta(days=8))
    with pytest.raises(Conflict):
        await services.people.accept_staff_invite(8, token)


async def test_only_admins_make_invites_or_remove_staff(services: Services) -> None:
    await add_staff(services, 8, "Zhao Lei")
    with pytest.raises(NotAllowed):
        await services.people.create_staff_invite(8)
    staff = await services.people.get(8)
    assert staff is not None
    with pytest.raises(NotAllowed):
        await services.people.remove_staff(8, staff.id)
    await services.people.remove_staff(ADMIN_TG, staff.id)
    again = await services.people.get(8)
    assert again is not None and again.role == Role.RESIDENT


async def test_erasing_removes_personal_data_but_keeps_requests_anonymised(
    services: Services,
) -> None:
    await add_resident(services, 7)
    request, _ = await services.requests.file(
        7,
        new=NewRequest(category="repairs", description="The tap in my kitchen leaks"),
        source_key="s1",
    )
    await services.people.erase(7)
    person = await services.people.get(7)
    assert person is not None
    assert (person.name, person.building, person.unit, person.phone) == ("—", None, None, None)
    with pytest.raises(NotRegistered):
        await services.people.my_data(7)
    view = await services.desk.view(ADMIN_TG, request.id)
    assert view.request.description == ""
    assert view.request.category == "repairs"
