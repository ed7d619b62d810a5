"""Topics, their supporters and comments. "Me too" is an INSERT OR IGNORE on the primary key
(topic, person): the database, not Python, decides that a second press counts nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.topics import BoardTopic, NewTopic, Topic, TopicStatus
from storage.rows import parse_ts, ts

_TIMES = ("created_at", "reviewed_at")


def _topic(row: aiosqlite.Row | dict[str, Any]) -> Topic:
    data: dict[str, Any] = dict(row)
    data.pop("source_key", None)
    for name in _TIMES:
        data[name] = parse_ts(data[name])
    return Topic.model_validate(data)


async def insert(
    conn: aiosqlite.Connection,
    *,
    raiser_id: int,
    new: NewTopic,
    now: datetime,
    source_key: str,
    consent_note: str | None = None,
    filed_by: int | None = None,
) -> Topic:
    """Add a topic waiting for review and return it."""
    cur = await conn.execute(
        "INSERT INTO topics (raiser_id, text, voice_file_id, photo, building, show_name,"
        " status, consent_note, filed_by, created_at, source_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            raiser_id,
            new.text,
            new.voice_file_id,
            new.photo,
            new.building,
            new.show_name,
            TopicStatus.REVIEW.value,
            consent_note,
            filed_by,
            ts(now),
            source_key,
        ),
    )
    topic = await get(conn, int(cur.lastrowid or 0))
    assert topic is not None
    return topic


async def get(conn: aiosqlite.Connection, topic_id: int) -> Topic | None:
    """Return one topic, or None."""
    async with conn.execute("SELECT * FROM topics WHERE id = ?", (topic_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _topic(row)


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Topic | None:
    """Return the topic filed from one form, or None."""
    async with conn.execute("SELECT * FROM topics WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _topic(row)


async def set_status(
    conn: aiosqlite.Connection,
    topic_id: int,
    *,
    status: TopicStatus,
    before: tuple[TopicStatus, ...],
    reviewed_by: int,
    now: datetime,
    reason: str | None = None,
    merged_into: int | None = None,
) -> bool:
    """Move a topic on if it still stands in one of `before`; False when it moved already."""
    marks = ", ".join("?" for _ in before)
    cur = await conn.execute(
        "UPDATE topics SET status = ?, reviewed_by = ?, reviewed_at = ?, reason = ?,"
        f" merged_into = ? WHERE id = ? AND status IN ({marks})",
        (
            status.value,
            reviewed_by,
            ts(now),
            reason,
            merged_into,
            topic_id,
            *(b.value for b in before),
        ),
    )
    return cur.rowcount == 1


async def support(conn: aiosqlite.Connection, topic_id: int, person_id: int, now: datetime) -> bool:
    """Record a "Me too"; False when this person backs the topic already."""
    cur = await conn.execute(
        "INSERT OR IGNORE INTO topic_supports (topic_id, person_id, created_at) VALUES (?, ?, ?)",
        (topic_id, person_id, ts(now)),
    )
    return cur.rowcount == 1


async def unsupport(conn: aiosqlite.Connection, topic_id: int, person_id: int) -> bool:
    """Take a "Me too" back; False when there was none."""
    cur = await conn.execute(
        "DELETE FROM topic_supports WHERE topic_id = ? AND person_id = ?", (topic_id, person_id)
    )
    return cur.rowcount == 1


async def is_supporter(conn: aiosqlite.Connection, topic_id: int, person_id: int) -> bool:
    """Return True when the person backs the topic."""
    async with conn.execute(
        "SELECT 1 FROM topic_supports WHERE topic_id = ? AND person_id = ?",
        (topic_id, person_id),
    ) as cur:
        return await cur.fetchone() is not None


async def supporter_ids(conn: aiosqlite.Connection, topic_id: int) -> list[int]:
    """Return the people who back a topic, earliest first."""
    async with conn.execute(
        "SELECT person_id FROM topic_supports WHERE topic_id = ? ORDER BY created_at, person_id",
        (topic_id,),
    ) as cur:
        return [int(row[0]) for row in await cur.fetchall()]


async def count_supporters(conn: aiosqlite.Connection, topic_id: int) -> int:
    """Return how many back a topic."""
    async with conn.execute(
        "SELECT COUNT(*) FROM topic_supports WHERE topic_id = ?", (topic_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def move_supporters(conn: aiosqlite.Connection, source: int, target: int) -> None:
    """Carry a merged topic's supporters and comments over to the topic it went into."""
    await conn.execute(
        "INSERT OR IGNORE INTO topic_supports (topic_id, person_id, created_at)"
        " SELECT ?, person_id, created_at FROM topic_supports WHERE topic_id = ?",
        (target, source),
    )
    await conn.execute(
        "UPDATE topic_comments SET topic_id = ? WHERE topic_id = ?", (target, source)
    )


