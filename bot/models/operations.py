"""What the operator's tools report: a backup made, the database's health."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import BaseModel


class BackupFile(BaseModel):
    """A finished backup: where it is and how big."""

    path: Path
    size: int


class Checkup(BaseModel):
    """The health of a database file, as `linli check` prints it."""

    integrity: str
    size: int
    wal_size: int
    schema_version: int
    code_version: int
    outbox_backlog: int
    outbox_oldest: datetime | None
    due_late: int
    due_oldest: datetime | None
    last_backup: Path | None = None
    last_backup_at: datetime | None = None

    @property
    def healthy(self) -> bool:
        """Return True when the file is sound and this code can open it."""
        return self.integrity == "ok" and self.schema_version <= self.code_version
