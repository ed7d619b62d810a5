"""The demo's volunteers: 刘洋 of 3号楼 volunteers, with an open weekly patrol, a task he
claimed, love-bank points and a small reward catalogue. Made through the real services and
safe to run again (sources and checks find what an earlier start made).
"""

from __future__ import annotations

import contextlib
from datetime import datetime, time, timedelta

from bot.errors import Conflict
from bot.models.volunteers import Application, TaskSpec, VolunteerStatus
from bot.services import Services
from sandbox.web import cast

HOME = ("3号楼", "2-602")
REWARDS = (("Rice 5 kg 大米", 30, 5), ("Umbrella 雨伞", 15, 3), ("Towel 毛巾", 5, 10))


async def make_volunteer(services: Services) -> int:
    """Register 刘洋 and have the staff member approve his application; return his id."""
    member, staff = cast.LIU_YANG, cast.STAFF.tg_id
    await services.people.touch(member.tg_id, member.full_name, member.language)
    await services.people.register(member.tg_id, member.full_name, *HOME, member.phone)
    me = await services.volunteers.me(member.tg_id)
    if me is None:
        application = Application(
            skills=["patrol", "environment"],
            skills_other="会一点急救",
            areas=[f"b:{HOME[0]}"],
            availability=["weekends", "evenings"],
        )
        me = await services.volunteers.apply(member.tg_id, application)
    if me.status == VolunteerStatus.APPLIED:
        me = await services.volunteers.approve(staff, me.person_id)
    await services.volunteers.set_honours(member.tg_id, True)
    return me.person_id


async def publish_tasks(services: Services) -> None:
    """Publish a weekly patrol (open) and an environment watch 刘洋 claimed."""
    zone = services.env.settings.zone
    today = services.env.clock.now().astimezone(zone).date()
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    patrol_start = datetime.combine(saturday, time(19, 0), zone)
    watch_start = datetime.combine(today + timedelta(days=2), time(9, 0), zone)
    specs = {
        "demo:task:patrol": TaskSpec(
            title="Evening patrol 晚间巡逻",
            description="Walk the paths of 3号楼 with a torch; report broken lights.",
            place="3号楼 north gate 北门",
            starts_at=patrol_start,
            ends_at=patrol_start + timedelta(hours=2),
            needed=3,
            points=10,
            area=f"b:{HOME[0]}",
            skills=["patrol"],
            weekly=True,
        ),
        "demo:task:watch": TaskSpec(
            title="Environment watch 环境巡查",
            description="Check the bins and the lawn around 3号楼.",
            place="3号楼",
            starts_at=watch_start,
            ends_at=watch_start + timedelta(hours=2),
            needed=2,
            points=5,
            skills=["environment"],
        ),
    }
    for key, spec in specs.items():
        task, _ = await services.task_desk.create(cast.STAFF.tg_id, spec, source_key=key)
        if key == "demo:task:watch":
            with contextlib.suppress(Conflict):  # a later start, after the task began
                await services.tasks.claim(cast.LIU_YANG.tg_id, task.id)


async def fill_love_bank(services: Services, person_id: int) -> None:
    """Award 刘洋 points once, and stock the reward catalogue once."""
    if not await services.love_bank.history(person_id):
        await services.love_bank.award(
            cast.STAFF.tg_id, person_id, 20, "Spring clean-up 春季大扫除"
        )
    if not await services.rewards.catalogue(cast.STAFF.tg_id):
        for name, cost, stock in REWARDS:
            await services.rewards.add(cast.STAFF.tg_id, name, cost, stock)


async def seed_volunteers(services: Services) -> None:
    """Seed the volunteer, the tasks and the love bank."""
    person_id = await make_volunteer(services)
    await publish_tasks(services)
    await fill_love_bank(services, person_id)
