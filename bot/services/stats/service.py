"""The statistics service: a period and a scope in, the summary and its charts out, for staff.

Reading only: every figure is one of storage/stats.py's aggregates, read on a connection of
its own, so counting a year never holds up a resident's button press. Charts are drawn in a
worker thread (matplotlib is CPU work) so the bot keeps answering meanwhile.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiosqlite

from bot import i18n
from bot.errors import InvalidInput, NotFound
from bot.models.outbox import OutboxMessage
from bot.models.stats import (
    BuildingLine,
    EventStats,
    NoticeStats,
    Period,
    ResidentStats,
    Scope,
    ScopeKind,
    Summary,
    TopicStats,
    VolunteerStats,
    WishStats,
)
from bot.models.work import DueWork
from bot.services.dates import read_time
from bot.services.env import ServiceEnv
from bot.services.stats import charts, periods, report
from storage import community as community_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import stats as stats_repo

MONTHLY = "stats_report"  # due work: the report of the month `ref_id` (202703), sent on the 1st
MAX_DAYS = 3 * 366 + 1  # the longest typed period: three years
_SEPARATORS = re.compile(r"\s+(?:to|-|–|—|~)\s+|\s*[~至到—–]\s*")


@dataclass(frozen=True)
class Chart:
    """One chart image and its name."""

    name: str
    png: bytes


@dataclass(frozen=True)
class Places:
    """The buildings and grids staff can pick as a scope, in the community's order."""

    buildings: list[str]
    grids: list[str]


def days_of(period: Period, zone: ZoneInfo) -> tuple[date, date]:
    """Return the first and last local day of a period."""
    first = period.start.astimezone(zone).date()
    last = (period.end.astimezone(zone) - timedelta(microseconds=1)).date()
    return first, last


