"""Statistics: SQL aggregates over a period [start, end) in UTC and a scope of buildings.

Nothing here loads rows to count them in Python: each query returns a handful of aggregate
rows (one per category, building, week or area). Percentiles are nearest-rank, computed in
SQL with window functions: the k-th smallest of n values where k = ceil(p * n), so the
median of 1, 2, 3, 4 is 2 and a figure can be checked by hand.

Every query takes the same named values: `s` and `e` (the period as stored text), `now`,
and `b`, the scope as a JSON list of building names (NULL: the whole community). A person
is in scope when their building is in the list; a request is in scope with its resident.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

import aiosqlite

from bot.models.stats import (
    AreaLine,
    BuildingLine,
    CategoryLine,
    EventStats,
    NoticeStats,
    Period,
    RequestStats,
    ResidentStats,
    Timing,
    TopicStats,
    VolunteerStats,
    WeekLine,
    WishStats,
)
from storage.rows import ts

Params = dict[str, Any]

_IN_SCOPE = "(:b IS NULL OR p.building IN (SELECT value FROM json_each(:b)))"
_OPEN = "('new', 'taken', 'in_progress', 'waiting', 'reopened')"

# The requests filed in the period and in scope, with their category's target (NULL when
# the category has none) and how often each was reopened.
_FILED = (
    "WITH f AS MATERIALIZED ("
    " SELECT r.category, r.status, r.created_at, r.due_at, r.first_response_at, r.rating,"
    "  p.building, c.response_hours AS target,"
    "  CASE WHEN r.status IN ('resolved', 'closed')"
    "   THEN COALESCE(r.resolved_at, r.closed_at) END AS done_at,"
    "  (SELECT COUNT(*) FROM request_entries x WHERE x.request_id = r.id"
    "   AND x.kind = 'status' AND x.body = 'reopened') AS reopens"
    " FROM requests r"
    " LEFT JOIN people p ON p.id = r.resident_id"
    " LEFT JOIN categories c ON c.code = r.category AND c.response_hours > 0"
    " WHERE r.created_at >= :s AND r.created_at < :e AND " + _IN_SCOPE + ")"
)
_LATE = (
    "(target IS NOT NULL AND (COALESCE(first_response_at > due_at, 0)"
    " OR (first_response_at IS NULL AND status IN " + _OPEN + " AND due_at <= :now)))"
)
_COUNTS = (
    _FILED + " SELECT category, building, MAX(target) AS target, COUNT(*) AS filed,"
    " SUM(first_response_at IS NOT NULL) AS answered,"
    " SUM(status IN ('resolved', 'closed')) AS resolved,"
    " SUM(status = 'referred') AS referred, SUM(status = 'withdrawn') AS withdrawn,"
    " SUM(status IN " + _OPEN + ") AS open, SUM(" + _LATE + ") AS overdue,"
    " SUM(target IS NOT NULL) AS with_target,"
    " SUM(target IS NOT NULL AND first_response_at IS NOT NULL) AS timed,"
    " SUM(target IS NOT NULL AND COALESCE(first_response_at <= due_at, 0)) AS in_time,"
    " SUM(reopens > 0) AS reopened, SUM(reopens) AS reopenings,"
    " COUNT(rating) AS rated, COALESCE(SUM(rating), 0) AS stars"
    " FROM f GROUP BY category, building"
)
_SUMMED = (
    "filed", "answered", "resolved", "referred", "withdrawn", "open", "overdue", "with_target",
    "timed", "in_time", "reopened", "reopenings", "rated", "stars",
)  # fmt: skip
# Median and 90th percentile of hours to the first answer and to the resolution, for each
# category and for all of them ('*').
# Only what the timings need: no categories, no reopenings (a lookup per request).
_FILED_TIMES = (
    "WITH f AS MATERIALIZED ("
    " SELECT r.category, r.created_at, r.first_response_at,"
    "  CASE WHEN r.status IN ('resolved', 'closed')"
    "   THEN COALESCE(r.resolved_at, r.closed_at) END AS done_at"
    " FROM requests r LEFT JOIN people p ON p.id = r.resident_id"
    " WHERE r.created_at >= :s AND r.created_at < :e AND " + _IN_SCOPE + ")"
)
# Percentiles without window functions: the period's durations are written, sorted, into a
# temporary table of the connection's own, so a row's rowid is its place in the order, and
# the nearest ranks are read by rowid (a window over a year's durations costs twice as much).
# Once sorted by category, kind and hours (the ranks within each category), once by kind and
# hours (the ranks over all of them).
_DURATIONS = "CREATE TEMP TABLE IF NOT EXISTS stats_durations (cat TEXT, what TEXT, hours REAL)"
_CLEAR = "DELETE FROM temp.stats_durations"
_HOURS_OF = (
    _FILED_TIMES + ", h AS ("
    " SELECT category AS cat, 'response' AS what,"
    "  (julianday(first_response_at) - julianday(created_at)) * 24 AS hours"
    " FROM f WHERE first_response_at IS NOT NULL"
    " UNION ALL SELECT category, 'resolution', (julianday(done_at) - julianday(created_at)) * 24"
    " FROM f WHERE done_at IS NOT NULL)"
)
_SORT_BY_CATEGORY = (
    "INSERT INTO temp.stats_durations (cat, what, hours) "
    + _HOURS_OF
    + " SELECT cat, what, hours FROM h ORDER BY cat, what, hours"
)
_SORT_ALL = (
    "INSERT INTO temp.stats_durations (cat, what, hours) "
    + _HOURS_OF
    + " SELECT '*', what, hours FROM h ORDER BY what, hours"
)
_AT_PLACES = (
    "SELECT rowid AS place, hours FROM temp.stats_durations"
    " WHERE rowid IN (SELECT value FROM json_each(:places))"
)
# Done requests by week through the partial index of their done time (the status index
# would otherwise be chosen, and nearly every request is closed).
_WEEKS = (
    "SELECT CAST(w.key AS INTEGER) AS i,"
    " (SELECT COUNT(*) FROM requests r LEFT JOIN people p ON p.id = r.resident_id"
    "  WHERE r.created_at >= json_extract(w.value, '$[0]')"
    "  AND r.created_at < json_extract(w.value, '$[1]') AND " + _IN_SCOPE + ") AS filed,"
    " (SELECT COUNT(*) FROM requests r INDEXED BY requests_done"
    "  LEFT JOIN people p ON p.id = r.resident_id WHERE r.status IN ('resolved', 'closed')"
    "  AND COALESCE(r.resolved_at, r.closed_at) >= json_extract(w.value, '$[0]')"
    "  AND COALESCE(r.resolved_at, r.closed_at) < json_extract(w.value, '$[1]')"
    "  AND " + _IN_SCOPE + ") AS resolved"
    " FROM json_each(:w) w ORDER BY i"
)

_JOIN = " LEFT JOIN people p ON p.id = r.resident_id"
_SCOPED = " AND " + _IN_SCOPE


def _unscoped(sql: str) -> str:
    """Return a statement without its people join, for the whole community: the join costs
    a lookup per request and only serves the scope."""
    assert _JOIN in sql and _SCOPED in sql
    return sql.replace(_JOIN, "").replace(_SCOPED, "")


# How many durations of each kind each category has: the windows' partition sizes.
_SIZES = (
    _FILED_TIMES + " SELECT category, COUNT(first_response_at) AS answered,"
    " COUNT(done_at) AS resolved FROM f GROUP BY category"
)
_SIZES_ALL = _unscoped(_SIZES)
_SORT_BY_CATEGORY_ALL = _unscoped(_SORT_BY_CATEGORY)
_SORT_ALL_ALL = _unscoped(_SORT_ALL)
_WEEKS_ALL = _unscoped(_WEEKS)

_RESIDENTS_WHERE = (
    " FROM people p WHERE p.registered = 1 AND p.erased = 0 AND p.role = 'resident'"
    " AND p.created_at < :e AND " + _IN_SCOPE
)
_HOUSEHOLD = "COALESCE(p.building, '') || '|' || COALESCE(p.unit, '#' || p.id)"
_RESIDENTS_BY_BUILDING = (
    "SELECT COALESCE(p.building, '') AS k, COUNT(*) AS n, SUM(p.created_at >= :s) AS joined,"
    " SUM(p.tg_id IS NOT NULL AND p.unreachable = 0) AS reachable,"
    " COUNT(DISTINCT " + _HOUSEHOLD + ") AS households" + _RESIDENTS_WHERE + " GROUP BY k"
)
_LANGUAGES = (
    "SELECT COALESCE(p.language, p.tg_language, '') AS k, COUNT(*) AS n"
    + _RESIDENTS_WHERE
    + " GROUP BY k ORDER BY n DESC, k"
)

_NOTICES = (
    "SELECT COUNT(DISTINCT n.id) AS sent, COUNT(o.id) AS recipients,"
    " COALESCE(SUM(o.status = 'sent'), 0) AS delivered,"
    " COALESCE(SUM(o.status = 'failed'), 0) AS unreachable"
    " FROM broadcasts n JOIN outbox o ON o.broadcast_id = n.id"
    " LEFT JOIN people p ON p.id = o.person_id"
    " WHERE n.started_at >= :s AND n.started_at < :e AND " + _IN_SCOPE
)
_REPLIES = (
    "SELECT COUNT(*) FROM broadcast_replies y JOIN broadcasts n ON n.id = y.broadcast_id"
    " JOIN people p ON p.id = y.person_id"
    " WHERE n.started_at >= :s AND n.started_at < :e AND " + _IN_SCOPE
)

# Events held: started in the period (and before now), not cancelled, open to the scope.
_HELD = (
    " FROM events v WHERE v.starts_at >= :s AND v.starts_at < :e AND v.starts_at < :now"
    " AND v.status != 'cancelled' AND (:b IS NULL OR v.audience != 'buildings' OR EXISTS"
    " (SELECT 1 FROM json_each(v.buildings) j WHERE j.value IN (SELECT value FROM json_each(:b))))"
)
_EVENTS = "SELECT COUNT(*) AS held, COALESCE(SUM(v.capacity), 0) AS offered" + _HELD
_SIGNUPS = (
    "SELECT COALESCE(SUM(CASE WHEN u.status = 'confirmed' THEN u.places END), 0) AS taken,"
    " COALESCE(SUM(u.status = 'confirmed'), 0) AS signed_up,"
    " COALESCE(SUM(u.status = 'confirmed' AND u.checked_in_at IS NOT NULL), 0) AS came,"
    " COALESCE(SUM(u.status = 'waiting'), 0) AS waiting"
    " FROM signups u JOIN people p ON p.id = u.person_id"
    " WHERE u.event_id IN (SELECT v.id" + _HELD + ") AND " + _IN_SCOPE
)

# Tasks held in the period, not cancelled, in the scope's area (or the whole community's).
_AREA_IN_SCOPE = (
    "(:b IS NULL OR t.area IS NULL OR t.area IN (SELECT 'b:' || value FROM json_each(:b))"
    " OR t.area IN (SELECT 'g:' || g.grid FROM buildings g"
    "  WHERE g.grid IS NOT NULL AND g.name IN (SELECT value FROM json_each(:b))))"
)
_TASKS_HELD = (
    " FROM tasks t WHERE t.starts_at >= :s AND t.starts_at < :e AND t.status != 'cancelled'"
    " AND " + _AREA_IN_SCOPE
)
_SLOTS = (
    "SELECT (SELECT COALESCE(SUM(t.needed), 0)" + _TASKS_HELD + ") AS needed,"
    " COALESCE(SUM(s.status IN ('claimed', 'came', 'no_show')), 0) AS filled,"
    " COALESCE(SUM(s.status = 'no_show'), 0) AS no_shows,"
    " COUNT(DISTINCT CASE WHEN s.status = 'came' THEN s.person_id END) AS active"
    " FROM task_slots s JOIN tasks t ON t.id = s.task_id"
    " WHERE t.starts_at >= :s AND t.starts_at < :e AND t.status != 'cancelled'"
    " AND " + _AREA_IN_SCOPE
)
# Hours of a slot: checked in to checked out, else the task's own start and end.
_HOURS = (
    "SELECT COALESCE(t.area, '') AS area, SUM((julianday(COALESCE(s.checked_out_at, t.ends_at))"
    " - julianday(COALESCE(s.checked_in_at, t.starts_at))) * 24) AS hours"
    " FROM task_slots s JOIN tasks t ON t.id = s.task_id"
    " WHERE s.status = 'came' AND t.starts_at >= :s AND t.starts_at < :e"
    " AND t.status != 'cancelled' AND " + _AREA_IN_SCOPE + " GROUP BY area"
)
_TASK_POINTS = (
    "SELECT COALESCE(t.area, '') AS area, SUM(l.points) AS points FROM ledger l"
    " JOIN tasks t ON t.id = CAST(substr(l.ref, 6) AS INTEGER)"
    " WHERE l.kind = 'task' AND l.ref LIKE 'task:%' AND l.created_at >= :s AND l.created_at < :e"
    " AND " + _AREA_IN_SCOPE + " GROUP BY area"
)
_EARNED = (
    "SELECT COALESCE(SUM(l.points), 0) FROM ledger l JOIN people p ON p.id = l.person_id"
    " WHERE l.points > 0 AND l.kind != 'correction'"
    " AND l.created_at >= :s AND l.created_at < :e AND " + _IN_SCOPE
)
_APPROVED = (
    "SELECT COUNT(*) FROM volunteers v JOIN people p ON p.id = v.person_id"
    " WHERE v.status = 'approved' AND " + _IN_SCOPE
)
_REDEEMED = (
    "SELECT COUNT(*) AS n, COALESCE(SUM(q.cost), 0) AS points FROM reward_requests q"
    " JOIN people p ON p.id = q.person_id WHERE q.status = 'approved'"
    " AND q.decided_at >= :s AND q.decided_at < :e AND " + _IN_SCOPE
)

_WISHES = (
    "SELECT w.category AS category, COALESCE(SUM(w.created_at >= :s AND w.created_at < :e), 0)"
    " AS raised, COALESCE(SUM(w.fulfilled_at >= :s AND w.fulfilled_at < :e), 0) AS fulfilled"
    " FROM wishes w JOIN people p ON p.id = w.resident_id"
    " WHERE ((w.created_at >= :s AND w.created_at < :e)"
    " OR (w.fulfilled_at >= :s AND w.fulfilled_at < :e)) AND "
    + _IN_SCOPE
    + " GROUP BY w.category ORDER BY w.category"
)
_WISH_MEDIAN = (
    "WITH d AS (SELECT julianday(w.fulfilled_at) - julianday(w.created_at) AS days"
    " FROM wishes w JOIN people p ON p.id = w.resident_id"
    " WHERE w.fulfilled_at >= :s AND w.fulfilled_at < :e AND " + _IN_SCOPE + "),"
    " k AS (SELECT days, ROW_NUMBER() OVER (ORDER BY days) AS rn, COUNT(*) OVER () AS n FROM d)"
    " SELECT days FROM k WHERE rn = (n + 1) / 2"
)

_HAS_TOPICS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'topics'"
_TOPICS = (
    "SELECT COALESCE(SUM(t.created_at >= :s AND t.created_at < :e), 0) AS raised,"
    " COALESCE(SUM(t.status = 'accepted' AND t.reviewed_at >= :s AND t.reviewed_at < :e), 0)"
    " AS accepted,"
    " COALESCE(SUM(t.status = 'declined' AND t.reviewed_at >= :s AND t.reviewed_at < :e), 0)"
    " AS declined"
    " FROM topics t JOIN people p ON p.id = t.raiser_id"
    " WHERE ((t.created_at >= :s AND t.created_at < :e)"
    " OR (t.reviewed_at >= :s AND t.reviewed_at < :e)) AND " + _IN_SCOPE
)
_SUPPORTS = (
    "SELECT COUNT(*) FROM topic_supports u JOIN people p ON p.id = u.person_id"
    " WHERE u.created_at >= :s AND u.created_at < :e AND " + _IN_SCOPE
)


def params(period: Period, buildings: list[str] | None, now: datetime) -> Params:
    """Return the named values every query here takes."""
    scope = None if buildings is None else json.dumps(buildings, ensure_ascii=False)
    weeks = [[ts(a), ts(b)] for a, b in period.weeks]
    return {
        "s": ts(period.start),
        "e": ts(period.end),
        "now": ts(now),
        "b": scope,
        "w": json.dumps(weeks),
    }


async def _rows(conn: aiosqlite.Connection, sql: str, values: Params) -> list[aiosqlite.Row]:
    async with conn.execute(sql, _only(sql, values)) as cur:
        return list(await cur.fetchall())


async def _one(conn: aiosqlite.Connection, sql: str, values: Params) -> aiosqlite.Row:
    rows = await _rows(conn, sql, values)
    return rows[0]


def _only(sql: str, values: Params) -> Params:
    # sqlite3 refuses named values a statement does not name only in newer Pythons; keep
    # each statement's own so every version reads them the same way.
    return {k: v for k, v in values.items() if f":{k}" in sql}


def _timing(found: Timing | None, in_time: int, timed: int) -> Timing:
    share = None if timed == 0 else in_time / timed
    return replace(found or Timing(), within_target=share)


_HOW_MANY = {"response": "answered", "resolution": "resolved"}  # the sizes of each kind


def _ranks(n: int) -> tuple[int, int]:
    """Return the nearest ranks of the median and the 90th percentile among n values."""
    return (n + 1) // 2, (9 * n + 9) // 10


async def _sorted_picks(
    conn: aiosqlite.Connection, values: Params, sql: str, places: list[int]
) -> dict[int, float]:
    """Write the durations sorted by `sql`, and return those at `places` (1-based rowids)."""
    await conn.execute(_DURATIONS)
    await conn.execute(_CLEAR)
    await conn.execute(sql, _only(sql, values))
    rows = await _rows(conn, _AT_PLACES, {"places": json.dumps(places)})
    await conn.execute(_CLEAR)
    return {r["place"]: r["hours"] for r in rows}


async def _timings(
    conn: aiosqlite.Connection,
    values: Params,
    sums: dict[str, dict[str, int]],
    total: dict[str, int],
    whole: bool,
) -> dict[tuple[str, str], Timing]:
    groups = [(cat, c) for cat, c in sorted(sums.items())]
    if not any(c[column] for _, c in groups for column in _HOW_MANY.values()):
        return {}
    # Where each (category, kind) starts in the first order, and each kind in the second:
    # SQLite sorts text by its bytes, which is the order Python sorts the same strings in.
    wanted: dict[tuple[str, str], tuple[int, int]] = {}
    first, start = [], 0
    for cat, counted in groups:
        for what in sorted(_HOW_MANY):
            n = counted[_HOW_MANY[what]]
            if n:
                wanted[(cat, what)] = (start, n)
                first += [start + rank for rank in _ranks(n)]
                start += n
    over_all, start = [], 0
    for what in sorted(_HOW_MANY):
        n = total[_HOW_MANY[what]]
        if n:
            wanted[("*", what)] = (start, n)
            over_all += [start + rank for rank in _ranks(n)]
            start += n
    by_category = await _sorted_picks(
        conn, values, _SORT_BY_CATEGORY_ALL if whole else _SORT_BY_CATEGORY, first
    )
    overall = await _sorted_picks(conn, values, _SORT_ALL_ALL if whole else _SORT_ALL, over_all)
    timings = {}
    for (cat, what), (start, n) in wanted.items():
        found = overall if cat == "*" else by_category
        median, p90 = _ranks(n)
        timings[(cat, what)] = Timing(
            count=n, median_hours=found.get(start + median), p90_hours=found.get(start + p90)
        )
    return timings


def _sums(rows: list[aiosqlite.Row], key: str) -> dict[str, dict[str, int]]:
    """Add up the (category, building) rows by one of the two."""
    sums: dict[str, dict[str, int]] = {}
    for row in rows:
        if row[key] is None:
            continue
        into = sums.setdefault(row[key], dict.fromkeys(_SUMMED, 0))
        for name in _SUMMED:
            into[name] += int(row[name] or 0)
    return sums


async def requests(conn: aiosqlite.Connection, values: Params) -> RequestStats:
    """Return the requests filed in the period: outcomes, timings, categories and buildings.

    The buildings' lines carry no households (a resident figure: see `residents`). The three
    parts can also be read apart, at once on three connections, and put together by
    `assemble`."""
    counts = await request_counts(conn, values)
    timings = await request_timings(conn, values)
    weeks = await request_weeks(conn, values)
    return assemble(counts, timings, weeks)


async def request_counts(conn: aiosqlite.Connection, values: Params) -> list[aiosqlite.Row]:
    """Return the period's counts by category and building (a few dozen aggregate rows)."""
    return await _rows(conn, _COUNTS, values)


