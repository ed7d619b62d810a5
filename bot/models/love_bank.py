"""The love bank's ledger as the domain sees it; like bot/models/requests.py, imports nothing of ours."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class LedgerKind(StrEnum):
    """Why points moved: earned for service, awarded, spent, or corrected."""

    TASK = "task"
    WISH = "wish"
    EVENT = "event"
    AWARD = "award"
    REDEMPTION = "redemption"
    CORRECTION = "correction"


class LedgerEntry(BaseModel):
    """One line of the ledger: never edited, never removed."""

    model_config = ConfigDict(frozen=True)

    id: int
    person_id: int
    points: int
    kind: LedgerKind
    note: str = ""
    recorded_by: int | None = None
    recorded_by_name: str | None = None
    ref: str | None = None
    balance_after: int
    created_at: datetime


class PointsView(BaseModel):
    """A person's balance (and what pending reward requests hold) with the latest entries."""

    person_id: int
    balance: int
    held: int = 0
    earned: int
    entries: list[LedgerEntry]

    @property
    def available(self) -> int:
        """Return the balance less the points held by requests waiting for staff."""
        return self.balance - self.held
