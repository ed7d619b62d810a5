"""Councils, their members, agenda, attendance and the follow-up actions of agreed topics.

A topic stands on one undecided agenda at a time (a partial UNIQUE index), so two staff
filling the agenda at once cannot put it on twice; a decision is an UPDATE guarded by
`decision IS NULL`, so a double tap records it once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.councils import (
    AgendaItem,
    Council,
    CouncilStatus,
    Decision,
    TopicAction,
)
from bot.models.notices import Repeat
from storage import topics as topics_repo
from storage.rows import parse_ts, ts

_COUNCIL_TIMES = ("starts_at", "agenda_sent_at", "created_at", "held_at")


def _council(row: aiosqlite.Row) -> Council:
    data: dict[str, Any] = dict(row)
    for name in _COUNCIL_TIMES:
        data[name] = parse_ts(data[name])
    data["repeat"] = Repeat.model_validate_json(data["repeat"]) if data["repeat"] else None
    return Council.model_validate(data)


async def insert(
    conn: aiosqlite.Connection,
    *,
    starts_at: datetime,
    place: str,
    repeat: Repeat | None,
    publish_days: int,
    created_by: int | None,
    now: datetime,
) -> Council:
    """Add a planned council and return it."""
    cur = await conn.execute(
        "INSERT INTO councils (starts_at, place, repeat, publish_days, status, created_by,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            ts(starts_at),
            place,
            repeat.model_dump_json() if repeat else None,
            publish_days,
            CouncilStatus.PLANNED.value,
            created_by,
            ts(now),
        ),
    )
    council = await get(conn, int(cur.lastrowid or 0))
    assert council is not None
    return council


async def get(conn: aiosqlite.Connection, council_id: int) -> Council | None:
    """Return one council, or None."""
    async with conn.execute("SELECT * FROM councils WHERE id = ?", (council_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _council(row)


async def next_planned(conn: aiosqlite.Connection) -> Council | None:
    """Return the earliest council not yet held, or None."""
    async with conn.execute(
        "SELECT * FROM councils WHERE status = ? ORDER BY starts_at, id LIMIT 1",
        (CouncilStatus.PLANNED.value,),
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else _council(row)


async def last_held(conn: aiosqlite.Connection) -> Council | None:
    """Return the council held most recently, or None."""
    async with conn.execute(
        "SELECT * FROM councils WHERE status = ? ORDER BY starts_at DESC, id DESC LIMIT 1",
        (CouncilStatus.HELD.value,),
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else _council(row)


async def update(conn: aiosqlite.Connection, council_id: int, **fields: object) -> None:
    """Change some columns of a council (names are ours, never a person's input)."""
    allowed = {"starts_at", "place", "repeat", "publish_days", "status", "agenda_sent_at"}
    allowed |= {"held_at"}
    if not fields or set(fields) - allowed:
        raise ValueError(f"unknown council fields: {sorted(set(fields) - allowed)}")
    values: list[object] = []
    for value in fields.values():
        if isinstance(value, datetime):
            value = ts(value)
        elif isinstance(value, Repeat):
            value = value.model_dump_json()
        elif isinstance(value, CouncilStatus):
            value = value.value
        values.append(value)
    sets = ", ".join(f"{name} = ?" for name in fields)
    await conn.execute(f"UPDATE councils SET {sets} WHERE id = ?", (*values, council_id))


async def mark_held(conn: aiosqlite.Connection, council_id: int, now: datetime) -> bool:
    """Mark a planned council held; False when it was already."""
    cur = await conn.execute(
        "UPDATE councils SET status = ?, held_at = ? WHERE id = ? AND status = ?",
        (CouncilStatus.HELD.value, ts(now), council_id, CouncilStatus.PLANNED.value),
    )
    return cur.rowcount == 1


# ---- members ---------------------------------------------------------------------------------


async def add_member(
    conn: aiosqlite.Connection, person_id: int, kind: str, added_by: int, now: datetime
) -> bool:
    """Seat a leader or representative; False when they sit already."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO council_members (person_id, kind, added_by, added_at)"
        " VALUES (?, ?, ?, ?)",
        (person_id, kind, added_by, ts(now)),
    )
    return cur.rowcount == 1


async def remove_member(conn: aiosqlite.Connection, person_id: int) -> bool:
    """Unseat a member; False when they did not sit."""
    cur = await conn.execute("DELETE FROM council_members WHERE person_id = ?", (person_id,))
    return cur.rowcount == 1


async def members(conn: aiosqlite.Connection) -> list[tuple[int, str]]:
    """Return the chosen members as (person id, kind), in the order they were seated."""
    async with conn.execute(
        "SELECT person_id, kind FROM council_members ORDER BY added_at, person_id"
    ) as cur:
        return [(int(r[0]), str(r[1])) for r in await cur.fetchall()]


async def people_named(conn: aiosqlite.Connection, words: str, limit: int) -> list[int]:
    """Return registered people whose name holds the words (short Chinese names included)."""
    async with conn.execute(
        "SELECT id FROM people WHERE registered = 1 AND erased = 0 AND name LIKE ?"
        " ORDER BY name, id LIMIT ?",
        (f"%{words}%", limit),
    ) as cur:
        return [int(r[0]) for r in await cur.fetchall()]


async def keenest_supporters(conn: aiosqlite.Connection, limit: int) -> list[int]:
    """Return the registered residents who back the most topics, most first: the people
    list staff pick representatives from."""
    async with conn.execute(
        "SELECT p.id FROM people p JOIN topic_supports s ON s.person_id = p.id"
        " WHERE p.registered = 1 AND p.erased = 0"
        " AND p.id NOT IN (SELECT person_id FROM council_members)"
        " GROUP BY p.id ORDER BY COUNT(*) DESC, p.id LIMIT ?",
        (limit,),
    ) as cur:
        return [int(r[0]) for r in await cur.fetchall()]


# ---- agenda ----------------------------------------------------------------------------------


async def agenda(conn: aiosqlite.Connection, council_id: int) -> list[AgendaItem]:
    """Return a council's agenda in staff's order, with supporter counts and decisions."""
    async with conn.execute(
        "SELECT a.topic_id, a.position, a.decision, a.decision_text,"
        " (SELECT COUNT(*) FROM topic_supports s WHERE s.topic_id = a.topic_id) AS n"
        " FROM council_agenda a WHERE a.council_id = ? ORDER BY a.position, a.topic_id",
        (council_id,),
    ) as cur:
        rows = await cur.fetchall()
    items = []
    for row in rows:
        topic = await topics_repo.get(conn, int(row["topic_id"]))
        assert topic is not None
        items.append(
            AgendaItem(
                topic=topic,
                position=int(row["position"]),
                supporters=int(row["n"]),
                decision=Decision(row["decision"]) if row["decision"] else None,
                decision_text=row["decision_text"],
            )
        )
    return items


async def add_to_agenda(
    conn: aiosqlite.Connection, council_id: int, topic_id: int, position: int
) -> bool:
    """Put a topic on the agenda; False when it stands on an undecided agenda already."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO council_agenda (council_id, topic_id, position) VALUES (?, ?, ?)",
        (council_id, topic_id, position),
    )
    return cur.rowcount == 1


