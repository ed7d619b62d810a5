"""Backups, restore and the health check of the database file: the policy.

A backup is written under a temporary name in the backup folder, checked with
`PRAGMA integrity_check`, and only then renamed to `linli-2026-12-07T0300.db` (the community's
local time), so a file with that name is always a whole, sound copy. Backups older than
LINLI_BACKUP_KEEP days are pruned after each one made in the folder.

Nothing here needs the running bot: `linli backup`, `restore` and `check` use it from the
command line beside it, and the bot's start and nightly due work use it too.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.clock import Clock
from bot.config import Settings
from bot.models.operations import BackupFile, Checkup
from bot.models.outbox import Backlog
from storage import backup as files
from storage import checkup as checkup_repo
from storage import inuse, migrations, monitoring

log = logging.getLogger(__name__)

PREFIX = "linli-"
STAMP = "%Y-%m-%dT%H%M"
# linli-2026-12-07T0300.db, linli-2026-12-07T0300-2.db, linli-2026-12-07T0300-upgrade.db
_NAME = re.compile(r"^linli-(\d{4}-\d{2}-\d{2}T\d{4})(?:-[\w-]+)?\.db$")
DUE_GRACE = timedelta(minutes=5)  # due work later than this counts as late in `linli check`


class OperationRefused(Exception):
    """A backup, restore or start cannot go ahead; the message is one line for the operator."""


def human_size(size: int) -> str:
    """Return a size as people read it: 812 B, 3.4 MB."""
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} B"


class BackupService:
    """Makes, prunes, restores and checks copies of the database named in the settings."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock

    @property
    def database(self) -> Path:
        """Return the database file."""
        return Path(self.settings.db)

    @property
    def folder(self) -> Path:
        """Return the folder backups go to."""
        return Path(self.settings.backups)

    def _stamp(self) -> str:
        return self.clock.now().astimezone(self.settings.zone).strftime(STAMP)

    def _free_name(self, suffix: str = "") -> Path:
        stem = f"{PREFIX}{self._stamp()}{suffix}"
        candidate, n = self.folder / f"{stem}.db", 2
        while candidate.exists():
            candidate, n = self.folder / f"{stem}-{n}.db", n + 1
        return candidate

    def _require_file(self) -> None:
        if str(self.settings.db) == ":memory:":
            raise OperationRefused("an in-memory database has nothing to back up")
        if not self.database.is_file():
            raise OperationRefused(f"no database at {self.database}")

    def _destination(self, target: Path | None, suffix: str) -> Path:
        """Return the file a backup goes to, its folder made; never one that exists."""
        if target is not None and target.is_dir():
            target = target / self._free_name(suffix).name
        final = target or self._free_name(suffix)
        if final.exists():
            raise OperationRefused(f"{final} exists already: name another file")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OperationRefused(f"cannot make the folder {final.parent}: {exc}") from exc
        return final

    def _refuse_source(self, source: Path) -> None:
        if str(self.settings.db) == ":memory:":
            raise OperationRefused("an in-memory database cannot be restored into")
        if not source.is_file():
            raise OperationRefused(f"no such file: {source}")
        if self.database.exists() and source.resolve() == self.database.resolve():
            raise OperationRefused(f"{source} is the database itself: name a backup")

    async def make(self, target: Path | None = None, *, suffix: str = "") -> BackupFile:
        """Back the database up now (the bot may be running); return the finished file.

        Without a target it goes to the backup folder under a dated name, and old ones are
        pruned; a target that is a folder gets the dated name inside it.
        """
        self._require_file()
        final = self._destination(target, suffix)
        temporary = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        try:
            await files.copy(self.database, temporary)
            verdict = await files.integrity(temporary)
            if verdict != "ok":
                raise OperationRefused(f"the copy failed its integrity check: {verdict}")
            os.replace(temporary, final)
        except (files.CopyFailed, OSError) as exc:
            raise OperationRefused(f"cannot back up to {final}: {exc}") from exc
        finally:
            temporary.unlink(missing_ok=True)
        made = BackupFile(path=final, size=final.stat().st_size)
        if target is None:
            self.prune()
        return made

    def prune(self) -> list[Path]:
        """Delete the folder's dated backups older than LINLI_BACKUP_KEEP days; return them."""
        if not self.folder.is_dir():
            return []
        zone = self.settings.zone
        oldest = self.clock.now().astimezone(zone) - timedelta(days=self.settings.backup_keep)
        removed = []
        for path in sorted(self.folder.iterdir()):
            if self._stale(path, oldest):
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def _stale(self, path: Path, oldest: datetime) -> bool:
        """Return True for a dated backup older than `oldest`, or a copy left half-written
        (by a crash or a full disk) more than a day ago."""
        if path.name.startswith(f".{PREFIX}") and path.name.endswith(".tmp"):
            written = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
            return written < self.clock.now() - timedelta(days=1)
        found = _NAME.match(path.name)
        if found is None:
            return False
        made = datetime.strptime(found.group(1), STAMP).replace(tzinfo=self.settings.zone)
        return made < oldest

    async def restore(self, source: Path) -> Path | None:
        """Put a backup in the database's place; return where the old database was kept."""
        self._refuse_source(source)
        await self._refuse_unusable(source)
        aside: Path | None = None
        if self.database.is_file():
            stamp = self.clock.now().astimezone(self.settings.zone).strftime("%Y%m%dT%H%M%S")
            aside = self.database.with_name(f"{self.database.name}.before-restore-{stamp}")
        try:
            with inuse.alone(str(self.database)):
                if aside is not None:
                    await files.copy(self.database, aside)
                await files.put_back(source, self.database)
        except inuse.InUse:
            raise OperationRefused(
                f"the bot has {self.database} open: stop it first, then restore"
            ) from None
        except (files.CopyFailed, OSError) as exc:
            raise OperationRefused(f"cannot restore {source}: {exc}") from exc
        return aside

    async def _refuse_unusable(self, source: Path) -> None:
        verdict = await files.integrity(source)
        if verdict != "ok":
            raise OperationRefused(f"{source} is not a sound SQLite database: {verdict}")
        if not await files.has_tables(source):
            raise OperationRefused(f"{source} holds no Linli database (it has no tables)")
        found, known = await files.schema_version(source), migrations.latest()
        if found > known:
            raise OperationRefused(f"{source}: {migrations.SchemaTooNew(found, known)}")

    async def check(self) -> Checkup:
        """Report the database's integrity, size, schema version, outbox and due work."""
        self._require_file()
        now = self.clock.now()
        wal = self.database.with_name(self.database.name + "-wal")
        verdict = await files.integrity(self.database)
        version = late = 0
        backlog = Backlog()
        due_oldest = None
        if verdict == "ok":  # a damaged file's tables cannot be trusted to answer
            async with files.opened(self.database) as conn:
                version = await migrations.version_of(conn)
                backlog = await monitoring.outbox_backlog(conn, now)
                late, due_oldest = await checkup_repo.due_late(conn, now - DUE_GRACE)
        return Checkup(
            integrity=verdict,
            size=self.database.stat().st_size,
            wal_size=wal.stat().st_size if wal.is_file() else 0,
            schema_version=version,
            code_version=migrations.latest(),
            outbox_backlog=backlog.count,
            outbox_oldest=backlog.oldest_due,
            due_late=late,
            due_oldest=due_oldest,
            **self._newest(),
        )

    def _newest(self) -> dict[str, Any]:
        """Return the folder's newest dated backup and when it was made (by its name)."""
        if not self.folder.is_dir():
            return {}
        dated = [(found.group(1), path) for path in self.folder.iterdir()
                 if (found := _NAME.match(path.name))]  # fmt: skip
        if not dated:
            return {}
        stamp, path = max(dated)
        made = datetime.strptime(stamp, STAMP).replace(tzinfo=self.settings.zone)
        return {"last_backup": path, "last_backup_at": made}

    async def refuse_newer(self) -> int | None:
        """Refuse a database a newer Linli made; return its schema version (None: no database)."""
        if str(self.settings.db) == ":memory:" or not await files.has_tables(self.database):
            return None
        found, known = await files.schema_version(self.database), migrations.latest()
        if found > known:
            raise OperationRefused(f"{self.database}: {migrations.SchemaTooNew(found, known)}")
        return found

    async def before_start(self) -> BackupFile | None:
        """Refuse a database newer than the code; back up one that is about to be migrated."""
        found = await self.refuse_newer()
        if found is None:
            return None
        known = migrations.latest()
        async with files.opened(self.database) as conn:
            waiting = await migrations.pending(conn)
        if not waiting:
            return None
        made = await self.make(suffix=f"-before-v{max(waiting):03d}")
        log.info(
            "backup made %s (%s) before upgrading the database from version %d to %d",
            made.path,
            human_size(made.size),
            found,
            known,
        )
        return made
