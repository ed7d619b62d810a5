"""The demo's volunteer: approved, with an open patrol, a claimed task, points and rewards."""

from __future__ import annotations

import aiohttp

from bot.models.people import Role
from bot.models.volunteers import VolunteerStatus
from sandbox.web import cast
from sandbox.web import demo as seeding
from sandbox.web.runner import Sandbox
from tests.sandbox.helpers import get


async def test_the_demo_has_a_volunteer_of_building_3_with_tasks_and_points(
    demo: Sandbox,
) -> None:
    services, tg_id = demo.services, cast.LIU_YANG.tg_id
    person = await services.people.get(tg_id)
    assert person is not None and person.role == Role.VOLUNTEER and person.building == "3号楼"
    me = await services.volunteers.me(tg_id)
    assert me is not None and me.status == VolunteerStatus.APPROVED
    views = await services.tasks.open_tasks(tg_id)
    assert {v.task.title for v in views} == {
        "Evening patrol 晚间巡逻",
        "Environment watch 环境巡查",
    }
    assert all(v.matches for v in views)
    assert [v.task.title for v in views if v.mine is not None] == ["Environment watch 环境巡查"]
    assert (await services.love_bank.my_points(tg_id)).balance == 20
    assert len(await services.rewards.catalogue(tg_id)) == 3
    keyboard = await demo.sim.wait_for(tg_id, predicate=lambda m: m.reply_keyboard is not None)
    assert keyboard is not None


async def test_seeding_the_volunteers_again_adds_nothing_twice(demo: Sandbox) -> None:
    services, tg_id = demo.services, cast.LIU_YANG.tg_id
    await seeding.seed(services, demo.sim)
    assert len(await services.tasks.open_tasks(tg_id)) == 2
    person = await services.people.get(tg_id)
    assert person is not None
    assert len(await services.love_bank.history(person.id)) == 1
    assert len(await services.rewards.catalogue(tg_id)) == 3


async def test_the_page_labels_the_demo_volunteer_and_keeps_them_out_of_the_staff_room(
    demo: Sandbox,
) -> None:
    async with aiohttp.ClientSession(demo.url) as web:
        people = {p["id"]: p for p in (await get(web, "/api/people"))["people"]}
        chats = (await get(web, f"/api/people/{cast.LIU_YANG.tg_id}/chats"))["chats"]
    assert people[cast.LIU_YANG.tg_id]["role"] == "volunteer"
    assert people[cast.TOM_BAKER.tg_id]["role"] == "resident"
    assert [chat["id"] for chat in chats] == [cast.LIU_YANG.tg_id]
    menu = demo.sim.reply_keyboard(cast.LIU_YANG.tg_id)
    assert menu is not None and menu[0] == ["🤝 任务", "🗓️ 我的任务", "🤝 认领心愿"]
