"""Events and sign-ups: places are taken by conditional statements, so the database decides.

`take_places` only succeeds while the places fit; a sign-up row is unique per person and
event; offering, accepting and checking in are UPDATEs guarded by the expected status, and
their rowcount says whether this call won.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.events import (
    Audience,
    Event,
    EventSpec,
    EventStatus,
    RosterLine,
    Signup,
    SignupStatus,
)
from bot.models.people import Person
from storage.rows import dumps, loads, parse_ts, ts

ACTIVE = ("confirmed", "waiting", "offered")


def _event(row: aiosqlite.Row | dict[str, Any]) -> Event:
    data: dict[str, Any] = dict(row)
    for name in ("starts_at", "ends_at", "deadline", "created_at"):
        data[name] = parse_ts(data[name])
    data["buildings"] = loads(data["buildings"]) or []
    data["reminders"] = loads(data["reminders"]) or []
    return Event.model_validate(data)


def _signup(row: aiosqlite.Row) -> Signup:
    data: dict[str, Any] = {k: row[k] for k in row.keys() if k in Signup.model_fields}  # noqa: SIM118
    for name in ("offer_until", "created_at", "checked_in_at"):
        data[name] = parse_ts(data[name])
    return Signup.model_validate(data)


# ---- events ---------------------------------------------------------------------------------


async def insert_event(
    conn: aiosqlite.Connection,
    spec: EventSpec,
    deadline: datetime,
    created_by: int,
    now: datetime,
    source_key: str | None,
) -> Event:
    """Store a published event and return it."""
    cur = await conn.execute(
        "INSERT INTO events (title, description, starts_at, ends_at, place, capacity, deadline,"
        " audience, buildings, per_person, photo, reminders, offer_hours, created_by,"
        " created_at, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            spec.title,
            spec.description,
            ts(spec.starts_at),
            ts(spec.ends_at),
            spec.place,
            spec.capacity,
            ts(deadline),
            spec.audience.value,
            dumps(spec.buildings),
            spec.per_person,
            spec.photo,
            dumps(spec.reminders),
            spec.offer_hours,
            created_by,
            ts(now),
            source_key,
        ),
    )
    event = await get(conn, int(cur.lastrowid or 0))
    assert event is not None
    return event


async def get(conn: aiosqlite.Connection, event_id: int) -> Event | None:
    """Return the event with this id."""
    async with conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)) as cur:
        row = await cur.fetchone()
    return _event(row) if row else None


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Event | None:
    """Return the event made from this source (a form), if it was made."""
    async with conn.execute("SELECT * FROM events WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return _event(row) if row else None


async def upcoming(conn: aiosqlite.Connection, now: datetime, limit: int) -> list[Event]:
    """Return published events that have not started, soonest first."""
    async with conn.execute(
        "SELECT * FROM events WHERE status = 'published' AND starts_at > ?"
        " ORDER BY starts_at, id LIMIT ?",
        (ts(now), limit),
    ) as cur:
        return [_event(r) for r in await cur.fetchall()]


async def update(conn: aiosqlite.Connection, event_id: int, **fields: object) -> None:
    """Set columns of one event (names come from code, never from input)."""
    allowed = {
        "title",
        "description",
        "starts_at",
        "ends_at",
        "place",
        "capacity",
        "deadline",
        "status",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown event fields: {sorted(unknown)}")
    values = [
        ts(v) if isinstance(v, datetime) else v.value if isinstance(v, EventStatus) else v
        for v in fields.values()
    ]
    assignments = ", ".join(f"{name} = ?" for name in fields)
    await conn.execute(f"UPDATE events SET {assignments} WHERE id = ?", (*values, event_id))


async def take_places(conn: aiosqlite.Connection, event_id: int, places: int) -> bool:
    """Hold `places` if they fit under the capacity; False when they do not."""
    cur = await conn.execute(
        "UPDATE events SET taken = taken + ? WHERE id = ? AND status = 'published'"
        " AND (capacity IS NULL OR taken + ? <= capacity)",
        (places, event_id, places),
    )
    return cur.rowcount == 1


async def release_places(conn: aiosqlite.Connection, event_id: int, places: int) -> None:
    """Give places back."""
    await conn.execute(
        "UPDATE events SET taken = MAX(0, taken - ?) WHERE id = ?", (places, event_id)
    )


async def set_capacity(conn: aiosqlite.Connection, event_id: int, capacity: int | None) -> bool:
    """Change the capacity unless fewer places than are held; False when it would be."""
    cur = await conn.execute(
        "UPDATE events SET capacity = ? WHERE id = ? AND (? IS NULL OR taken <= ?)",
        (capacity, event_id, capacity, capacity),
    )
    return cur.rowcount == 1


# ---- sign-ups -------------------------------------------------------------------------------


async def signup_of(conn: aiosqlite.Connection, event_id: int, person_id: int) -> Signup | None:
    """Return the person's sign-up row for the event (of any status)."""
    async with conn.execute(
        "SELECT * FROM signups WHERE event_id = ? AND person_id = ?", (event_id, person_id)
    ) as cur:
        row = await cur.fetchone()
    return _signup(row) if row else None


