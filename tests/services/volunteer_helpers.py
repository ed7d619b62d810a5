"""Helpers for the volunteer, task and reward tests: approved volunteers and published tasks."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import ShiftedClock
from bot.models.volunteers import Application, TaskSpec
from bot.services import Services
from tests.conftest import ADMIN_TG, add_resident


async def make_volunteer(
    services: Services,
    tg_id: int,
    name: str = "Wang Fang",
    *,
    building: str = "1",
    skills: tuple[str, ...] = ("patrol",),
    areas: tuple[str, ...] = (),
) -> int:
    """Register a resident, apply and be approved; return their person id."""
    await add_resident(services, tg_id, name, building=building)
    application = Application(skills=list(skills), areas=list(areas), availability=["weekends"])
    volunteer = await services.volunteers.apply(tg_id, application)
    await services.volunteers.approve(ADMIN_TG, volunteer.person_id)
    return volunteer.person_id


async def make_task(
    services: Services,
    clock: ShiftedClock,
    *,
    hours_ahead: int = 48,
    needed: int = 3,
    points: int = 10,
    key: str = "test:1",
    **extra: object,
) -> int:
    """Publish a two-hour task `hours_ahead` from now; return its id."""
    start = clock.now() + timedelta(hours=hours_ahead)
    spec = TaskSpec(
        title="Evening patrol",
        place="North gate",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        needed=needed,
        points=points,
        **extra,
    )
    task, _ = await services.task_desk.create(ADMIN_TG, spec, source_key=key)
    return task.id