async def request_timings(
    conn: aiosqlite.Connection, values: Params
) -> dict[tuple[str, str], Timing]:
    """Return the median and 90th percentile of each category's durations and of all ('*')."""
    whole = values["b"] is None
    sizes = await _rows(conn, _SIZES_ALL if whole else _SIZES, values)
    sums = {r["category"]: {"answered": r["answered"], "resolved": r["resolved"]} for r in sizes}
    total = {k: sum(c[k] for c in sums.values()) for k in ("answered", "resolved")}
    return await _timings(conn, values, sums, total, whole)


async def request_weeks(conn: aiosqlite.Connection, values: Params) -> list[WeekLine]:
    """Return requests filed and done in each of the period's local weeks."""
    if values["w"] == "[]":
        return []
    weeks = await _rows(conn, _WEEKS_ALL if values["b"] is None else _WEEKS, values)
    starts = json.loads(values["w"])
    return [
        WeekLine(
            start=datetime.fromisoformat(starts[w["i"]][0]),
            filed=w["filed"],
            resolved=w["resolved"],
        )
        for w in weeks
    ]


def assemble(
    counts: list[aiosqlite.Row],
    timings: dict[tuple[str, str], Timing],
    weeks: list[WeekLine],
) -> RequestStats:
    """Put the counts, timings and weeks of the period's requests together."""
    sums = _sums(counts, "category")
    total = dict.fromkeys(_SUMMED, 0)
    for row in counts:
        for name in _SUMMED:
            total[name] += int(row[name] or 0)
    targets = {r["category"]: r["target"] for r in counts}
    lines = [
        CategoryLine(
            category=cat,
            target_hours=targets[cat],
            filed=c["filed"],
            answered=c["answered"],
            resolved=c["resolved"],
            referred=c["referred"],
            open=c["open"],
            overdue=c["overdue"],
            response=_timing(timings.get((cat, "response")), c["in_time"], c["timed"]),
            resolution=_timing(timings.get((cat, "resolution")), 0, 0),
        )
        for cat, c in sorted(sums.items())
    ]
    return RequestStats(
        filed=total["filed"],
        answered=total["answered"],
        resolved=total["resolved"],
        referred=total["referred"],
        withdrawn=total["withdrawn"],
        open=total["open"],
        overdue=total["overdue"],
        with_target=total["with_target"],
        reopened=total["reopened"],
        reopenings=total["reopenings"],
        rated=total["rated"],
        rating=None if total["rated"] == 0 else total["stars"] / total["rated"],
        response=_timing(timings.get(("*", "response")), total["in_time"], total["timed"]),
        resolution=_timing(timings.get(("*", "resolution")), 0, 0),
        categories=lines,
        buildings=[
            BuildingLine(name, 0, b["filed"], b["open"], b["overdue"])
            for name, b in sorted(_sums(counts, "building").items())
        ],
        weeks=weeks,
    )


