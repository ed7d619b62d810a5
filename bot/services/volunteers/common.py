"""What the volunteer, task and reward services share: areas, matching, the acting volunteer."""

from __future__ import annotations

import aiosqlite

from bot.errors import NotAllowed
from bot.models.people import Building, Person
from bot.models.volunteers import Task, Volunteer
from bot.services.env import ServiceEnv
from storage import community as community_repo
from storage import volunteers as volunteers_repo


def area_codes(buildings: list[Building]) -> list[str]:
    """Return every area one can choose: each building, then each grid."""
    grids = sorted({b.grid for b in buildings if b.grid})
    return [f"b:{b.name}" for b in buildings] + [f"g:{g}" for g in grids]


def area_name(code: str) -> str:
    """Return the area as shown: the building or grid name without its prefix."""
    return code.split(":", 1)[1] if ":" in code else code


def _grid_of(buildings: list[Building]) -> dict[str, str | None]:
    return {b.name: b.grid for b in buildings}


def area_matches(task_area: str | None, areas: list[str], buildings: list[Building]) -> bool:
    """Return True when a task's area is one the volunteer covers (no area: anywhere)."""
    if not task_area or not areas:
        return True
    if task_area in areas:
        return True
    grid_of = _grid_of(buildings)
    kind, name = task_area.split(":", 1)
    if kind == "b":
        return f"g:{grid_of.get(name)}" in areas
    return any(a.startswith("b:") and grid_of.get(a[2:]) == name for a in areas)


def matches(task: Task, volunteer: Volunteer, buildings: list[Building]) -> bool:
    """Return True when the task's area and skills fit the volunteer."""
    if task.skills and not set(task.skills) & set(volunteer.skills):
        return False
    return area_matches(task.area, volunteer.areas, buildings)


async def buildings_of(conn: aiosqlite.Connection) -> list[Building]:
    """Return the community's buildings (with their grids)."""
    return await community_repo.buildings(conn)


async def active_volunteer(
    env: ServiceEnv, conn: aiosqlite.Connection, tg_id: int
) -> tuple[Person, Volunteer]:
    """Return the acting approved volunteer, or raise NotAllowed with a kind explanation."""
    person = await env.person(conn, tg_id)
    volunteer = await volunteers_repo.get(conn, person.id)
    if volunteer is None or not volunteer.active:
        key = "error-volunteer-paused" if volunteer and volunteer.status == "paused" else None
        raise NotAllowed(key or "error-not-volunteer")
    return person, volunteer
