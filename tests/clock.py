"""The tests' clock: pinned to a weekday afternoon in the community's time zone.

No test may pass at noon and fail at night, so no test reads the wall clock: each starts at
the same instant (a Wednesday, 15:00 local) and time runs on from there in real seconds.
`LINLI_TEST_HOUR=3 python -m pytest` runs the whole suite at another hour of that day; tests
marked `any_hour` run twice anyway, at ANY_HOURS (night and noon).
"""

from __future__ import annotations

import os
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.clock import PinnedClock
from bot.config import Settings

HOUR_VARIABLE = "LINLI_TEST_HOUR"
DEFAULT_HOUR = 15
ANY_HOURS = (3, 12)  # deep in the quiet hours (22:00-07:00 by default), and midday
PINNED_DAY = date(2027, 3, 17)  # a Wednesday, mid-month, away from any DST change


def chosen_hour() -> int:
    """Return the hour tests run at: LINLI_TEST_HOUR if set, else mid-afternoon."""
    raw = os.environ.get(HOUR_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_HOUR
    if not raw.isdigit() or not 0 <= int(raw) <= 23:
        raise ValueError(f"{HOUR_VARIABLE} must be an hour from 0 to 23, not {raw!r}")
    return int(raw)


def pinned_clock(hour: int | None = None, zone: ZoneInfo | None = None) -> PinnedClock:
    """Return a clock starting on PINNED_DAY at `hour`:00 in `zone` (the community's)."""
    zone = zone or Settings().zone
    hour = chosen_hour() if hour is None else hour
    return PinnedClock(datetime.combine(PINNED_DAY, time(hour), tzinfo=zone))
