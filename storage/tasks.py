"""Tasks, duty posts and volunteers' slots on them.

A slot is taken by `UPDATE tasks SET taken = taken + 1 WHERE ... taken < needed`, in the
same transaction as the slot row; its rowcount says whether this claim won.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.volunteers import Slot, SlotStatus, Task, TaskSpec
from storage.rows import dumps, loads, parse_ts, ts


def _task(row: aiosqlite.Row) -> Task:
    data: dict[str, Any] = dict(row)
    for name in ("starts_at", "ends_at", "created_at"):
        data[name] = parse_ts(data[name])
    data["skills"] = loads(data["skills"]) or []
    return Task.model_validate(data)


def _slot(row: aiosqlite.Row) -> Slot:
    data: dict[str, Any] = dict(row)
    for name in ("claimed_at", "released_at", "checked_in_at", "checked_out_at"):
        data[name] = parse_ts(data[name])
    return Slot.model_validate(data)


async def insert(
    conn: aiosqlite.Connection,
    spec: TaskSpec,
    *,
    owner_id: int | None,
    now: datetime,
    series_id: int | None = None,
    source_key: str | None = None,
) -> Task | None:
    """Store a task; None when this series already has a task at that start."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO tasks (title, description, place, starts_at, ends_at, needed,"
        " points, area, skills, weekly, series_id, release_hours, owner_id, created_at,"
        " source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            spec.title,
            spec.description,
            spec.place,
            ts(spec.starts_at),
            ts(spec.ends_at),
            spec.needed,
            spec.points,
            spec.area,
            dumps(spec.skills),
            spec.weekly,
            series_id,
            spec.release_hours,
            owner_id,
            ts(now),
            source_key,
        ),
    )
    if cur.rowcount != 1:
        return None
    task_id = int(cur.lastrowid or 0)
    if spec.weekly and series_id is None:
        await conn.execute("UPDATE tasks SET series_id = id WHERE id = ?", (task_id,))
    return await get(conn, task_id)


