"""Periods in the community's own calendar: this month, last month, this year, typed dates.

A month starts at local midnight on its first day, whatever UTC says, so a request filed at
00:30 on 1 April in Shanghai (16:30 on 31 March in UTC) counts in April. Each period also
carries its local weeks (Monday to Monday, cut to the period) for the trend line.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.models.stats import Period

THIS_MONTH = "tm"
LAST_MONTH = "lm"
THIS_YEAR = "ty"
KINDS = (THIS_MONTH, LAST_MONTH, THIS_YEAR)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def between(first: date, last: date, zone: ZoneInfo) -> Period:
    """Return the local days `first` to `last`, both included, as a period."""
    start, end = _midnight(first, zone), _midnight(last + timedelta(days=1), zone)
    weeks = []
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        nxt = monday + timedelta(days=7)
        weeks.append((max(start, _midnight(monday, zone)), min(end, _midnight(nxt, zone))))
        monday = nxt
    return Period(start=start, end=end, weeks=tuple(weeks))


def month_of(day: date, zone: ZoneInfo) -> Period:
    """Return the local month that holds `day`."""
    first = day.replace(day=1)
    return between(first, _next_month(first) - timedelta(days=1), zone)


def named(kind: str, now: datetime, zone: ZoneInfo) -> Period:
    """Return this month, last month or this year as the community's calendar has it now."""
    today = now.astimezone(zone).date()
    if kind == THIS_MONTH:
        return month_of(today, zone)
    if kind == LAST_MONTH:
        return month_of(today.replace(day=1) - timedelta(days=1), zone)
    if kind == THIS_YEAR:
        return between(date(today.year, 1, 1), date(today.year, 12, 31), zone)
    raise ValueError(f"unknown period {kind!r}")


def first_of_next_month(now: datetime, zone: ZoneInfo) -> datetime:
    """Return the UTC instant the next local month begins."""
    return _midnight(_next_month(now.astimezone(zone).date()), zone)


def month_key(day: date) -> int:
    """Return a month as a number, 202703 for March 2027 (the monthly report's reference)."""
    return day.year * 100 + day.month


def month_from_key(key: int) -> date:
    """Return the first day of the month a key names."""
    return date(key // 100, key % 100, 1)
