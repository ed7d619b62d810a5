"""Who has the database file open: a lock beside it, so a restore never runs under the bot.

SQLite cannot tell another process that a database is in use, and replacing it under a
running bot would leave the bot writing on top of the restored copy. So every open
`Database` holds a shared lock on `<file>.lock` (released on close, or by the system when the
process ends, even on a crash), and `linli restore` takes it exclusively, without waiting:
if anyone holds it, the bot is running and the restore refuses. A bot starting during a
restore waits the few seconds until it is done. Where the system has no `flock` (Windows),
nothing is locked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class InUse(Exception):
    """Another process (the bot) has the database open."""


def _lock_path(database: str) -> str:
    return f"{database}.lock"


def share(database: str) -> int | None:
    """Take the shared lock of an open database; return its handle for `release`."""
    if fcntl is None or database == ":memory:":
        return None
    handle = os.open(_lock_path(database), os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


def release(handle: int | None) -> None:
    """Give a lock back (closing the handle releases it)."""
    if handle is not None:
        os.close(handle)


@contextmanager
def alone(database: str) -> Iterator[None]:
    """Hold the database for ourselves for a block; raise InUse if anyone has it open."""
    if fcntl is None:
        yield
        return
    handle = os.open(_lock_path(database), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InUse(database) from None
        yield
    finally:
        os.close(handle)