async def requests_by_building(
    conn: aiosqlite.Connection, values: Params
) -> dict[str, tuple[int, int, int]]:
    """Return each building's (filed, open, overdue) of the requests filed in the period."""
    rows = await _rows(conn, _COUNTS, values)
    return {k: (b["filed"], b["open"], b["overdue"]) for k, b in _sums(rows, "building").items()}


async def residents(conn: aiosqlite.Connection, values: Params) -> ResidentStats:
    """Return the residents registered by the period's end, by building and language."""
    buildings = await _rows(conn, _RESIDENTS_BY_BUILDING, values)
    languages = await _rows(conn, _LANGUAGES, values)
    return ResidentStats(
        registered=sum(r["n"] for r in buildings),
        joined=sum(int(r["joined"] or 0) for r in buildings),
        reachable=sum(int(r["reachable"] or 0) for r in buildings),
        households=sum(r["households"] for r in buildings),
        by_building={r["k"]: r["n"] for r in buildings},
        households_by_building={r["k"]: r["households"] for r in buildings},
        languages={r["k"]: r["n"] for r in languages},
    )


async def households(conn: aiosqlite.Connection, values: Params) -> dict[str, int]:
    """Return each building's households (distinct units with a registered resident)."""
    return (await residents(conn, values)).households_by_building