async def signup(conn: aiosqlite.Connection, signup_id: int) -> Signup | None:
    """Return the sign-up with this id."""
    async with conn.execute("SELECT * FROM signups WHERE id = ?", (signup_id,)) as cur:
        row = await cur.fetchone()
    return _signup(row) if row else None


async def by_code(conn: aiosqlite.Connection, code: str) -> Signup | None:
    """Return the sign-up with this check-in code."""
    async with conn.execute("SELECT * FROM signups WHERE code = ?", (code,)) as cur:
        row = await cur.fetchone()
    return _signup(row) if row else None


async def put_signup(
    conn: aiosqlite.Connection,
    event_id: int,
    person_id: int,
    places: int,
    status: SignupStatus,
    now: datetime,
) -> Signup | None:
    """Add the person to the event at the end of its order, or revive their old row.

    None when they already hold an active sign-up: the UNIQUE (event, person) row refuses a
    second one, whatever the caller believed.
    """
    cur = await conn.execute(
        "INSERT INTO signups (event_id, person_id, places, status, seq, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM signups WHERE event_id = ?),"
        " ?, ?)"
        " ON CONFLICT (event_id, person_id) DO UPDATE SET places = excluded.places,"
        " status = excluded.status, seq = excluded.seq, code = NULL, offer_until = NULL,"
        " created_at = excluded.created_at, updated_at = excluded.updated_at,"
        " checked_in_at = NULL, checked_in_by = NULL"
        " WHERE signups.status NOT IN ('confirmed', 'waiting', 'offered')",
        (event_id, person_id, places, status.value, event_id, ts(now), ts(now)),
    )
    if cur.rowcount != 1:
        return None
    return await signup_of(conn, event_id, person_id)


async def set_code(conn: aiosqlite.Connection, signup_id: int, code: str) -> bool:
    """Give the sign-up its check-in code; False when another sign-up has that code."""
    try:
        await conn.execute("UPDATE signups SET code = ? WHERE id = ?", (code, signup_id))
    except sqlite3.IntegrityError:
        return False
    return True


async def move(
    conn: aiosqlite.Connection,
    signup_id: int,
    before: Iterable[SignupStatus],
    after: SignupStatus,
    now: datetime,
    *,
    offer_until: datetime | None = None,
) -> bool:
    """Change a sign-up's status only if it is still in one of `before`; True when it moved."""
    expected = [s.value for s in before]
    marks = ", ".join("?" for _ in expected)
    cur = await conn.execute(
        f"UPDATE signups SET status = ?, offer_until = ?, updated_at = ?"
        f" WHERE id = ? AND status IN ({marks})",
        (after.value, ts(offer_until), ts(now), signup_id, *expected),
    )
    return cur.rowcount == 1


async def accept_offer(conn: aiosqlite.Connection, signup_id: int, now: datetime) -> bool:
    """Turn an offer still open into a confirmed place; False when it is gone or too late."""
    cur = await conn.execute(
        "UPDATE signups SET status = 'confirmed', offer_until = NULL, updated_at = ?"
        " WHERE id = ? AND status = 'offered' AND offer_until > ?",
        (ts(now), signup_id, ts(now)),
    )
    return cur.rowcount == 1


async def first_waiting(
    conn: aiosqlite.Connection, event_id: int, free: int | None
) -> Signup | None:
    """Return the first in line whose places fit into `free` (None: unlimited)."""
    async with conn.execute(
        "SELECT * FROM signups WHERE event_id = ? AND status = 'waiting'"
        " AND (? IS NULL OR places <= ?) ORDER BY seq LIMIT 1",
        (event_id, free, free),
    ) as cur:
        row = await cur.fetchone()
    return _signup(row) if row else None