async def set_position(
    conn: aiosqlite.Connection, council_id: int, topic_id: int, position: int
) -> None:
    """Move one agenda line to a position."""
    await conn.execute(
        "UPDATE council_agenda SET position = ? WHERE council_id = ? AND topic_id = ?",
        (position, council_id, topic_id),
    )


async def decide(
    conn: aiosqlite.Connection,
    council_id: int,
    topic_id: int,
    *,
    decision: Decision,
    text: str,
    by: int,
    now: datetime,
) -> bool:
    """Record the decision on an agenda topic; False when it was recorded already."""
    cur = await conn.execute(
        "UPDATE council_agenda SET decision = ?, decision_text = ?, decided_by = ?,"
        " decided_at = ? WHERE council_id = ? AND topic_id = ? AND decision IS NULL",
        (decision.value, text, by, ts(now), council_id, topic_id),
    )
    return cur.rowcount == 1


# ---- attendance ------------------------------------------------------------------------------


async def add_code(conn: aiosqlite.Connection, council_id: int, person_id: int, code: str) -> bool:
    """Give a member a check-in code for a council; False when they have one (or it clashed)."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO council_attendance (council_id, person_id, code) VALUES (?, ?, ?)",
        (council_id, person_id, code),
    )
    return cur.rowcount == 1


async def code_of(conn: aiosqlite.Connection, council_id: int, person_id: int) -> str | None:
    """Return a member's check-in code for a council, or None."""
    async with conn.execute(
        "SELECT code FROM council_attendance WHERE council_id = ? AND person_id = ?",
        (council_id, person_id),
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else str(row[0])


async def by_code(conn: aiosqlite.Connection, code: str) -> tuple[int, int] | None:
    """Return (council id, person id) a check-in code belongs to, or None."""
    async with conn.execute(
        "SELECT council_id, person_id FROM council_attendance WHERE code = ?", (code,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


async def check_in(
    conn: aiosqlite.Connection, council_id: int, person_id: int, by: int, now: datetime
) -> bool:
    """Record an arrival; False when the person was checked in already."""
    cur = await conn.execute(
        "UPDATE council_attendance SET checked_in_at = ?, checked_in_by = ?"
        " WHERE council_id = ? AND person_id = ? AND checked_in_at IS NULL",
        (ts(now), by, council_id, person_id),
    )
    return cur.rowcount == 1


async def attended(conn: aiosqlite.Connection, council_id: int) -> int:
    """Return how many have checked in at a council."""
    async with conn.execute(
        "SELECT COUNT(*) FROM council_attendance WHERE council_id = ? AND checked_in_at IS NOT NULL",
        (council_id,),
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


# ---- follow-up actions -----------------------------------------------------------------------

_ACTION_TIMES = ("due_at", "created_at", "done_at")


def _action(row: aiosqlite.Row) -> TopicAction:
    data: dict[str, Any] = dict(row)
    for name in _ACTION_TIMES:
        data[name] = parse_ts(data[name])
    return TopicAction.model_validate(data)


async def add_action(
    conn: aiosqlite.Connection,
    *,
    topic_id: int,
    council_id: int,
    owner_id: int,
    due_at: datetime,
    now: datetime,
    request_id: int | None = None,
    task_id: int | None = None,
) -> TopicAction | None:
    """Record a follow-up request or task of an agreed topic; None when it is recorded."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO topic_actions (topic_id, council_id, request_id, task_id,"
        " owner_id, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (topic_id, council_id, request_id, task_id, owner_id, ts(due_at), ts(now)),
    )
    if cur.rowcount != 1:
        return None
    return await action(conn, int(cur.lastrowid or 0))


async def action(conn: aiosqlite.Connection, action_id: int) -> TopicAction | None:
    """Return one follow-up action, or None."""
    async with conn.execute("SELECT * FROM topic_actions WHERE id = ?", (action_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _action(row)


async def actions_of(conn: aiosqlite.Connection, topic_id: int) -> list[TopicAction]:
    """Return a topic's follow-up actions, oldest first."""
    async with conn.execute(
        "SELECT * FROM topic_actions WHERE topic_id = ? ORDER BY id", (topic_id,)
    ) as cur:
        return [_action(row) for row in await cur.fetchall()]


_CARRIERS = {"request": "request_id", "task": "task_id"}


async def action_of(conn: aiosqlite.Connection, kind: str, ref_id: int) -> TopicAction | None:
    """Return the action a request or task ("request" / "task") carries, or None."""
    column = _CARRIERS[kind]
    async with conn.execute(f"SELECT * FROM topic_actions WHERE {column} = ?", (ref_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _action(row)


async def finish_action(
    conn: aiosqlite.Connection, kind: str, ref_id: int, now: datetime
) -> TopicAction | None:
    """Mark the action a request or task carries done; None when it is none or was done."""
    column = _CARRIERS[kind]
    cur = await conn.execute(
        f"UPDATE topic_actions SET done_at = ? WHERE {column} = ? AND done_at IS NULL",
        (ts(now), ref_id),
    )
    return await action_of(conn, kind, ref_id) if cur.rowcount == 1 else None


async def open_actions(conn: aiosqlite.Connection, topic_id: int) -> int:
    """Return how many of a topic's actions are not done."""
    async with conn.execute(
        "SELECT COUNT(*) FROM topic_actions WHERE topic_id = ? AND done_at IS NULL", (topic_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0
