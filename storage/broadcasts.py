"""Broadcast notices, their audiences, residents' replies and mutes, and community settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.notices import (
    Broadcast,
    BroadcastStatus,
    NoticeAudience,
    NoticeKind,
    NoticeReply,
    NoticeSpec,
    Repeat,
)
from storage.rows import dumps, loads, parse_ts, ts

# (person id, Telegram id, chosen language, Telegram's language) of one recipient.
Recipient = tuple[int, int, str | None, str | None]
_TIMES = ("send_at", "created_at", "started_at", "finished_at")


def _broadcast(row: aiosqlite.Row) -> Broadcast:
    data: dict[str, Any] = dict(row)
    data["targets"] = loads(data["targets"]) or []
    data["repeat"] = Repeat.model_validate(loads(data["repeat"])) if data["repeat"] else None
    for name in _TIMES:
        data[name] = parse_ts(data[name])
    return Broadcast.model_validate(data)


async def insert(
    conn: aiosqlite.Connection,
    spec: NoticeSpec,
    *,
    created_by: int,
    status: BroadcastStatus,
    now: datetime,
    send_at: datetime | None = None,
    repeat: Repeat | None = None,
    parent_id: int | None = None,
    source_key: str | None = None,
) -> Broadcast:
    """Store a notice and return it."""
    cur = await conn.execute(
        "INSERT INTO broadcasts (created_by, text, photo, document, kind, audience, targets,"
        " status, send_at, repeat, parent_id, created_at, source_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            created_by,
            spec.text,
            spec.photo,
            spec.document,
            spec.kind.value,
            spec.audience.value,
            dumps(spec.targets),
            status.value,
            ts(send_at),
            dumps(repeat.model_dump()) if repeat else None,
            parent_id,
            ts(now),
            source_key,
        ),
    )
    found = await by_id(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


async def by_id(conn: aiosqlite.Connection, broadcast_id: int) -> Broadcast | None:
    """Return one notice."""
    async with conn.execute("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,)) as cur:
        row = await cur.fetchone()
    return _broadcast(row) if row else None


async def by_source(conn: aiosqlite.Connection, source_key: str) -> Broadcast | None:
    """Return the notice made from this form, if it was made already."""
    async with conn.execute("SELECT * FROM broadcasts WHERE source_key = ?", (source_key,)) as cur:
        row = await cur.fetchone()
    return _broadcast(row) if row else None


async def update(conn: aiosqlite.Connection, broadcast_id: int, **fields: object) -> None:
    """Set columns of one notice (names come from code, never from input)."""
    allowed = {"status", "send_at", "recipients", "progress_chat", "progress_message_id"}
    allowed |= {"started_at", "finished_at", "reported"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown broadcast fields: {sorted(unknown)}")
    values = [
        ts(v) if isinstance(v, datetime) else v.value if isinstance(v, BroadcastStatus) else v
        for v in fields.values()
    ]
    assignments = ", ".join(f"{name} = ?" for name in fields)
    await conn.execute(f"UPDATE broadcasts SET {assignments} WHERE id = ?", (*values, broadcast_id))


async def set_status(
    conn: aiosqlite.Connection,
    broadcast_id: int,
    new: BroadcastStatus,
    expected: tuple[BroadcastStatus, ...],
    now: datetime,
) -> bool:
    """Move a notice to `new` only from one of `expected`; False when it had moved on."""
    marks = ", ".join("?" for _ in expected)
    cur = await conn.execute(
        f"UPDATE broadcasts SET status = ?, finished_at = COALESCE(finished_at, ?)"
        f" WHERE id = ? AND status IN ({marks})",
        (new.value, ts(now), broadcast_id, *(s.value for s in expected)),
    )
    return cur.rowcount == 1


async def recent(conn: aiosqlite.Connection, limit: int) -> list[Broadcast]:
    """Return the latest notices, sent or sending, newest first."""
    async with conn.execute(
        "SELECT * FROM broadcasts WHERE status IN ('sending', 'done', 'cancelled')"
        " AND started_at IS NOT NULL ORDER BY id DESC LIMIT ?",
        (limit,),
    ) as cur:
        return [_broadcast(r) for r in await cur.fetchall()]


async def planned(conn: aiosqlite.Connection) -> list[Broadcast]:
    """Return scheduled and recurring notices, soonest first."""
    async with conn.execute(
        "SELECT * FROM broadcasts WHERE status IN ('scheduled', 'recurring') ORDER BY send_at, id"
    ) as cur:
        return [_broadcast(r) for r in await cur.fetchall()]


async def unreported(conn: aiosqlite.Connection) -> list[Broadcast]:
    """Return notices that went out and whose staff member has not seen the final report."""
    async with conn.execute(
        "SELECT * FROM broadcasts WHERE reported = 0 AND started_at IS NOT NULL"
        " AND status IN ('sending', 'done', 'cancelled') ORDER BY id"
    ) as cur:
        return [_broadcast(r) for r in await cur.fetchall()]


async def recipients(
    conn: aiosqlite.Connection,
    audience: NoticeAudience,
    targets: list[str],
    kind: NoticeKind,
    admins: list[int],
) -> list[Recipient]:
    """Return who a notice reaches: registered, reachable, in the audience, not muting it."""
    query = (
        "SELECT id, tg_id, language, tg_language FROM people WHERE registered = 1"
        " AND erased = 0 AND unreachable = 0 AND tg_id IS NOT NULL"
    )
    args: list[object] = []
    if audience == NoticeAudience.BUILDINGS:
        names = [t for t in targets if not t.startswith("grid:")]
        grids = [t.removeprefix("grid:") for t in targets if t.startswith("grid:")]
        query += (
            f" AND (building IN ({', '.join('?' for _ in names) or 'NULL'})"
            f" OR building IN (SELECT name FROM buildings"
            f" WHERE grid IN ({', '.join('?' for _ in grids) or 'NULL'})))"
        )
        args.extend([*names, *grids])
    elif audience == NoticeAudience.VOLUNTEERS:
        query += " AND role = 'volunteer'"
    elif audience == NoticeAudience.STAFF:
        query += f" AND (role = 'staff' OR tg_id IN ({', '.join('?' for _ in admins) or 'NULL'}))"
        args.extend(admins)
    elif audience == NoticeAudience.EVENT:
        query += (
            " AND id IN (SELECT person_id FROM signups WHERE event_id = ?"
            " AND status IN ('confirmed', 'offered', 'waiting'))"
        )
        args.append(int(targets[0]) if targets and targets[0].isdigit() else 0)
    if not kind.urgent:
        query += " AND id NOT IN (SELECT person_id FROM notice_mutes WHERE kind = ?)"
        args.append(kind.value)
    async with conn.execute(query + " ORDER BY id", args) as cur:
        return [(int(r[0]), int(r[1]), r[2], r[3]) for r in await cur.fetchall()]


async def received(conn: aiosqlite.Connection, broadcast_id: int, person_id: int) -> bool:
    """Return True when the notice was queued for this person."""
    async with conn.execute(
        "SELECT 1 FROM outbox WHERE broadcast_id = ? AND person_id = ? LIMIT 1",
        (broadcast_id, person_id),
    ) as cur:
        return await cur.fetchone() is not None


async def add_reply(
    conn: aiosqlite.Connection, broadcast_id: int, person_id: int, text: str, now: datetime
) -> NoticeReply:
    """Store a resident's reply to a notice."""
    cur = await conn.execute(
        "INSERT INTO broadcast_replies (broadcast_id, person_id, text, created_at)"
        " VALUES (?, ?, ?, ?)",
        (broadcast_id, person_id, text, ts(now)),
    )
    found = await reply(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


async def reply(conn: aiosqlite.Connection, reply_id: int) -> NoticeReply | None:
    """Return one reply."""
    async with conn.execute("SELECT * FROM broadcast_replies WHERE id = ?", (reply_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    data: dict[str, Any] = dict(row)
    data["created_at"] = parse_ts(data["created_at"])
    data["answered_at"] = parse_ts(data["answered_at"])
    return NoticeReply.model_validate(data)


async def mark_answered(conn: aiosqlite.Connection, reply_id: int, now: datetime) -> None:
    """Record that staff answered a reply."""
    await conn.execute(
        "UPDATE broadcast_replies SET answered_at = ? WHERE id = ?", (ts(now), reply_id)
    )


async def reply_count(conn: aiosqlite.Connection, broadcast_id: int) -> int:
    """Return how many replies a notice has had."""
    async with conn.execute(
        "SELECT COUNT(*) FROM broadcast_replies WHERE broadcast_id = ?", (broadcast_id,)
    ) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def mute(conn: aiosqlite.Connection, person_id: int, kind: NoticeKind) -> None:
    """Stop notices of a kind reaching a person."""
    await conn.execute(
        "INSERT OR IGNORE INTO notice_mutes (person_id, kind) VALUES (?, ?)",
        (person_id, kind.value),
    )


async def unmute(conn: aiosqlite.Connection, person_id: int, kind: NoticeKind) -> None:
    """Let notices of a kind reach a person again."""
    await conn.execute(
        "DELETE FROM notice_mutes WHERE person_id = ? AND kind = ?", (person_id, kind.value)
    )


async def setting(conn: aiosqlite.Connection, key: str) -> str | None:
    """Return a community setting's stored value."""
    async with conn.execute("SELECT value FROM community_settings WHERE key = ?", (key,)) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else None


async def set_setting(conn: aiosqlite.Connection, key: str, value: str) -> None:
    """Store a community setting."""
    await conn.execute(
        "INSERT INTO community_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
