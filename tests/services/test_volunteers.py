"""Becoming a volunteer: apply, approval or decline with a reason, leaders, pause, leave."""

from __future__ import annotations

import pytest

from bot.errors import Conflict, InvalidInput, NotAllowed
from bot.models.people import Role
from bot.models.volunteers import Application, VolunteerStatus
from bot.services import Services
from tests.conftest import ADMIN_TG, STAFF_CHAT, add_resident, add_staff
from tests.services.volunteer_helpers import make_volunteer

A, B, STAFF = 41, 42, 51


async def staff_chat_texts(services: Services) -> list[str]:
    return [m.text for m in await services.outbox.due(500) if m.chat_id == STAFF_CHAT]


async def texts_to(services: Services, tg_id: int) -> list[str]:
    return [m.text for m in await services.outbox.due(500) if m.chat_id == tg_id]


async def test_an_application_reaches_staff_with_approve_and_decline_buttons(
    services: Services,
) -> None:
    await add_resident(services, A, "Wang Fang", building="3")
    app = Application(skills=["patrol", "elderly"], skills_other="I can drive", areas=["b:3"])
    volunteer = await services.volunteers.apply(A, app)
    assert volunteer.status == VolunteerStatus.APPLIED
    [card] = [m for m in await services.outbox.due(500) if m.chat_id == STAFF_CHAT]
    assert "Wang Fang" in card.text and "I can drive" in card.text
    assert "Skills: Patrol, Visiting the elderly" in card.text
    assert card.buttons is not None
    assert [b.data for b in card.buttons[0]] == [
        f"vol:ok:{volunteer.person_id}",
        f"vol:no:{volunteer.person_id}",
    ]


async def test_approval_makes_the_resident_a_volunteer_and_tells_them(services: Services) -> None:
    await make_volunteer(services, A)
    person = await services.people.get(A)
    assert person is not None and person.role == Role.VOLUNTEER
    assert any("You are now a volunteer" in t for t in await texts_to(services, A))


async def test_a_decline_needs_a_reason_and_the_resident_hears_it(services: Services) -> None:
    await add_resident(services, A)
    volunteer = await services.volunteers.apply(A, Application(skills=["patrol"]))
    with pytest.raises(InvalidInput):
        await services.volunteers.decline(ADMIN_TG, volunteer.person_id, "  ")
    await services.volunteers.decline(ADMIN_TG, volunteer.person_id, "We need someone in 2号楼")
    assert any("We need someone in 2号楼" in t for t in await texts_to(services, A))
    person = await services.people.get(A)
    assert person is not None and person.role == Role.RESIDENT
    with pytest.raises(Conflict):
        await services.volunteers.approve(ADMIN_TG, volunteer.person_id)


async def test_unknown_skills_areas_or_nothing_at_all_are_refused(services: Services) -> None:
    await add_resident(services, A)
    for bad in (
        Application(skills=["juggling"]),
        Application(skills=["patrol"], areas=["b:99"]),
        Application(skills=["patrol"], availability=["nights"]),
        Application(),
        Application(skills_other="x" * 300),
    ):
        with pytest.raises(InvalidInput):
            await services.volunteers.apply(A, bad)


async def test_a_volunteer_cannot_approve_another_application(services: Services) -> None:
    await make_volunteer(services, A)
    await add_resident(services, B, "Li Ming")
    other = await services.volunteers.apply(B, Application(skills=["patrol"]))
    with pytest.raises(NotAllowed):
        await services.volunteers.approve(A, other.person_id)
    with pytest.raises(NotAllowed):
        await services.volunteers.decline(A, other.person_id, "no")


async def test_staff_appoint_a_building_leader_who_is_told(services: Services) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    pid = await make_volunteer(services, A)
    volunteer = await services.volunteers.appoint_leader(STAFF, pid, "b:3")
    assert volunteer.leads == "b:3"
    assert any("building leader of 3" in t for t in await texts_to(services, A))
    with pytest.raises(InvalidInput):
        await services.volunteers.appoint_leader(STAFF, pid, "b:nowhere")


async def test_pause_resume_and_leave(services: Services) -> None:
    await make_volunteer(services, A)
    assert (await services.volunteers.pause(A)).status == VolunteerStatus.PAUSED
    with pytest.raises(Conflict):
        await services.volunteers.pause(A)
    assert (await services.volunteers.resume(A)).status == VolunteerStatus.APPROVED
    assert (await services.volunteers.leave(A)).status == VolunteerStatus.LEFT
    person = await services.people.get(A)
    assert person is not None and person.role == Role.RESIDENT


async def test_only_admins_edit_the_skills_list(services: Services) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    with pytest.raises(NotAllowed):
        await services.volunteers.add_skill(STAFF, "Gardening")
    skill = await services.volunteers.add_skill(ADMIN_TG, "Gardening 园艺")
    assert skill.code in {s.code for s in await services.volunteers.skills()}
    with pytest.raises(Conflict):
        await services.volunteers.add_skill(ADMIN_TG, "gardening 园艺")
    await services.volunteers.hide_skill(ADMIN_TG, skill.code)
    assert skill.code not in {s.code for s in await services.volunteers.skills()}
