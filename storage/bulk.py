"""Bulk paths: many people or requests written with one executemany per chunk.

For bringing a community's history in (a register of residents, the requests of the years
before Linli), and for the scale bench that builds a district's database. Rows keep the ids
they are given, so the numbers residents already quote (R-000123) stay theirs; nothing here
queues messages or schedules work: this is history, not news.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import aiosqlite

from bot.models.people import Person
from bot.models.requests import Request
from storage.rows import ts

CHUNK = 10_000  # rows per executemany: fast, and one chunk never holds much memory

_PEOPLE = (
    "INSERT INTO people (id, tg_id, name, building, unit, phone, language, tg_language, role,"
    " registered, unreachable, is_proxy, erased, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_REQUESTS = (
    "INSERT INTO requests (id, resident_id, category, description, voice_file_id, latitude,"
    " longitude, status, owner_id, handler_id, created_at, due_at, first_response_at,"
    " resolved_at, closed_at, escalated, rating, referral)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _chunks(rows: Iterable[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    it = iter(rows)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


async def add_people(conn: aiosqlite.Connection, people: Iterable[Person]) -> int:
    """Write people with their own ids; return how many."""
    rows = (
        (
            p.id, p.tg_id, p.name, p.building, p.unit, p.phone, p.language, p.tg_language,
            p.role.value, p.registered, p.unreachable, p.is_proxy, p.erased, ts(p.created_at),
        )
        for p in people
    )  # fmt: skip
    count = 0
    for chunk in _chunks(rows):
        await conn.executemany(_PEOPLE, chunk)
        count += len(chunk)
    return count


async def add_requests(conn: aiosqlite.Connection, requests: Iterable[Request]) -> int:
    """Write requests (without photos or timelines) with their own ids; return how many."""
    rows = (
        (
            r.id, r.resident_id, r.category, r.description, r.voice_file_id, r.latitude,
            r.longitude, r.status.value, r.owner_id, r.handler_id, ts(r.created_at),
            ts(r.due_at), ts(r.first_response_at), ts(r.resolved_at), ts(r.closed_at),
            r.escalated, r.rating, r.referral,
        )
        for r in requests
    )  # fmt: skip
    count = 0
    for chunk in _chunks(rows):
        await conn.executemany(_REQUESTS, chunk)
        count += len(chunk)
    return count


# History of the other areas, as plain tuples in the column order below: for the statistics
# bench (bench/stats.py), which needs years of events, tasks, the ledger and wishes.
_EVENTS = (
    "INSERT INTO events (id, title, starts_at, ends_at, place, capacity, deadline, taken,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SIGNUPS = (
    "INSERT INTO signups (event_id, person_id, places, status, seq, created_at, updated_at,"
    " checked_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_TASKS = (
    "INSERT INTO tasks (id, title, place, starts_at, ends_at, needed, taken, points, area,"
    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SLOTS = (
    "INSERT INTO task_slots (task_id, person_id, status, claimed_at, checked_in_at,"
    " checked_out_at) VALUES (?, ?, ?, ?, ?, ?)"
)
_LEDGER = (
    "INSERT INTO ledger (person_id, points, kind, note, ref, balance_after, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_WISHES = (
    "INSERT INTO wishes (id, resident_id, category, text, status, created_at, fulfilled_at,"
    " points) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
HISTORY = {
    "events": _EVENTS,
    "signups": _SIGNUPS,
    "tasks": _TASKS,
    "task_slots": _SLOTS,
    "ledger": _LEDGER,
    "wishes": _WISHES,
}


async def add_history(
    conn: aiosqlite.Connection, table: str, rows: Iterable[tuple[object, ...]]
) -> int:
    """Write rows of one of HISTORY's tables (times already as stored text); return how many."""
    sql = HISTORY[table]
    count = 0
    for chunk in _chunks(rows):
        await conn.executemany(sql, chunk)
        count += len(chunk)
    return count