async def notices(conn: aiosqlite.Connection, values: Params) -> NoticeStats:
    """Return the notices that went out in the period, their reach and replies."""
    head = await _one(conn, _NOTICES, values)
    replies = await _one(conn, _REPLIES, values)
    return NoticeStats(
        sent=head["sent"],
        recipients=head["recipients"],
        delivered=head["delivered"],
        unreachable=head["unreachable"],
        replies=replies[0],
    )


async def events(conn: aiosqlite.Connection, values: Params) -> EventStats:
    """Return the events held in the period: places offered and taken, who signed up and came."""
    head = await _one(conn, _EVENTS, values)
    signups = await _one(conn, _SIGNUPS, values)
    return EventStats(
        held=head["held"],
        places_offered=head["offered"],
        places_taken=signups["taken"],
        signed_up=signups["signed_up"],
        checked_in=signups["came"],
        waiting=signups["waiting"],
    )


async def volunteers(conn: aiosqlite.Connection, values: Params) -> VolunteerStats:
    """Return volunteering in the period: slots, hours and points by area, rewards."""
    slots = await _one(conn, _SLOTS, values)
    hours = {r["area"]: float(r["hours"] or 0) for r in await _rows(conn, _HOURS, values)}
    points = {r["area"]: int(r["points"] or 0) for r in await _rows(conn, _TASK_POINTS, values)}
    earned = await _one(conn, _EARNED, values)
    approved = await _one(conn, _APPROVED, values)
    redeemed = await _one(conn, _REDEEMED, values)
    areas = [
        AreaLine(area=a, hours=round(hours.get(a, 0.0), 2), points=points.get(a, 0))
        for a in sorted(hours.keys() | points.keys())
    ]
    return VolunteerStats(
        approved=approved[0],
        active=slots["active"],
        hours=round(sum(hours.values()), 2),
        points_earned=earned[0],
        slots_needed=slots["needed"],
        slots_filled=slots["filled"],
        no_shows=slots["no_shows"],
        rewards_redeemed=redeemed["n"],
        points_spent=redeemed["points"],
        areas=areas,
    )


