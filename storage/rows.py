"""Conversions shared by repositories: times as ISO 8601 UTC text, JSON columns."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def ts(value: datetime | None) -> str | None:
    """Return a time as the ISO text stored in SQLite (UTC, sortable)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def parse_ts(value: str | None) -> datetime | None:
    """Return the aware UTC time stored as text, or None."""
    return None if value is None else datetime.fromisoformat(value)


def dumps(value: Any) -> str | None:
    """Return a JSON column value."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def loads(value: str | None) -> Any:
    """Return a JSON column's value."""
    return None if value is None else json.loads(value)