class StatsService:
    """Figures for staff: summaries, charts and (see report.py) the monthly workbook."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return self.env.settings.zone

    def named(self, kind: str) -> Period:
        """Return this month, last month or this year on the community's calendar."""
        return periods.named(kind, self.env.clock.now(), self.zone)

    def between(self, first: date, last: date) -> Period:
        """Return the local days first..last as a period, or raise InvalidInput."""
        if last < first or (last - first).days >= MAX_DAYS:
            raise InvalidInput("stats-bad-dates")
        return periods.between(first, last, self.zone)

    def typed(self, text: str) -> Period:
        """Read a period typed as two days ("2027-01-01 2027-03-31", "3月1日至3月31日")."""
        parts = [p for p in _SEPARATORS.split(text.strip(), maxsplit=1) if p]
        if len(parts) != 2:
            parts = text.split()
        if len(parts) != 2:
            raise InvalidInput("stats-bad-dates")
        now = self.env.clock.now()
        read = [read_time(part, self.zone, now) for part in parts]
        if read[0] is None or read[1] is None:
            raise InvalidInput("stats-bad-dates")
        first, last = (r.astimezone(self.zone).date() for r in read if r is not None)
        return self.between(first, last)

    async def places(self, tg_id: int) -> Places:
        """Return the buildings and grids to choose from, for staff."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            buildings = [b.name for b in await community_repo.buildings(conn)]
            grids = await stats_repo.grids(conn)
        return Places(buildings=buildings, grids=grids)

    async def summary(self, tg_id: int, period: Period, scope: Scope) -> Summary:
        """Return every figure of a period and scope, for staff and admins.

        The areas are read at once, each on a read connection of its own (SQLite works
        outside Python's lock), so the card takes as long as its slowest area, not their sum.
        """
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            chosen = await self._buildings(conn, scope)
            names = await self._names(conn, chosen)
        values = stats_repo.params(period, chosen, self.env.clock.now())

        async def read(area: Area) -> object:
            async with self.env.db.reading() as conn:
                return await area(conn, values)

        found = await asyncio.gather(*(read(area) for area in AREAS))
        return _summary(period, scope, names, found)

    async def compute(self, conn: aiosqlite.Connection, period: Period, scope: Scope) -> Summary:
        """Return the summary on one open connection (the monthly report's due work)."""
        chosen = await self._buildings(conn, scope)
        names = await self._names(conn, chosen)
        values = stats_repo.params(period, chosen, self.env.clock.now())
        found = [await area(conn, values) for area in AREAS]
        return _summary(period, scope, names, found)

    async def _names(self, conn: aiosqlite.Connection, chosen: list[str] | None) -> list[str]:
        if chosen is not None:
            return chosen
        return [b.name for b in await community_repo.buildings(conn)]

    async def _buildings(self, conn: aiosqlite.Connection, scope: Scope) -> list[str] | None:
        if scope.kind == ScopeKind.ALL:
            return None
        known = [b.name for b in await community_repo.buildings(conn)]
        if scope.kind == ScopeKind.BUILDING:
            if scope.name not in known:
                raise NotFound()
            return [scope.name]
        grid = await stats_repo.buildings_of_grid(conn, scope.name or "")
        if not grid:
            raise NotFound()
        return grid

    def period_text(self, lang: str, period: Period) -> str:
        """Return a period as people read it: 2027-03-01 to 2027-03-31."""
        first, last = days_of(period, self.zone)
        return i18n.t(lang, "stats-period", start=first.isoformat(), end=last.isoformat())

    def scope_text(self, lang: str, scope: Scope) -> str:
        """Return the scope's name in a language."""
        if scope.kind == ScopeKind.ALL:
            return i18n.t(lang, "stats-scope-all")
        return i18n.t(lang, f"stats-scope-{scope.kind.value}", name=scope.name or "")

    async def charts(self, summary: Summary, lang: str) -> list[Chart]:
        """Return the charts of a summary (drawn in a worker thread)."""
        return await asyncio.to_thread(self.draw, summary, lang)

    def draw(self, summary: Summary, lang: str) -> list[Chart]:
        """Draw the three charts of a summary: by category, weekly, per building."""
        label = f"{self.scope_text(lang, summary.scope)} · {self.period_text(lang, summary.period)}"
        requests = summary.requests
        return [
            Chart("categories.png", charts.by_category(requests, lang, label)),
            Chart("weekly.png", charts.weekly(requests, lang, label, self.zone)),
            Chart("buildings.png", charts.buildings(requests.buildings, lang, label)),
        ]

    async def export(
        self, tg_id: int, period: Period, scope: Scope, lang: str
    ) -> tuple[str, bytes]:
        """Return a file name and the report workbook of a period and scope, for staff."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            return await self._workbook(conn, period, scope, lang)

    async def _workbook(
        self, conn: aiosqlite.Connection, period: Period, scope: Scope, lang: str
    ) -> tuple[str, bytes]:
        summary = await self.compute(conn, period, scope)
        drawn = await self.charts(summary, lang)
        values = stats_repo.params(period, await self._buildings(conn, scope), self.env.clock.now())
        labels = (self.scope_text(lang, scope), self.period_text(lang, period))
        data = await report.write(
            conn, values, summary, labels, [c.png for c in drawn], lang, self.zone
        )
        first, last = days_of(period, self.zone)
        return f"linli-{first.isoformat()}-{last.isoformat()}-{lang}.xlsx", data

    async def arm_monthly(self) -> None:
        """Schedule this month's report for the 1st of the next (once; a restart adds nothing)."""
        if not self.env.settings.monthly_report:
            return
        now = self.env.clock.now()
        key = periods.month_key(now.astimezone(self.zone).date())
        async with self.env.db.transaction() as conn:
            await due_repo.add(conn, MONTHLY, key, periods.first_of_next_month(now, self.zone))

    async def send_monthly(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Send the month's report to every admin and the committee chat, then arm the next.

        Runs as due work: the row is marked done in this same transaction as the outbox rows,
        so the report goes once, even across a restart. Each language's workbook is written
        once to the reports folder beside the database and sent from there.
        """
        if not self.env.settings.monthly_report:
            return  # turned off since it was armed: nothing goes, and nothing is armed again
        month = periods.month_from_key(work.ref_id)
        period = periods.month_of(month, self.zone)
        chats: dict[int, str] = {}
        for admin in sorted(self.env.settings.admins):
            chats[admin] = self.env.language_of(await people_repo.by_tg(conn, admin))
        if self.env.settings.committee_chat is not None:
            chats.setdefault(self.env.settings.committee_chat, self.env.settings.lang)
        files: dict[str, Path] = {}
        for lang in sorted(set(chats.values())):
            name, data = await self._workbook(conn, period, Scope(), lang)
            files[lang] = self._reports() / name
            files[lang].write_bytes(data)
        for chat_id, lang in chats.items():
            caption = i18n.t(lang, "stats-monthly-caption", period=self.period_text(lang, period))
            message = OutboxMessage(
                chat_id=chat_id, text=caption, document=str(files[lang]), ref=f"stats:{work.ref_id}"
            )
            await self.env.queue(conn, message)
        following = periods.month_of(period.end.astimezone(self.zone).date(), self.zone)
        key = periods.month_key(following.start.astimezone(self.zone).date())
        await due_repo.add(conn, MONTHLY, key, following.end)

    def _reports(self) -> Path:
        folder = Path(self.env.settings.db).resolve().parent / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder


Area = Callable[[aiosqlite.Connection, stats_repo.Params], Awaitable[object]]
# The order _summary reads them back in.
AREAS: tuple[Area, ...] = (
    stats_repo.request_counts,
    stats_repo.request_timings,
    stats_repo.request_weeks,
    stats_repo.residents,
    stats_repo.notices,
    stats_repo.events,
    stats_repo.volunteers,
    stats_repo.wishes,
    stats_repo.topics,
)


def _summary(period: Period, scope: Scope, names: list[str], found: Sequence[object]) -> Summary:
    """Put the areas' figures together, the buildings' lines with their households."""
    counts, timings, weeks, residents, notices, events, volunteers, wishes, topics = found
    requests = stats_repo.assemble(counts, timings, weeks)  # type: ignore[arg-type]
    assert isinstance(residents, ResidentStats)
    filed = {b.building: b for b in requests.buildings}
    lines = [
        replace(
            filed.get(name, BuildingLine(name, 0, 0, 0, 0)),
            households=residents.households_by_building.get(name, 0),
        )
        for name in names
    ]
    assert isinstance(notices, NoticeStats) and isinstance(events, EventStats)
    assert isinstance(volunteers, VolunteerStats) and isinstance(wishes, WishStats)
    assert topics is None or isinstance(topics, TopicStats)
    return Summary(
        period=period,
        scope=scope,
        requests=replace(requests, buildings=lines),
        residents=residents,
        notices=notices,
        events=events,
        volunteers=volunteers,
        wishes=wishes,
        topics=topics,
    )
