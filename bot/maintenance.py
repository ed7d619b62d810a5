"""The operator's commands: `linli backup [PATH]`, `linli restore FILE`, `linli check`.

Each prints what it did in a line or a few, and a refusal as one line on stderr with a
nonzero exit status, so a cron job or a person at the terminal sees at once what went wrong.
They open the database file with connections of their own, so `backup` and `check` run while
the bot does; `restore` wants the bot stopped (it replaces the file under it).
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timedelta
from pathlib import Path

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.models.operations import Checkup
from bot.services.operations.backups import BackupService, OperationRefused, human_size

REFUSED = 1


def _age(now: datetime, then: datetime | None) -> str:
    if then is None:
        return ""
    minutes = max(0, int((now - then) / timedelta(minutes=1)))
    if minutes < 120:
        return f", the oldest for {minutes} min"
    return f", the oldest for {minutes // 60} h"


def checkup_lines(report: Checkup, database: Path, now: datetime) -> list[str]:
    """Return the report of `linli check`, one line per thing looked at."""
    wal = f" (+ {human_size(report.wal_size)} write-ahead log)" if report.wal_size else ""
    newer = "" if report.schema_version <= report.code_version else ": NEWER than this Linli"
    return [
        f"database   {database}",
        f"integrity  {report.integrity}",
        f"size       {human_size(report.size)}{wal}",
        f"schema     version {report.schema_version} (this Linli knows "
        f"{report.code_version}){newer}",
        f"outbox     {report.outbox_backlog} due to send and not sent yet"
        f"{_age(now, report.outbox_oldest)}",
        f"due work   {report.due_late} late{_age(now, report.due_oldest)}",
        f"backup     {_last(report, now)}",
    ]


def _last(report: Checkup, now: datetime) -> str:
    if report.last_backup is None or report.last_backup_at is None:
        return "none yet in the backup folder"
    hours = max(0, int((now - report.last_backup_at) / timedelta(hours=1)))
    return f"the newest is {report.last_backup}, made {hours} h ago"


async def _run(command: str, path: Path | None, service: BackupService, clock: Clock) -> int:
    if command == "backup":
        made = await service.make(path)
        print(f"backup made {made.path} ({human_size(made.size)})")
        return 0
    if command == "restore":
        assert path is not None
        aside = await service.restore(path)
        print(f"restored {path} into {service.database}")
        if aside is not None:
            print(f"the database as it was is kept as {aside}")
        return 0
    report = await service.check()
    print("\n".join(checkup_lines(report, service.database, clock.now())))
    return 0 if report.healthy else REFUSED


def run(command: str, path: Path | None, settings: Settings, clock: Clock | None = None) -> int:
    """Run one operator command; a refusal is one line on stderr and a nonzero status."""
    clock = clock or SystemClock()
    service = BackupService(settings, clock)
    try:
        return asyncio.run(_run(command, path, service, clock))
    except OperationRefused as exc:
        print(f"linli {command}: {exc}", file=sys.stderr)
        return REFUSED


def refuse_newer(settings: Settings) -> str | None:
    """Return the one line refusing a database a newer Linli made, or None when it may start."""
    try:
        asyncio.run(BackupService(settings, SystemClock()).refuse_newer())
    except OperationRefused as exc:
        return f"linli: {exc}"
    return None