async def position(conn: aiosqlite.Connection, signup: Signup) -> int:
    """Return where a waiting sign-up stands in the line (1 is next)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM signups WHERE event_id = ? AND status = 'waiting' AND seq <= ?",
        (signup.event_id, signup.seq),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def waiting_count(conn: aiosqlite.Connection, event_id: int) -> int:
    """Return how many people wait for a place."""
    async with conn.execute(
        "SELECT COUNT(*) FROM signups WHERE event_id = ? AND status = 'waiting'", (event_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def of_event(
    conn: aiosqlite.Connection, event_id: int, statuses: Iterable[SignupStatus]
) -> list[RosterLine]:
    """Return the event's sign-ups in these statuses with their people, in order."""
    wanted = [s.value for s in statuses]
    marks = ", ".join("?" for _ in wanted)
    async with conn.execute(
        "SELECT s.*, p.name AS p_name, p.building AS p_building, p.unit AS p_unit,"
        " p.phone AS p_phone FROM signups s JOIN people p ON p.id = s.person_id"
        f" WHERE s.event_id = ? AND s.status IN ({marks}) ORDER BY s.seq",
        (event_id, *wanted),
    ) as cur:
        rows = await cur.fetchall()
    return [
        RosterLine(
            signup=_signup(r),
            name=r["p_name"],
            building=r["p_building"],
            unit=r["p_unit"],
            phone=r["p_phone"],
        )
        for r in rows
    ]


async def of_person(
    conn: aiosqlite.Connection, person_id: int, now: datetime
) -> list[tuple[Event, Signup]]:
    """Return the person's active sign-ups for events that have not ended, soonest first."""
    async with conn.execute(
        "SELECT s.id AS signup_id, e.* FROM signups s JOIN events e ON e.id = s.event_id"
        " WHERE s.person_id = ? AND s.status IN ('confirmed', 'waiting', 'offered')"
        " AND e.status = 'published' AND e.ends_at > ? ORDER BY e.starts_at, e.id",
        (person_id, ts(now)),
    ) as cur:
        rows = await cur.fetchall()
    found = []
    for row in rows:
        mine = await signup(conn, int(row["signup_id"]))
        data = {k: row[k] for k in row.keys() if k != "signup_id"}  # noqa: SIM118
        if mine is not None:
            found.append((_event(data), mine))
    return found


async def check_in(
    conn: aiosqlite.Connection, signup_id: int, staff_id: int, now: datetime
) -> bool:
    """Record arrival once; False when already checked in or not confirmed."""
    cur = await conn.execute(
        "UPDATE signups SET checked_in_at = ?, checked_in_by = ?"
        " WHERE id = ? AND status = 'confirmed' AND checked_in_at IS NULL",
        (ts(now), staff_id, signup_id),
    )
    return cur.rowcount == 1


async def audience(
    conn: aiosqlite.Connection, audience: Audience, buildings: list[str]
) -> list[Person]:
    """Return the people an event is announced to: registered, reachable, in its audience."""
    query = (
        "SELECT * FROM people WHERE registered = 1 AND erased = 0 AND unreachable = 0"
        " AND tg_id IS NOT NULL"
    )
    args: list[object] = []
    if audience == Audience.BUILDINGS:
        query += f" AND building IN ({', '.join('?' for _ in buildings) or 'NULL'})"
        args.extend(buildings)
    elif audience == Audience.VOLUNTEERS:
        query += " AND role = 'volunteer'"
    async with conn.execute(query + " ORDER BY id", args) as cur:
        rows = await cur.fetchall()
    return [
        Person.model_validate({**dict(r), "created_at": parse_ts(r["created_at"])}) for r in rows
    ]


async def schedule(conn: aiosqlite.Connection, kind: str, ref_id: int, due_at: datetime) -> None:
    """Schedule due work, arming again a row of the same time that was cancelled before.

    An event moved away and back must get its reminder again; storage.due.add would keep the
    old, cancelled row.
    """
    await conn.execute(
        "INSERT INTO due_work (kind, ref_id, due_at) VALUES (?, ?, ?)"
        " ON CONFLICT (kind, ref_id, due_at) DO UPDATE SET done_at = NULL",
        (kind, ref_id, ts(due_at)),
    )
