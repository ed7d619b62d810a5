"""The audit log: who among staff and admins did what, when, and what it was before."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel


class AuditAction(StrEnum):
    """What a staff member or admin did (the catalog's `audit-action` names each)."""

    STAFF_JOINED = "staff_joined"
    STAFF_REMOVED = "staff_removed"
    BUILDING_ADDED = "building_added"
    BUILDING_REMOVED = "building_removed"
    BUILDING_GRID = "building_grid"
    CATEGORY_ADDED = "category_added"
    CATEGORY_TARGET = "category_target"
    CATEGORY_SHOWN = "category_shown"
    QUIET_HOURS = "quiet_hours"
    ROOM_LANGUAGE = "room_language"
    WISH_POINTS = "wish_points"
    STALL_DAYS = "stall_days"
    POINTS_AWARDED = "points_awarded"
    POINTS_CORRECTED = "points_corrected"
    DATA_ERASED = "data_erased"
    NOTICE_SENT = "notice_sent"
    NOTICE_SCHEDULED = "notice_scheduled"
    NOTICE_CANCELLED = "notice_cancelled"
    REQUEST_REFERRED = "request_referred"


class AuditEntry(BaseModel):
    """One line of the audit log; `subject` names what was changed (a building, R-000003)."""

    id: int
    at: datetime
    actor_id: int | None
    actor_name: str | None
    action: AuditAction
    subject: str
    before: str | None
    after: str | None
