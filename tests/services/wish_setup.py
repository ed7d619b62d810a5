"""Shared setup for the wish tests: residents, staff, volunteers, partners, a published wish."""

from __future__ import annotations

from datetime import datetime

from bot.models.outbox import OutboxMessage, Priority
from bot.models.people import Role
from bot.models.wishes import NewWish
from bot.services import Services
from storage import people as people_repo
from tests.conftest import ADMIN_TG, add_resident, add_staff

RESIDENT, OTHER_RESIDENT, STAFF = 21, 22, 23
HELPERS = list(range(40, 50))
HANDOVER = "Meet Ms Zhou at the service station, Tuesday 3pm"


async def make_volunteer(services: Services, tg_id: int, name: str) -> None:
    """Make a volunteer in test setup only: a registered resident given the volunteer role."""
    await add_resident(services, tg_id, name, unit=f"9-{tg_id}", phone=None)
    async with services.env.db.transaction() as conn:
        person = await people_repo.by_tg(conn, tg_id)
        assert person is not None
        await people_repo.update(conn, person.id, role=Role.VOLUNTEER)


async def setup_people(services: Services) -> Services:
    """A resident with name, unit and phone; another resident; a staff member; ten volunteers."""
    await add_resident(services, RESIDENT, "Wang Fang", unit="2-301", phone="+86 138 0000 1111")
    await add_resident(services, OTHER_RESIDENT, "Li Ming", unit="3-101")
    await add_staff(services, STAFF, "Staff Zhou")
    for number, tg_id in enumerate(HELPERS):
        await make_volunteer(services, tg_id, f"Helper {number}")
    return services


async def file_wish(
    services: Services,
    key: str = "test:1",
    *,
    by_when: datetime | None = None,
    show_building: bool = False,
    category: str = "study",
) -> int:
    """File a wish as the resident and return its id."""
    wish, _ = await services.wishes.file(
        RESIDENT,
        new=NewWish(
            category=category,
            text="A school bag for my daughter",
            by_when=by_when,
            show_building=show_building,
        ),
        source_key=key,
    )
    return wish.id


async def published_wish(services: Services, key: str = "test:1", **extra: object) -> int:
    """File a wish and have staff approve it with a meeting place to share."""
    wish_id = await file_wish(services, key, **extra)  # type: ignore[arg-type]
    await services.wish_desk.approve(ADMIN_TG, wish_id, HANDOVER)
    return wish_id


async def queued_to(services: Services, tg_id: int, bulk: bool = False) -> list[OutboxMessage]:
    """Return the messages queued for a chat (personal ones, and bulk ones too if asked)."""
    return [
        m
        for m in await services.outbox.due(10_000)
        if m.chat_id == tg_id and (bulk or m.priority == Priority.PERSONAL)
    ]