async def get(conn: aiosqlite.Connection, task_id: int) -> Task | None:
    """Return the task with this id."""
    async with conn.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)) as cur:
        row = await cur.fetchone()
    return _task(row) if row else None


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Task | None:
    """Return the task made from this source (a form), if it was made."""
    async with conn.execute("SELECT * FROM tasks WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return _task(row) if row else None


async def upcoming(conn: aiosqlite.Connection, now: datetime, limit: int) -> list[Task]:
    """Return open tasks that have not ended, soonest first."""
    async with conn.execute(
        "SELECT * FROM tasks WHERE status = 'open' AND ends_at > ? ORDER BY starts_at, id LIMIT ?",
        (ts(now), limit),
    ) as cur:
        return [_task(r) for r in await cur.fetchall()]


async def take_slot(conn: aiosqlite.Connection, task_id: int) -> bool:
    """Hold one more slot if the task still needs someone."""
    cur = await conn.execute(
        "UPDATE tasks SET taken = taken + 1 WHERE id = ? AND status = 'open' AND taken < needed",
        (task_id,),
    )
    return cur.rowcount == 1


async def free_slot(conn: aiosqlite.Connection, task_id: int) -> None:
    """Give one held slot back."""
    await conn.execute("UPDATE tasks SET taken = taken - 1 WHERE id = ? AND taken > 0", (task_id,))


_SLOT_SELECT = "SELECT s.*, p.name AS name FROM task_slots s JOIN people p ON p.id = s.person_id"


async def slot_of(conn: aiosqlite.Connection, task_id: int, person_id: int) -> Slot | None:
    """Return the person's slot on the task, whatever its status."""
    async with conn.execute(
        _SLOT_SELECT + " WHERE s.task_id = ? AND s.person_id = ?", (task_id, person_id)
    ) as cur:
        row = await cur.fetchone()
    return _slot(row) if row else None


async def claim(conn: aiosqlite.Connection, task_id: int, person_id: int, now: datetime) -> None:
    """Write the person's claimed slot (reusing a released one)."""
    await conn.execute(
        "INSERT INTO task_slots (task_id, person_id, status, claimed_at) VALUES (?, ?, 'claimed', ?)"
        " ON CONFLICT (task_id, person_id) DO UPDATE SET status = 'claimed',"
        " claimed_at = excluded.claimed_at, released_at = NULL",
        (task_id, person_id, ts(now)),
    )


async def set_slot(
    conn: aiosqlite.Connection,
    slot_id: int,
    before: tuple[SlotStatus, ...],
    after: SlotStatus,
    **fields: object,
) -> bool:
    """Move a slot from one of `before` to `after`, setting columns; False if it moved on."""
    allowed = {"released_at", "late_release", "checked_in_at", "checked_out_at", "confirmed_by"}
    names = [n for n in fields if n in allowed]
    sets = "".join(f", {n} = ?" for n in names)
    values = [ts(v) if isinstance(v, datetime) else v for v in (fields[n] for n in names)]
    marks = ", ".join("?" for _ in before)
    cur = await conn.execute(
        f"UPDATE task_slots SET status = ?{sets} WHERE id = ? AND status IN ({marks})",
        (after.value, *values, slot_id, *(s.value for s in before)),
    )
    return cur.rowcount == 1


async def check_in(conn: aiosqlite.Connection, slot_id: int, now: datetime) -> bool:
    """Record the arrival once."""
    cur = await conn.execute(
        "UPDATE task_slots SET checked_in_at = ? WHERE id = ? AND status = 'claimed'"
        " AND checked_in_at IS NULL",
        (ts(now), slot_id),
    )
    return cur.rowcount == 1


async def roster(conn: aiosqlite.Connection, task_id: int) -> list[Slot]:
    """Return every slot of the task (released ones too), in the order they were claimed."""
    async with conn.execute(
        _SLOT_SELECT + " WHERE s.task_id = ? ORDER BY s.claimed_at, s.id", (task_id,)
    ) as cur:
        return [_slot(r) for r in await cur.fetchall()]


async def of_person(
    conn: aiosqlite.Connection, person_id: int, since: datetime, limit: int
) -> list[tuple[Task, Slot]]:
    """Return the person's slots on tasks ending after `since`, soonest first."""
    async with conn.execute(
        "SELECT s.id AS slot_id FROM task_slots s JOIN tasks t ON t.id = s.task_id"
        " WHERE s.person_id = ? AND t.ends_at > ? ORDER BY t.starts_at, t.id LIMIT ?",
        (person_id, ts(since), limit),
    ) as cur:
        ids = [int(r[0]) for r in await cur.fetchall()]
    found = []
    for slot_id in ids:
        async with conn.execute(_SLOT_SELECT + " WHERE s.id = ?", (slot_id,)) as cur:
            row = await cur.fetchone()
        assert row is not None
        slot = _slot(row)
        task = await get(conn, slot.task_id)
        assert task is not None
        found.append((task, slot))
    return found


async def hours_between(
    conn: aiosqlite.Connection, since: datetime, until: datetime
) -> dict[int, float]:
    """Return the confirmed hours of service of each person on tasks starting in the span."""
    async with conn.execute(
        "SELECT s.person_id, s.checked_in_at, s.checked_out_at, t.starts_at, t.ends_at"
        " FROM task_slots s JOIN tasks t ON t.id = s.task_id"
        " WHERE s.status = 'came' AND t.starts_at >= ? AND t.starts_at < ?",
        (ts(since), ts(until)),
    ) as cur:
        rows = await cur.fetchall()
    hours: dict[int, float] = {}
    for row in rows:
        start = parse_ts(row["checked_in_at"] or row["starts_at"])
        end = parse_ts(row["checked_out_at"] or row["ends_at"])
        assert start is not None and end is not None
        spent = max((end - start).total_seconds(), 0) / 3600
        hours[int(row["person_id"])] = hours.get(int(row["person_id"]), 0.0) + spent
    return hours


_CHANGEABLE = {"place", "starts_at", "ends_at", "needed", "points", "status"}


async def update(conn: aiosqlite.Connection, task_id: int, **fields: object) -> bool:
    """Change a published task's time, place, places, points or status; False when the row
    is gone or fewer places than are taken would be left (the CHECK refuses it)."""
    unknown = set(fields) - _CHANGEABLE
    if unknown or not fields:
        raise ValueError(f"cannot change {sorted(unknown) or 'nothing'} on a task")
    values = [ts(v) if isinstance(v, datetime) else v for v in fields.values()]
    assignments = ", ".join(f"{name} = ?" for name in fields)
    try:
        cur = await conn.execute(f"UPDATE tasks SET {assignments} WHERE id = ?", [*values, task_id])
    except sqlite3.IntegrityError:
        return False
    return cur.rowcount == 1
