"""Time as a dependency, so tests can move it forward (overdue requests, auto-close)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


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
