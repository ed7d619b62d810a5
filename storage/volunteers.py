"""Volunteers and the skills list."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.people import Person
from bot.models.volunteers import Application, Skill, Volunteer, VolunteerStatus
from storage.rows import dumps, loads, parse_ts, ts

_SELECT = (
    "SELECT v.*, p.name AS name, p.building AS building FROM volunteers v"
    " JOIN people p ON p.id = v.person_id"
)


def _volunteer(row: aiosqlite.Row) -> Volunteer:
    data: dict[str, Any] = dict(row)
    for name in ("skills", "areas", "availability"):
        data[name] = loads(data[name]) or []
    for name in ("applied_at", "decided_at"):
        data[name] = parse_ts(data[name])
    return Volunteer.model_validate(data)


async def get(conn: aiosqlite.Connection, person_id: int) -> Volunteer | None:
    """Return the person's volunteer record."""
    async with conn.execute(_SELECT + " WHERE v.person_id = ?", (person_id,)) as cur:
        row = await cur.fetchone()
    return _volunteer(row) if row else None


async def save_application(
    conn: aiosqlite.Connection, person_id: int, application: Application, now: datetime
) -> None:
    """Store an application (a new one, or again after a decline or leaving)."""
    await conn.execute(
        "INSERT INTO volunteers (person_id, status, skills, skills_other, areas, availability,"
        " applied_at) VALUES (?, 'applied', ?, ?, ?, ?, ?)"
        " ON CONFLICT (person_id) DO UPDATE SET status = 'applied', skills = excluded.skills,"
        " skills_other = excluded.skills_other, areas = excluded.areas,"
        " availability = excluded.availability, applied_at = excluded.applied_at,"
        " decided_at = NULL, decided_by = NULL, reason = NULL, leads = NULL",
        (
            person_id,
            dumps(application.skills),
            application.skills_other,
            dumps(application.areas),
            dumps(application.availability),
            ts(now),
        ),
    )


async def move(
    conn: aiosqlite.Connection,
    person_id: int,
    before: tuple[VolunteerStatus, ...],
    after: VolunteerStatus,
    **fields: object,
) -> bool:
    """Change the status if it is one of `before`; False when it moved on meanwhile."""
    allowed = {"decided_at", "decided_by", "reason", "leads"}
    names = [n for n in fields if n in allowed]
    sets = "".join(f", {n} = ?" for n in names)
    values = [ts(v) if isinstance(v, datetime) else v for v in (fields[n] for n in names)]
    marks = ", ".join("?" for _ in before)
    cur = await conn.execute(
        f"UPDATE volunteers SET status = ?{sets} WHERE person_id = ? AND status IN ({marks})",
        (after.value, *values, person_id, *(s.value for s in before)),
    )
    return cur.rowcount == 1


async def set_leads(conn: aiosqlite.Connection, person_id: int, area: str | None) -> bool:
    """Make an approved volunteer the leader of an area (None: no longer a leader)."""
    cur = await conn.execute(
        "UPDATE volunteers SET leads = ? WHERE person_id = ? AND status IN ('approved', 'paused')",
        (area, person_id),
    )
    return cur.rowcount == 1


async def set_honours(conn: aiosqlite.Connection, person_id: int, consent: bool) -> bool:
    """Record whether the volunteer agrees to appear on the honours roll."""
    cur = await conn.execute(
        "UPDATE volunteers SET honours = ? WHERE person_id = ?", (consent, person_id)
    )
    return cur.rowcount == 1


async def with_status(
    conn: aiosqlite.Connection, statuses: tuple[VolunteerStatus, ...], limit: int = 200
) -> list[Volunteer]:
    """Return volunteers in these statuses, oldest application first."""
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        _SELECT + f" WHERE v.status IN ({marks}) ORDER BY v.applied_at, v.person_id LIMIT ?",
        (*(s.value for s in statuses), limit),
    ) as cur:
        return [_volunteer(r) for r in await cur.fetchall()]


async def skills(conn: aiosqlite.Connection, *, active_only: bool = True) -> list[Skill]:
    """Return the skills list in its order."""
    where = " WHERE active = 1" if active_only else ""
    async with conn.execute(f"SELECT * FROM skills{where} ORDER BY position, code") as cur:
        return [Skill.model_validate(dict(r)) for r in await cur.fetchall()]


async def add_skill(conn: aiosqlite.Connection, code: str, label: str) -> bool:
    """Add a skill at the end of the list; False when the code exists."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO skills (code, label, position)"
        " SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM skills",
        (code, label),
    )
    return cur.rowcount == 1


async def set_skill_active(conn: aiosqlite.Connection, code: str, active: bool) -> bool:
    """Show or hide a skill."""
    cur = await conn.execute("UPDATE skills SET active = ? WHERE code = ?", (active, code))
    return cur.rowcount == 1


async def registered_people(conn: aiosqlite.Connection) -> list[Person]:
    """Return everyone registered and reachable (the audience of the honours notice)."""
    async with conn.execute(
        "SELECT * FROM people WHERE registered = 1 AND erased = 0 AND unreachable = 0"
        " AND tg_id IS NOT NULL ORDER BY id"
    ) as cur:
        rows = await cur.fetchall()
    return [
        Person.model_validate(dict(r) | {"created_at": parse_ts(r["created_at"])}) for r in rows
    ]


async def leaders_of(conn: aiosqlite.Connection, area: str) -> list[Volunteer]:
    """Return the approved volunteers who lead this area."""
    async with conn.execute(
        _SELECT + " WHERE v.leads = ? AND v.status = 'approved' ORDER BY v.person_id", (area,)
    ) as cur:
        return [_volunteer(r) for r in await cur.fetchall()]