async def wishes(conn: aiosqlite.Connection, values: Params) -> WishStats:
    """Return wishes raised and fulfilled in the period, by category, with the median days."""
    rows = await _rows(conn, _WISHES, values)
    median = await _rows(conn, _WISH_MEDIAN, values)
    return WishStats(
        raised=sum(r["raised"] for r in rows),
        fulfilled=sum(r["fulfilled"] for r in rows),
        median_days=median[0]["days"] if median else None,
        by_category={r["category"]: (r["raised"], r["fulfilled"]) for r in rows},
    )


async def topics(conn: aiosqlite.Connection, values: Params) -> TopicStats | None:
    """Return consultation topics raised and decided in the period; None without the tables."""
    if not await _rows(conn, _HAS_TOPICS, values):
        return None
    head = await _one(conn, _TOPICS, values)
    supports = await _one(conn, _SUPPORTS, values)
    return TopicStats(
        raised=head["raised"],
        accepted=head["accepted"],
        declined=head["declined"],
        supports=supports[0],
    )


async def month_count(conn: aiosqlite.Connection, values: Params) -> int:
    """Return how many requests were filed in the period: one indexed COUNT (a baseline)."""
    row = await _one(
        conn, "SELECT COUNT(*) FROM requests WHERE created_at >= :s AND created_at < :e", values
    )
    return int(row[0])


async def buildings_of_grid(conn: aiosqlite.Connection, grid: str) -> list[str]:
    """Return the buildings of a grid, in their order."""
    async with conn.execute(
        "SELECT name FROM buildings WHERE grid = ? ORDER BY position, name", (grid,)
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


async def grids(conn: aiosqlite.Connection) -> list[str]:
    """Return the grids buildings belong to."""
    async with conn.execute(
        "SELECT DISTINCT grid FROM buildings WHERE grid IS NOT NULL AND grid != '' ORDER BY grid"
    ) as cur:
        return [r[0] for r in await cur.fetchall()]
