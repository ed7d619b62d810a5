"""Backups at the size of a district: how long one takes, and what residents' writes feel.

    python bench/backup.py            # 100,000 residents, 1,000,000 requests
    python bench/backup.py --quick    # 10,000 residents, 100,000 requests (CI)

Works on bench/scale.py's cached district database (built there when missing). Prints:

- a plain file copy of the same database (the floor the disk sets: no consistency, no check);
- `linli backup` (SQLite's online backup API, then `integrity_check`, then the rename) while
  one writer commits a small transaction after another, as residents would; the writes'
  p50/p99 against the same writes with no backup running;
- the nightly backup run as the due-work tick runs it (the copy beside the tick, not inside
  its write transaction): the writes' p50/p99 and the longest wait meanwhile;
- `linli restore` of the backup.

The run fails only when a result is wrong (the copy unsound, not one moment of the database,
a restore that brings back something else), never because it was slow.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale import district
from bench.search import pct
from bot.clock import SystemClock
from bot.config import Settings
from bot.models.outbox import OutboxMessage
from bot.services import build_services
from bot.services.operations.backups import BackupService, human_size
from bot.services.operations.nightly import BACKUP, NIGHT_REF
from storage import backup as files
from storage import due, outbox
from storage.db import Database

QUIET_WRITES = 200
LATER = datetime(2100, 1, 1, tzinfo=UTC)  # nothing sends these rows: no sender runs here


class Writer:
    """Commits one outbox row after another until told to stop; times each commit."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.took: list[float] = []
        self.stop = asyncio.Event()

    async def one(self) -> None:
        t0 = time.perf_counter()
        async with self.db.transaction() as conn:
            await outbox.add(conn, OutboxMessage(chat_id=1, text="a resident's write"), LATER)
        self.took.append(time.perf_counter() - t0)

    async def run(self) -> None:
        while not self.stop.is_set():
            await self.one()
            await asyncio.sleep(0.002)


def ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:.1f} ms, p99 {pct(values, 0.99) * 1000:.1f} ms"


async def count_rows(path: Path) -> tuple[int, int]:
    """Return the outbox's row count and highest id in a database file."""
    async with (
        files.opened(path) as conn,
        conn.execute("SELECT COUNT(*), MAX(id) FROM outbox") as cur,
    ):
        row = await cur.fetchone()
    return (int(row[0]), int(row[1] or 0)) if row else (0, 0)


async def online(db: Database, service: BackupService, path: Path) -> tuple[Path, list[str]]:
    """Back up while a writer runs; return the copy and what was wrong with it."""
    before, _ = await count_rows(path)
    writer = Writer(db)
    running = asyncio.create_task(writer.run())
    await asyncio.sleep(0.2)
    t0 = time.perf_counter()
    made = await service.make()
    took = time.perf_counter() - t0
    writer.stop.set()
    await running
    after, _ = await count_rows(path)
    copied, highest = await count_rows(made.path)
    print(f"linli backup: {took:.2f} s, {human_size(made.size)}, integrity ok")
    print(f"  writes during it: {ms(writer.took)} ({len(writer.took)} commits)")
    wrong = []
    if not before <= copied <= after:
        wrong.append(f"the copy holds {copied} rows, not between {before} and {after}")
    if copied != highest:
        wrong.append(f"the copy is not one moment: {copied} rows up to id {highest}")
    return made.path, wrong


async def nightly(db: Database, settings: Settings) -> list[str]:
    """Run the nightly backup as the tick does (a due row, the copy beside the tick) while a
    writer runs; print the longest a write waited."""
    services = build_services(db, SystemClock(), settings)
    async with db.transaction() as conn:
        await due.add(conn, BACKUP, NIGHT_REF, datetime.now(UTC))
    writer = Writer(db)
    running = asyncio.create_task(writer.run())
    await asyncio.sleep(0.2)
    t0 = time.perf_counter()
    done = await services.due.run_due()
    await services.nightly.settled()
    took = time.perf_counter() - t0
    await asyncio.sleep(0.1)
    writer.stop.set()
    await running
    print(f"nightly backup (due work, the copy beside the tick): {took:.2f} s; writes during it "
          f"{ms(writer.took)}, the longest {max(writer.took) * 1000:.0f} ms")  # fmt: skip
    async with db.reading() as conn:
        waiting = await due.pending_of(conn, BACKUP)
    wrong = [] if done == 1 else [f"the nightly backup ran {done} times, not once"]
    if len(waiting) != 1 or waiting[0].ref_id != NIGHT_REF:
        wrong.append(f"after the nightly backup {len(waiting)} rows wait, not the next night's")
    return wrong


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 residents, 100,000 requests")
    args = parser.parse_args()
    residents, requests = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = await district(residents, requests, 51 if args.quick else 201, work)
        settings = Settings(LINLI_DB=path, LINLI_BACKUP_DIR=work / "backups")
        service = BackupService(settings, SystemClock())

        t0 = time.perf_counter()
        shutil.copyfile(path, work / "plain-copy.db")
        floor = time.perf_counter() - t0
        print(f"plain file copy (the floor): {floor:.2f} s")

        db = Database(path)
        await db.connect()
        try:
            quiet = Writer(db)
            for _ in range(QUIET_WRITES):
                await quiet.one()
            print(f"writes with no backup: {ms(quiet.took)}")
            copy, found = await online(db, service, path)
            wrong += found
            wrong += await nightly(db, settings)
        finally:
            await db.close()

        expected = await count_rows(copy)
        t0 = time.perf_counter()
        await service.restore(copy)
        print(f"linli restore: {time.perf_counter() - t0:.2f} s (the database kept aside first)")
        if await count_rows(path) != expected:
            wrong.append(f"the restore brought back {await count_rows(path)}, not {expected}")
        if await files.integrity(path) != "ok":
            wrong.append("the restored database fails its integrity check")
    for line in wrong:
        print(f"WRONG: {line}")
    if wrong:
        raise SystemExit(f"FAILED: {len(wrong)} wrong results")


if __name__ == "__main__":
    asyncio.run(main())
