"""The statistics' SQL against fixtures whose figures were worked out by hand.

The community is in Shanghai (UTC+8, no daylight saving), so a local month starts at 16:00
UTC the day before: the edge cases are requests filed just either side of it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import aiosqlite
import pytest

from bot.models.people import Person
from bot.models.requests import EntryKind, Request, RequestStatus
from bot.services.stats import periods
from storage import bulk, stats
from storage import requests as requests_repo
from storage.db import Database
from storage.rows import ts

ZONE = ZoneInfo("Asia/Shanghai")
MARCH = periods.month_of(date(2027, 3, 1), ZONE)
NOW = datetime(2027, 4, 10, 4, 0, tzinfo=UTC)


def local(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


def person(pid: int, building: str, unit: str, language: str = "en") -> Person:
    return Person(
        id=pid, tg_id=10_000 + pid, name=f"P{pid}", building=building, unit=unit,
        language=language, registered=True, created_at=local(1, 9, month=1),
    )  # fmt: skip


def request(
    rid: int,
    resident: int,
    category: str,
    filed: datetime,
    *,
    status: RequestStatus = RequestStatus.NEW,
    target_hours: int = 24,
    answered_after: float | None = None,
    resolved_after: float | None = None,
    rating: int | None = None,
) -> Request:
    answered = None if answered_after is None else filed + timedelta(hours=answered_after)
    resolved = None if resolved_after is None else filed + timedelta(hours=resolved_after)
    return Request(
        id=rid, resident_id=resident, category=category, description="x", status=status,
        created_at=filed, due_at=filed + timedelta(hours=target_hours),
        first_response_at=answered, resolved_at=resolved,
        closed_at=resolved if status == RequestStatus.CLOSED else None, rating=rating,
    )  # fmt: skip


async def seed(conn: aiosqlite.Connection) -> None:
    await conn.execute("INSERT INTO buildings (name, grid, position) VALUES ('1', 'A', 1)")
    await conn.execute("INSERT INTO buildings (name, grid, position) VALUES ('2', 'A', 2)")
    await conn.execute("INSERT INTO buildings (name, grid, position) VALUES ('3', 'B', 3)")
    await bulk.add_people(
        conn,
        [
            person(1, "1", "101"),
            person(2, "1", "101", "zh-hans"),  # same household as 1
            person(3, "2", "201", "zh-hans"),
            person(4, "3", "301"),
        ],
    )
    closed, resolved = RequestStatus.CLOSED, RequestStatus.RESOLVED
    await bulk.add_requests(
        conn,
        [
            # Filed at 23:59 on 28 February local (15:59 UTC): February's, not March's.
            request(1, 1, "repairs", local(28, 23, 59, month=2)),
            # Filed at 00:00 on 1 March local (16:00 UTC on 28 February): March's first.
            request(2, 1, "repairs", local(1, 0), status=closed, answered_after=2,
                    resolved_after=10, rating=5),
            request(3, 2, "repairs", local(5, 12), status=closed, answered_after=30,
                    resolved_after=40, rating=3),
            request(4, 3, "repairs", local(9, 8), status=resolved, answered_after=4,
                    resolved_after=20),
            # Never answered, long past its target: overdue and still open.
            request(5, 3, "repairs", local(12, 8)),
            request(6, 4, "noise-lab", local(15, 8), status=RequestStatus.REOPENED,
                    answered_after=1),  # a category with no row: no target
            request(7, 4, "repairs", local(20, 9), status=RequestStatus.REFERRED,
                    answered_after=6),
            # Filed at 23:59 on 31 March local (15:59 UTC): still March's.
            request(8, 2, "repairs", local(31, 23, 59), answered_after=1),
            # 00:00 on 1 April local: April's.
            request(9, 2, "repairs", local(1, 0, month=4)),
        ],
    )  # fmt: skip
    # Request 6 was reopened twice.
    for hour in (5, 9):
        await requests_repo.add_entry(
            conn, 6, EntryKind.STATUS, local(16, hour), 4, RequestStatus.REOPENED.value
        )


@pytest.fixture
async def conn(db: Database) -> AsyncIterator[aiosqlite.Connection]:
    async with db.transaction() as c:
        await seed(c)
    async with db.reading() as c:
        yield c


async def test_a_month_counts_only_what_was_filed_between_its_local_midnights(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.requests(conn, stats.params(MARCH, None, NOW))
    assert got.filed == 7  # requests 2 to 8
    assert got.answered == 6
    assert got.resolved == 3  # two closed, one resolved
    assert got.referred == 1
    assert got.open == 3  # 5 (new), 6 (reopened), 8 (new)
    assert got.rated == 2 and got.rating == 4.0


async def test_first_response_times_are_nearest_rank_median_and_p90_in_hours(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.requests(conn, stats.params(MARCH, None, NOW))
    # Answers after 2, 30, 4, 1, 6, 1 hours: sorted 1, 1, 2, 4, 6, 30. Median rank 3, p90 rank 6.
    assert got.response.count == 6
    assert got.response.median_hours == pytest.approx(2, abs=1e-3)
    assert got.response.p90_hours == pytest.approx(30, abs=1e-3)
    # Resolutions after 10, 40, 20 hours.
    assert got.resolution.median_hours == pytest.approx(20, abs=1e-3)
    assert got.resolution.p90_hours == pytest.approx(40, abs=1e-3)


async def test_a_category_without_a_target_has_no_share_within_target(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.requests(conn, stats.params(MARCH, None, NOW))
    lines = {line.category: line for line in got.categories}
    assert lines["noise-lab"].target_hours is None
    assert lines["noise-lab"].response.within_target is None
    assert lines["noise-lab"].overdue == 0
    # Repairs answered: 2, 30, 4, 6, 1 hours against 24: four of five in time.
    assert lines["repairs"].target_hours == 24
    assert lines["repairs"].response.within_target == pytest.approx(0.8)
    # Overdue: request 3 (answered after 30 h) and request 5 (never answered).
    assert lines["repairs"].overdue == 2
    assert got.with_target == 6 and got.overdue_share == pytest.approx(2 / 6)


async def test_a_request_reopened_twice_counts_once_as_reopened_and_twice_as_reopenings(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.requests(conn, stats.params(MARCH, None, NOW))
    assert got.reopened == 1
    assert got.reopenings == 2
    assert got.reopened_share == pytest.approx(1 / 7)


async def test_the_weekly_trend_cuts_weeks_at_the_months_local_edges(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.requests(conn, stats.params(MARCH, None, NOW))
    # March 2027 starts on a Monday: weeks from 1, 8, 15, 22 and 29 March.
    assert [w.start.astimezone(ZONE).day for w in got.weeks] == [1, 8, 15, 22, 29]
    assert [w.filed for w in got.weeks] == [2, 2, 2, 0, 1]
    # Done: request 2 on 1 March 10:00, 3 on 7 March 04:00, 4 on 10 March 04:00 local.
    assert [w.resolved for w in got.weeks] == [2, 1, 0, 0, 0]


async def test_an_empty_month_is_all_zeros_and_unknowns(conn: aiosqlite.Connection) -> None:
    june = periods.month_of(date(2027, 6, 1), ZONE)
    values = stats.params(june, None, NOW)
    got = await stats.requests(conn, values)
    assert (got.filed, got.open, got.overdue, got.reopened) == (0, 0, 0, 0)
    assert got.rating is None and got.response.median_hours is None
    assert got.overdue_share is None and got.reopened_share is None
    assert all(w.filed == 0 and w.resolved == 0 for w in got.weeks)
    assert (await stats.notices(conn, values)).sent == 0
    assert (await stats.events(conn, values)).held == 0
    assert (await stats.volunteers(conn, values)).hours == 0
    wishes = await stats.wishes(conn, values)
    assert wishes.raised == 0 and wishes.median_days is None


async def test_a_building_or_grid_scope_counts_only_its_residents_requests(
    conn: aiosqlite.Connection,
) -> None:
    one = await stats.requests(conn, stats.params(MARCH, ["1"], NOW))
    assert one.filed == 3  # 2, 3 and 8
    grid = await stats.buildings_of_grid(conn, "A")
    assert grid == ["1", "2"]
    assert (await stats.requests(conn, stats.params(MARCH, grid, NOW))).filed == 5
    by_building = await stats.requests_by_building(conn, stats.params(MARCH, None, NOW))
    assert by_building == {"1": (3, 1, 1), "2": (2, 1, 1), "3": (2, 1, 0)}


async def test_residents_are_counted_by_building_household_and_language(
    conn: aiosqlite.Connection,
) -> None:
    got = await stats.residents(conn, stats.params(MARCH, None, NOW))
    assert got.registered == 4 and got.households == 3 and got.reachable == 4
    assert got.by_building == {"1": 2, "2": 1, "3": 1}
    assert got.languages == {"en": 2, "zh-hans": 2}
    assert got.joined == 0  # everyone joined in January
    assert await stats.households(conn, stats.params(MARCH, None, NOW)) == {
        "1": 1,
        "2": 1,
        "3": 1,
    }


async def test_a_months_request_figures_read_through_indexes_not_the_whole_table(
    conn: aiosqlite.Connection,
) -> None:
    statements: list[str] = []
    await conn.set_trace_callback(statements.append)
    values = stats.params(MARCH, ["1"], NOW)
    await stats.requests(conn, values)
    await stats.requests_by_building(conn, values)
    await conn.set_trace_callback(None)  # type: ignore[arg-type]  # None turns it off
    plans = []
    for statement in statements:
        async with conn.execute("EXPLAIN QUERY PLAN " + statement) as cur:
            plans += [row[3] for row in await cur.fetchall()]
    assert plans
    assert [p for p in plans if p.startswith("SCAN r") or p.startswith("SCAN requests")] == []
    assert any("requests_created" in p for p in plans)
    assert any("requests_done" in p for p in plans)


def _t(day: int, hour: int, month: int = 3) -> str | None:
    return ts(local(day, hour, month=month))


async def test_events_volunteering_and_wishes_of_a_month_by_hand(db: Database) -> None:
    async with db.transaction() as c:
        await seed(c)
        # Two events in March (one cancelled), one in April.
        await c.execute(
            "INSERT INTO events (id, title, starts_at, ends_at, place, capacity, deadline,"
            " taken, created_at, status) VALUES"
            " (1, 'Fair', ?, ?, 'Hall', 10, ?, 3, ?, 'published'),"
            " (2, 'Gone', ?, ?, 'Hall', 8, ?, 0, ?, 'cancelled'),"
            " (3, 'Later', ?, ?, 'Hall', 5, ?, 0, ?, 'published')",
            (_t(10, 9), _t(10, 11), _t(9, 9), _t(1, 9)) * 2 + (_t(5, 9, 4), _t(5, 11, 4),
             _t(4, 9, 4), _t(1, 9)),
        )  # fmt: skip
        await bulk.add_history(c, "signups", [
            (1, 1, 2, "confirmed", 1, _t(2, 9), _t(2, 9), _t(10, 9)),
            (1, 2, 1, "confirmed", 2, _t(2, 9), _t(2, 9), None),
            (1, 3, 1, "waiting", 3, _t(2, 9), _t(2, 9), None),
        ])  # fmt: skip
        await bulk.add_history(c, "tasks", [
            (1, "Patrol", "Gate", _t(12, 9), _t(12, 12), 3, 3, 10, "b:1", _t(1, 9)),
            (2, "Clean", "Yard", _t(20, 14), _t(20, 16), 2, 1, 5, None, _t(1, 9)),
        ])  # fmt: skip
        await bulk.add_history(c, "task_slots", [
            (1, 1, "came", _t(5, 9), _t(12, 9), _t(12, 11)),  # checked out after 2 hours
            (1, 2, "came", _t(5, 9), None, None),  # confirmed by the owner: the task's 3 hours
            (1, 3, "no_show", _t(5, 9), None, None),
            (2, 1, "came", _t(6, 9), None, None),  # 2 hours
        ])  # fmt: skip
        await bulk.add_history(c, "ledger", [
            (1, 10, "task", "", "task:1", 10, _t(12, 13)),
            (2, 10, "task", "", "task:1", 10, _t(12, 13)),
            (1, 5, "task", "", "task:2", 15, _t(20, 17)),
            (1, -4, "correction", "typo", None, 11, _t(21, 9)),
        ])  # fmt: skip
        await bulk.add_history(c, "wishes", [
            (1, 1, "study", "bag", "fulfilled", _t(1, 9), _t(4, 9), 10),  # 3 days
            (2, 3, "study", "book", "fulfilled", _t(20, 9, 2), _t(2, 9), 10),  # raised in Feb
            (3, 4, "daily", "fan", "published", _t(15, 9), None, None),
        ])  # fmt: skip
    values = stats.params(MARCH, None, NOW)
    async with db.reading() as conn:
        events = await stats.events(conn, values)
        volunteers = await stats.volunteers(conn, values)
        wishes = await stats.wishes(conn, values)
        one = await stats.volunteers(conn, stats.params(MARCH, ["3"], NOW))
    assert (events.held, events.places_offered, events.places_taken) == (1, 10, 3)
    assert (events.signed_up, events.checked_in, events.waiting) == (2, 1, 1)
    assert (volunteers.slots_needed, volunteers.slots_filled, volunteers.no_shows) == (5, 4, 1)
    assert volunteers.active == 2 and volunteers.hours == pytest.approx(7)
    assert volunteers.points_earned == 25  # the correction is not earning
    areas = {a.area: (a.hours, a.points) for a in volunteers.areas}
    assert areas == {"": (2.0, 5), "b:1": (5.0, 20)}
    assert (one.slots_needed, one.hours) == (2, 2.0)  # building 3 sees only community tasks
    assert (wishes.raised, wishes.fulfilled) == (2, 2)
    assert wishes.by_category == {"daily": (1, 0), "study": (1, 2)}
    # Fulfilled after 3 days and after 10 days (20 February to 2 March): nearest-rank median 3.
    assert wishes.median_days == pytest.approx(3)
