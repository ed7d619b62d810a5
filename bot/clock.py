"""Time as a dependency, so tests can move it forward (overdue requests, auto-close)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    """Something that tells the current time in UTC."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class ShiftedClock:
    """The wall clock moved by an offset that only grows: tests and the sandbox travel in time.

    Time keeps flowing (so retries and timeouts behave as in life), and `advance` jumps ahead
    to make an overdue request or a week without an answer happen now.
    """

    def __init__(self, offset: timedelta = timedelta()) -> None:
        self.offset = offset

    def now(self) -> datetime:
        """Return the current UTC time plus the offset."""
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by `delta`."""
        self.offset += delta


class PinnedClock(ShiftedClock):
    """A clock that starts at a chosen instant and then runs on in real (monotonic) seconds.

    Tests pin it, so an outcome never depends on the hour the suite runs at (quiet hours,
    'tomorrow', deadlines), while waits and retries still see time pass; `advance` jumps
    ahead as on a ShiftedClock.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("a pinned clock needs a timezone-aware start")
        super().__init__()
        self.start = start.astimezone(UTC)
        self._started = time.monotonic()

    def now(self) -> datetime:
        """Return the start plus the real seconds elapsed since, plus the offset."""
        elapsed = timedelta(seconds=time.monotonic() - self._started)
        return self.start + elapsed + self.offset


def local(when: datetime, zone: ZoneInfo) -> str:
    """Return a time as people read it in the community: 2025-06-01 14:00."""
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_day(when: datetime | None, zone: ZoneInfo) -> str:
    """Return the community's date of a time (2025-06-01), or "none" for no date at all."""
    return "none" if when is None else when.astimezone(zone).strftime("%Y-%m-%d")
