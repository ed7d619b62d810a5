"""Background state: forms in progress (drafts) and work whose time will come (due rows)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class Draft(BaseModel):
    """A form in progress; kept in SQLite so it survives a restart."""

    id: int
    tg_id: int
    flow: str
    step: str
    data: dict[str, Any] = Field(default_factory=dict)
    updated_at: datetime


class DueWork(BaseModel):
    """Something that must happen at a time: a row, so a restart loses nothing."""

    id: int
    kind: str
    ref_id: int
    due_at: datetime
