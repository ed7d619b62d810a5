"""`--demo` seeds a believable community through the real services, and only once."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.models.people import Role
from bot.models.requests import RequestStatus
from sandbox.web import cast
from sandbox.web import demo as seeding
from sandbox.web.runner import Sandbox


async def _statuses(sandbox: Sandbox) -> Counter[RequestStatus]:
    found: Counter[RequestStatus] = Counter()
    for member in seeding.RESIDENTS:
        for request in await sandbox.services.requests.mine(member.tg_id):
            found[request.status] += 1
    return found


async def test_the_demo_has_buildings_residents_in_them_a_staff_member_and_an_admin(
    demo: Sandbox,
) -> None:
    services = demo.services
    assert [b.name for b in await services.community.buildings()] == ["1号楼", "2号楼", "3号楼"]
    residents = [await services.people.get(m.tg_id) for m in seeding.RESIDENTS]
    assert all(p is not None and p.registered and p.role == Role.RESIDENT for p in residents)
    assert len({p.building for p in residents if p}) >= 2
    assert {services.env.language_of(p) for p in residents} == {"en", "zh-hans"}
    assert {p.name for p in residents if p} >= {"Wang Fang", "李秀英"}
    staff = await services.people.get(cast.STAFF.tg_id)
    admin = await services.people.get(cast.ADMIN.tg_id)
    assert staff is not None and staff.role == Role.STAFF
    assert admin is not None and admin.role == Role.ADMIN and admin.registered


async def test_the_demo_requests_stand_in_different_states_with_answers_in_the_chats(
    demo: Sandbox,
) -> None:
    assert set(await _statuses(demo)) == {
        RequestStatus.NEW,
        RequestStatus.IN_PROGRESS,
        RequestStatus.WAITING,
        RequestStatus.RESOLVED,
        RequestStatus.CLOSED,
    }
    answered = await demo.sim.wait_for(cast.LI_XIUYING.tg_id, contains="周三上午", timeout=10)
    assert answered.buttons() == ["💬 回复"]
    card = await demo.sim.wait_for(cast.STAFF_CHAT, contains="R-000005", timeout=10)
    assert "Sanitation" in card.content


async def test_seeding_again_on_the_same_database_adds_nothing_twice(demo: Sandbox) -> None:
    before = await _statuses(demo)
    await seeding.seed(demo.services, demo.sim)
    assert await _statuses(demo) == before
    assert len(await demo.services.community.buildings()) == 3


async def test_every_demo_person_has_their_main_menu_open(demo: Sandbox) -> None:
    for member in (*seeding.RESIDENTS, cast.STAFF, cast.ADMIN):
        await demo.sim.wait_for(member.tg_id, predicate=lambda m: m.reply_keyboard is not None)
    keyboard = demo.sim.reply_keyboard(cast.ZHANG_WEI.tg_id)
    assert keyboard is not None and "📝 我要反映" in keyboard[0]


async def test_a_seeding_step_a_later_feature_appends_runs_after_the_others(
    demo: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    async def count_requests(world: seeding.DemoWorld) -> None:
        seen.append(sum((await _statuses(demo)).values()))
        assert world.sim is demo.sim

    monkeypatch.setattr(seeding, "SEED_STEPS", [*seeding.SEED_STEPS, count_requests])
    await seeding.seed(demo.services, demo.sim)
    assert seen == [len(seeding.DEMO_REQUESTS)]


async def test_the_demo_has_upcoming_events_with_sign_ups_and_a_waiting_list(
    demo: Sandbox,
) -> None:
    staff = cast.STAFF.tg_id
    events = await demo.services.event_desk.managed(staff)
    assert [e.title for e in events] == [d.title for d in seeding.DEMO_EVENTS]
    assert all(e.starts_at > demo.clock.now() for e in events)
    rosters = [await demo.services.event_desk.roster(staff, e.id) for e in events]
    assert [len(r.confirmed) for r in rosters] == [2, 2, 1]
    assert [line.name for line in rosters[1].waiting] == ["张伟"]
    await seeding.seed(demo.services, demo.sim)
    again = await demo.services.event_desk.roster(staff, events[1].id)
    assert (len(again.confirmed), len(again.waiting)) == (2, 1)


async def test_the_demo_has_a_notice_sent_to_building_1_and_a_monthly_one_scheduled(
    demo: Sandbox,
) -> None:
    staff = cast.STAFF.tg_id
    await demo.sim.wait_for(cast.WANG_FANG.tg_id, contains="停水", timeout=10)
    await demo.sim.wait_for(cast.ZHANG_WEI.tg_id, contains="停水", timeout=10)
    recent, planned = await demo.services.broadcasts.listing(staff)
    assert [r.broadcast.recipients for r in recent] == [2]  # the two residents of 1号楼
    assert len(planned) == 1 and planned[0].repeat is not None
    await seeding.seed(demo.services, demo.sim)
    again_recent, again_planned = await demo.services.broadcasts.listing(staff)
    assert len(again_recent) == 1 and len(again_planned) == 1
    assert not [m for m in demo.sim.bot_messages(cast.LI_XIUYING.tg_id) if "停水" in m.content]
