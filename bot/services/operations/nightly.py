"""The nightly backup, as due work: a row in SQLite, so a night missed is made up, once.

One row of kind `backup` is pending at a time, due at the next LINLI_BACKUP_HOUR in the
community's zone. If the bot was down at that hour, the row is still pending and runs on the
first tick after the start: one backup however many nights were missed.

Why the copy runs beside the tick and not inside it: due work runs in a write transaction,
and a district's database takes seconds to copy (bench/backup.py), seconds every write
would wait. So the due row, when it runs, only leaves a retry row an hour on, as a safety
net, and starts the copy; the copy reads through connections of its own while the bot goes
on writing. When it is done, one transaction settles every pending backup row (the safety
net with them) and writes the next night's: never twice. If the bot dies mid-copy, the
safety net makes the backup up an hour later or at the next start. A failed backup (disk
full) is logged, told to the admins in Telegram (once a night, not at each retry), and the
safety net tries again an hour later.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import aiosqlite

from bot.models.work import DueWork
from bot.services.env import ServiceEnv
from bot.services.operations.backups import BackupService, OperationRefused, human_size
from storage import due as due_repo
from storage import people as people_repo

log = logging.getLogger(__name__)

BACKUP = "backup"
RETRY = timedelta(hours=1)
NIGHT_REF, RETRY_REF = 0, 1  # the row's ref_id: the night's backup, or a retry after a failure


def next_backup_at(after: datetime, zone: ZoneInfo, hour: time) -> datetime:
    """Return the first `hour` in the community's zone strictly after `after` (in UTC)."""
    local = after.astimezone(zone)
    candidate = datetime.combine(local.date(), hour, tzinfo=zone)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), hour, tzinfo=zone)
    return candidate.astimezone(UTC)


class NightlyBackups:
    """Keeps one nightly backup row pending and does it when it falls due."""

    def __init__(self, env: ServiceEnv, backups: BackupService) -> None:
        self.env = env
        self.backups = backups
        self._copying: asyncio.Task[None] | None = None

    def _enabled(self) -> bool:
        return self.env.settings.backup_hour is not None and self.env.db.path != ":memory:"

    def _next(self, after: datetime) -> datetime:
        hour = self.env.settings.backup_hour or time(3)
        return next_backup_at(after, self.env.settings.zone, hour)

    async def arm(self) -> datetime | None:
        """Make sure the next backup is due (a missed one stays due); return when it is."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            waiting = await due_repo.pending_of(conn, BACKUP)
            keep = self._keep(waiting, now)
            for work in waiting:
                if keep is None or work.id != keep.id:
                    await due_repo.finish(conn, work.id, now)  # superseded: another hour set
            if keep is None and self._enabled():
                wanted = self._next(now)
                await due_repo.add(conn, BACKUP, NIGHT_REF, wanted)
                return wanted
        return None if keep is None else keep.due_at

    def _keep(self, waiting: list[DueWork], now: datetime) -> DueWork | None:
        """Return the pending row to keep, if any; the others were set for another hour.

        A row already due is a night the bot was down (made up on the first tick); a retry
        after a failure stays if it comes before the next set hour; else the row at that hour.
        """
        if not self._enabled() or not waiting:
            return None
        wanted = self._next(now)
        first = waiting[0]
        if first.due_at <= now or (first.ref_id == RETRY_REF and first.due_at <= wanted):
            return first
        return next((w for w in waiting if w.due_at == wanted), None)

    async def _tell_admins(self, conn: aiosqlite.Connection, reason: str) -> None:
        """Tell each admin privately: nobody may be reading the server's log."""
        for tg_id in sorted(self.env.settings.admins):
            admin = await people_repo.by_tg(conn, tg_id)
            await self.env.notify(
                conn, admin, "backup-failed-admin", reason=reason, folder=str(self.backups.folder)
            )

    async def run(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Due work: leave the safety net, then start the copy outside the write lock."""
        retry = self.env.clock.now() + RETRY
        await due_repo.add(conn, BACKUP, RETRY_REF, retry)
        if self._copying is None or self._copying.done():
            self._copying = asyncio.create_task(
                self._copy(tell=work.ref_id == NIGHT_REF, retry=retry), name="linli-backup"
            )

    async def _copy(self, *, tell: bool, retry: datetime) -> None:
        try:
            made = await self.backups.make()
        except OperationRefused as exc:
            log.error("backup failed: %s; trying again at %s", exc, retry.isoformat())
            if tell:  # once a night, not at every hourly retry
                async with self.env.db.transaction() as conn:
                    await self._tell_admins(conn, str(exc))
            return
        except Exception:
            log.exception("backup failed; trying again at %s", retry.isoformat())
            return
        log.info("backup made %s (%s)", made.path, human_size(made.size))
        try:
            await self._settle()
        except Exception:  # the database closed under us: the safety net makes another
            log.warning("backup %s made but not recorded; another follows at %s", made.path, retry)

    async def _settle(self) -> None:
        """Mark every pending backup row done (the safety net too) and set the next night's."""
        async with self.env.db.transaction() as conn:
            now = self.env.clock.now()
            for work in await due_repo.pending_of(conn, BACKUP):
                await due_repo.finish(conn, work.id, now)
            if self.env.settings.backup_hour is not None:
                await due_repo.add(conn, BACKUP, NIGHT_REF, self._next(now))

    async def settled(self) -> None:
        """Wait for a copy under way to finish (before the database closes, and in tests)."""
        if self._copying is not None:
            await asyncio.gather(self._copying, return_exceptions=True)
