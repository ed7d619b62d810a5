"""Tasks and duty posts: matching, atomic claims, releases, reminders, shortage, weekly series,
check in and out, and staff confirming who came."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, NotAllowed
from bot.models.volunteers import SlotStatus
from bot.services import Services
from tests.conftest import ADMIN_TG, STAFF_CHAT, add_resident, add_staff
from tests.services.volunteer_helpers import make_task, make_volunteer

A, B, C, RESIDENT, STAFF = 61, 62, 63, 64, 65


async def texts_to(services: Services, chat_id: int) -> list[str]:
    return [m.text for m in await services.outbox.due(5000) if m.chat_id == chat_id]


@pytest.mark.daytime
async def test_publishing_tells_only_volunteers_whose_area_and_skills_match(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A, "Wang Fang", skills=("patrol",), areas=("b:3",))
    await make_volunteer(services, B, "Li Ming", skills=("publicity",), areas=("b:3",))
    await make_volunteer(services, C, "Zhao Lei", skills=("patrol",), areas=("b:1",))
    await make_task(services, clock, area="b:3", skills=["patrol"])
    assert any("New task: Evening patrol" in t for t in await texts_to(services, A))
    assert not any("New task" in t for t in await texts_to(services, B))
    assert not any("New task" in t for t in await texts_to(services, C))


async def test_the_task_list_shows_matching_tasks_first(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A, skills=("elderly",))
    soon = await make_task(services, clock, hours_ahead=10, skills=["patrol"], key="k1")
    later = await make_task(services, clock, hours_ahead=50, skills=["elderly"], key="k2")
    views = await services.tasks.open_tasks(A)
    assert [v.task.id for v in views] == [later, soon]
    assert [v.matches for v in views] == [True, False]


async def test_twenty_volunteers_claiming_three_slots_get_exactly_three(
    services: Services, clock: ShiftedClock
) -> None:
    ids = list(range(100, 120))
    for tg_id in ids:
        await make_volunteer(services, tg_id, f"Volunteer {tg_id}")
    task_id = await make_task(services, clock, needed=3)

    async def claim(tg_id: int) -> bool:
        try:
            await services.tasks.claim(tg_id, task_id)
        except Conflict:
            return False
        return True

    results = await asyncio.gather(*(claim(t) for t in ids))
    assert results.count(True) == 3
    task, roster = await services.task_desk.roster(ADMIN_TG, task_id)
    assert task.taken == 3
    assert len([s for s in roster if s.status == SlotStatus.CLAIMED]) == 3


async def test_pressing_claim_twice_holds_one_slot(services: Services, clock: ShiftedClock) -> None:
    await make_volunteer(services, A)
    task_id = await make_task(services, clock, needed=2)
    await asyncio.gather(services.tasks.claim(A, task_id), services.tasks.claim(A, task_id))
    view = await services.tasks.view(A, task_id)
    assert view.task.taken == 1 and view.mine is not None


async def test_a_resident_who_is_not_a_volunteer_cannot_claim_or_list(
    services: Services, clock: ShiftedClock
) -> None:
    await add_resident(services, RESIDENT)
    task_id = await make_task(services, clock)
    with pytest.raises(NotAllowed):
        await services.tasks.claim(RESIDENT, task_id)
    with pytest.raises(NotAllowed):
        await services.tasks.open_tasks(RESIDENT)


async def test_a_paused_volunteer_cannot_claim(services: Services, clock: ShiftedClock) -> None:
    await make_volunteer(services, A)
    task_id = await make_task(services, clock)
    await services.volunteers.pause(A)
    with pytest.raises(NotAllowed) as refused:
        await services.tasks.claim(A, task_id)
    assert refused.value.key == "error-volunteer-paused"


@pytest.mark.any_hour
async def test_an_early_release_is_free_and_a_late_one_is_recorded_and_told_to_staff(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A)
    await make_volunteer(services, B, "Li Ming")
    task_id = await make_task(services, clock, hours_ahead=48)
    await services.tasks.claim(A, task_id)
    await services.tasks.claim(B, task_id)
    view, late = await services.tasks.release(A, task_id)
    assert not late and view.task.taken == 1
    clock.advance(timedelta(hours=40))  # 8 hours before the start: past the 12-hour cut-off
    view, late = await services.tasks.release(B, task_id)
    assert late and view.task.taken == 0
    _, roster = await services.task_desk.roster(ADMIN_TG, task_id)
    assert {(s.name, s.late_release) for s in roster} == {("Wang Fang", False), ("Li Ming", True)}
    assert any("Li Ming gave back a slot" in t for t in await texts_to(services, STAFF_CHAT))


@pytest.mark.any_hour
async def test_reminders_reach_claimed_volunteers_once(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A)
    task_id = await make_task(services, clock, hours_ahead=30)
    await services.tasks.claim(A, task_id)
    clock.advance(timedelta(hours=6, minutes=1))  # 24 hours before
    await services.due.run_due()
    clock.advance(timedelta(hours=22))  # 2 hours before
    await services.due.run_due()
    await services.due.run_due()
    reminders = [t for t in await texts_to(services, A) if t.startswith("⏰")]
    assert len(reminders) == 2  # 24 hours and 2 hours before, each once


@pytest.mark.any_hour
async def test_reminders_due_together_after_a_down_time_come_once(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A)
    task_id = await make_task(services, clock, hours_ahead=30)
    await services.tasks.claim(A, task_id)
    clock.advance(timedelta(hours=28, minutes=1))  # both are due now
    await services.due.run_due()
    reminders = [t for t in await texts_to(services, A) if t.startswith("⏰")]
    assert len(reminders) == 1
    clock.advance(timedelta(hours=3))  # after the start: nothing more
    await services.due.run_due()
    assert len([t for t in await texts_to(services, A) if t.startswith("⏰")]) == 1


@pytest.mark.any_hour
async def test_staff_hear_a_day_ahead_when_a_task_is_short(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A)
    short = await make_task(services, clock, hours_ahead=30, needed=2, key="short")
    full = await make_task(services, clock, hours_ahead=30, needed=1, key="full")
    await services.tasks.claim(A, short)
    await services.tasks.claim(A, full)
    clock.advance(timedelta(hours=6, minutes=1))
    await services.due.run_due()
    alerts = [t for t in await texts_to(services, STAFF_CHAT) if "still needs" in t]
    assert alerts == [alerts[0]] and "1 of 2" in alerts[0]


async def test_the_leader_of_the_tasks_area_hears_of_the_shortage_too(
    services: Services, clock: ShiftedClock
) -> None:
    leader = await make_volunteer(services, A, areas=("b:3",))
    await make_volunteer(services, B, "Li Ming", areas=("b:1",))
    await services.volunteers.appoint_leader(ADMIN_TG, leader, "b:3")
    await make_task(services, clock, hours_ahead=30, needed=2, area="b:3")
    clock.advance(timedelta(hours=6, minutes=1))
    await services.due.run_due()
    assert any("As leader of 3" in t for t in await texts_to(services, A))
    assert not any("As leader" in t for t in await texts_to(services, B))


@pytest.mark.any_hour
async def test_a_weekly_patrol_makes_next_weeks_task_when_it_starts(
    services: Services, clock: ShiftedClock
) -> None:
    first = await make_task(services, clock, hours_ahead=5, weekly=True)
    clock.advance(timedelta(hours=5, minutes=1))
    await services.due.run_due()
    await services.due.run_due()
    tasks = await services.task_desk.managed(ADMIN_TG)
    following = [t for t in tasks if t.id != first]
    assert len(following) == 1
    [task] = [t for t in tasks if t.id == first]
    assert following[0].starts_at - task.starts_at == timedelta(days=7)
    assert following[0].series_id == task.series_id == first


async def test_checking_in_and_out_earns_the_points_once(
    services: Services, clock: ShiftedClock
) -> None:
    pid = await make_volunteer(services, A)
    task_id = await make_task(services, clock, hours_ahead=3, points=15)
    await services.tasks.claim(A, task_id)
    with pytest.raises(Conflict):
        await services.tasks.check_in(A, task_id)  # too early
    with pytest.raises(Conflict):
        await services.tasks.check_out(A, task_id)  # not checked in
    clock.advance(timedelta(hours=3))
    await services.tasks.check_in(A, task_id)
    clock.advance(timedelta(hours=2))
    _, entry = await services.tasks.check_out(A, task_id)
    assert entry is not None and entry.points == 15
    _, again = await services.tasks.check_out(A, task_id)
    assert again is None
    assert await services.love_bank.balance(pid) == 15


async def test_only_confirmed_service_earns_points_and_no_shows_are_recorded(
    services: Services, clock: ShiftedClock
) -> None:
    came = await make_volunteer(services, A)
    missed = await make_volunteer(services, B, "Li Ming")
    task_id = await make_task(services, clock, hours_ahead=3, points=10)
    await services.tasks.claim(A, task_id)
    await services.tasks.claim(B, task_id)
    with pytest.raises(Conflict):
        await services.task_desk.confirm(ADMIN_TG, task_id, came, True)  # not started yet
    clock.advance(timedelta(hours=5))
    await services.task_desk.confirm(ADMIN_TG, task_id, came, True)
    await services.task_desk.confirm(ADMIN_TG, task_id, came, True)
    slot = await services.task_desk.confirm(ADMIN_TG, task_id, missed, False)
    assert slot.status == SlotStatus.NO_SHOW
    assert await services.love_bank.balance(came) == 10
    assert await services.love_bank.balance(missed) == 0
    assert any("Thank you for Evening patrol" in t for t in await texts_to(services, A))


async def test_a_volunteer_or_another_staff_member_cannot_confirm(
    services: Services, clock: ShiftedClock
) -> None:
    pid = await make_volunteer(services, A)
    await add_staff(services, STAFF, "Staff Zhou")
    task_id = await make_task(services, clock, hours_ahead=1)
    await services.tasks.claim(A, task_id)
    clock.advance(timedelta(hours=2))
    with pytest.raises(NotAllowed):
        await services.task_desk.confirm(A, task_id, pid, True)
    with pytest.raises(NotAllowed):
        await services.task_desk.confirm(STAFF, task_id, pid, True)
    assert await services.love_bank.balance(pid) == 0


async def test_leaving_gives_back_the_slots_ahead(services: Services, clock: ShiftedClock) -> None:
    await make_volunteer(services, A)
    task_id = await make_task(services, clock)
    await services.tasks.claim(A, task_id)
    await services.volunteers.leave(A)
    task, _ = await services.task_desk.roster(ADMIN_TG, task_id)
    assert task.taken == 0


async def test_when_a_task_ends_its_owner_is_asked_who_came_unless_all_checked_out(
    services: Services, clock: ShiftedClock
) -> None:
    await make_volunteer(services, A)
    asked = await make_task(services, clock, hours_ahead=1, key="asked")
    done = await make_task(services, clock, hours_ahead=1, key="done")
    await services.tasks.claim(A, asked)
    await services.tasks.claim(A, done)
    clock.advance(timedelta(hours=1))
    await services.tasks.check_in(A, done)
    clock.advance(timedelta(hours=2))
    await services.tasks.check_out(A, done)
    await services.due.run_due()
    questions = [t for t in await texts_to(services, ADMIN_TG) if "is over" in t]
    assert len(questions) == 1 and "One volunteer did not check out" in questions[0]