async def add_comment(
    conn: aiosqlite.Connection, topic_id: int, person_id: int, text: str, now: datetime
) -> int:
    """Add a comment to a topic and return its id."""
    cur = await conn.execute(
        "INSERT INTO topic_comments (topic_id, person_id, text, created_at) VALUES (?, ?, ?, ?)",
        (topic_id, person_id, text, ts(now)),
    )
    return int(cur.lastrowid or 0)


async def comments(conn: aiosqlite.Connection, topic_id: int) -> list[tuple[int, str]]:
    """Return a topic's comments as (person id, text), oldest first."""
    async with conn.execute(
        "SELECT person_id, text FROM topic_comments WHERE topic_id = ? ORDER BY id", (topic_id,)
    ) as cur:
        return [(int(row[0]), str(row[1])) for row in await cur.fetchall()]


# The council whose agenda holds the topic undecided (one at most: a partial unique index).
_COUNCIL_AT = (
    "(SELECT c.starts_at FROM council_agenda a JOIN councils c ON c.id = a.council_id"
    " WHERE a.topic_id = t.id AND a.decision IS NULL)"
)


async def council_at(conn: aiosqlite.Connection, topic_id: int) -> datetime | None:
    """Return when the council that will discuss the topic meets, or None."""
    async with conn.execute(
        f"SELECT {_COUNCIL_AT} FROM topics t WHERE t.id = ?", (topic_id,)
    ) as cur:
        row = await cur.fetchone()
    return parse_ts(row[0]) if row else None


async def board(
    conn: aiosqlite.Connection, building: str | None, reader_id: int, limit: int
) -> list[BoardTopic]:
    """Return the open topics of a building and of the whole community, most backed first."""
    open_statuses = [status.value for status in TopicStatus if status.is_open]
    marks = ", ".join("?" for _ in open_statuses)
    async with conn.execute(
        "SELECT t.*,"
        " (SELECT COUNT(*) FROM topic_supports s WHERE s.topic_id = t.id) AS n_support,"
        " EXISTS (SELECT 1 FROM topic_supports s WHERE s.topic_id = t.id AND s.person_id = ?)"
        f" AS is_mine, {_COUNCIL_AT} AS council_at FROM topics t WHERE t.status IN ({marks})"
        " AND (t.building IS NULL OR t.building = ?)"
        " ORDER BY n_support DESC, t.id LIMIT ?",
        (reader_id, *open_statuses, building, limit),
    ) as cur:
        rows = await cur.fetchall()
    found = []
    for row in rows:
        data = dict(row)
        count, mine = int(data.pop("n_support")), bool(data.pop("is_mine"))
        when = parse_ts(data.pop("council_at"))
        found.append(BoardTopic(topic=_topic(data), supporters=count, mine=mine, council_at=when))
    return found


async def by_raiser(conn: aiosqlite.Connection, raiser_id: int, limit: int) -> list[Topic]:
    """Return the topics a person raised, newest first."""
    async with conn.execute(
        "SELECT * FROM topics WHERE raiser_id = ? ORDER BY id DESC LIMIT ?", (raiser_id, limit)
    ) as cur:
        return [_topic(row) for row in await cur.fetchall()]


async def set_request(conn: aiosqlite.Connection, topic_id: int, request_id: int) -> None:
    """Record the request a topic became."""
    await conn.execute("UPDATE topics SET request_id = ? WHERE id = ?", (request_id, topic_id))


async def by_status(
    conn: aiosqlite.Connection, statuses: tuple[TopicStatus, ...], limit: int
) -> list[Topic]:
    """Return the topics in these statuses, oldest first (the staff's review list)."""
    marks = ", ".join("?" for _ in statuses)
    async with conn.execute(
        f"SELECT * FROM topics WHERE status IN ({marks}) ORDER BY id LIMIT ?",
        (*(s.value for s in statuses), limit),
    ) as cur:
        return [_topic(row) for row in await cur.fetchall()]


# ---- the council (migration 012) --------------------------------------------------------------


async def move_on(
    conn: aiosqlite.Connection,
    topic_id: int,
    status: TopicStatus,
    before: tuple[TopicStatus, ...],
) -> bool:
    """Move a topic along the council's way if it stands in one of `before`."""
    marks = ", ".join("?" for _ in before)
    cur = await conn.execute(
        f"UPDATE topics SET status = ? WHERE id = ? AND status IN ({marks})",
        (status.value, topic_id, *(b.value for b in before)),
    )
    return cur.rowcount == 1


async def ready_for_agenda(conn: aiosqlite.Connection, limit: int) -> list[Topic]:
    """Return accepted and postponed topics on no undecided agenda, postponed first."""
    async with conn.execute(
        "SELECT t.* FROM topics t WHERE t.status IN (?, ?) AND NOT EXISTS"
        " (SELECT 1 FROM council_agenda a WHERE a.topic_id = t.id AND a.decision IS NULL)"
        " ORDER BY t.status = ? DESC, t.reviewed_at, t.id LIMIT ?",
        (
            TopicStatus.ACCEPTED.value,
            TopicStatus.POSTPONED.value,
            TopicStatus.POSTPONED.value,
            limit,
        ),
    ) as cur:
        return [_topic(row) for row in await cur.fetchall()]
