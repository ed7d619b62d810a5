"""The SQLite database: one write connection behind a lock, a few read connections.

Why several connections: under WAL a reader never blocks the writer, and readers never block
one another, so a long list for staff does not hold up a resident's button press. Each read
block gets a connection of its own from a small pool (each aiosqlite connection is a thread of
its own), so one slow query delays nobody but its caller. Why one lock for writes: aiosqlite
runs every call of a connection on one thread, but two coroutines could still interleave
statements of two transactions on it; the lock makes each `transaction()` whole.

The transaction is the unit of work, and it also tells the outbox sender: a repository that
queues messages notes it on the connection (`wrote_outbox`), and only when that transaction
commits is `on_outbox_commit` called (the composition root sets it to the sender's wake).
Nobody has to remember to wake the sender, and a rolled-back message wakes nobody.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from storage import inuse
from storage.migrations import apply_migrations

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA foreign_keys=ON",
)


READERS = 4  # read connections: staff lists, residents' views and the sender's reads at once

# Each database's write connection, so a repository holding only the connection can reach
# the unit of work it writes in.
_OWNERS: weakref.WeakKeyDictionary[aiosqlite.Connection, Database] = weakref.WeakKeyDictionary()


def wrote_outbox(conn: aiosqlite.Connection) -> None:
    """Note that the transaction open on `conn` queued messages: its commit wakes the sender."""
    owner = _OWNERS.get(conn)
    if owner is not None:
        owner._outbox_written = True


class Database:
    """Owns the connections; services open transactions, repositories run statements."""

    def __init__(self, path: Path | str, *, readers: int = READERS) -> None:
        self.path = str(path)
        self.readers = max(1, readers)
        self._write: aiosqlite.Connection | None = None
        self._reads: list[aiosqlite.Connection] = []
        self._free: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._in_use: int | None = None  # the shared lock that keeps `linli restore` away
        self._outbox_written = False
        # Called after a commit that queued outbox rows; the composition root sets it.
        self.on_outbox_commit: Callable[[], None] | None = None

    async def connect(self) -> None:
        """Open the connections, set the pragmas and bring the schema up to date.

        An in-memory database exists only on its one connection, so there reads share the
        write connection (and its lock).
        """
        if self._in_use is None:
            self._in_use = inuse.share(self.path)
        self._write = await self._open()
        _OWNERS[self._write] = self
        try:
            await apply_migrations(self._write)
        except BaseException:  # a refused (newer) database: leave nothing open
            await self._write.close()
            self._write = None
            inuse.release(self._in_use)
            self._in_use = None
            raise
        if self.path != ":memory:":
            self._reads = [await self._open() for _ in range(self.readers)]
            for conn in self._reads:
                self._free.put_nowait(conn)

    async def _open(self) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        for pragma in _PRAGMAS:
            await conn.execute(pragma)
        return conn

    async def close(self) -> None:
        """Close every connection; safe to call twice."""
        async with self._lock:
            for conn in self._reads:
                await conn.close()
            self._reads = []
            self._free = asyncio.Queue()
            if self._write is not None:
                await self._write.close()
            self._write = None
            inuse.release(self._in_use)
            self._in_use = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run a block as one write transaction: commit on success, roll back on any error."""
        async with self._lock:
            conn = self._require(self._write)
            await conn.execute("BEGIN IMMEDIATE")
            self._outbox_written = False
            try:
                yield conn
            except BaseException:
                self._outbox_written = False
                await conn.execute("ROLLBACK")
                raise
            await conn.execute("COMMIT")
            woke, self._outbox_written = self._outbox_written, False
        if woke and self.on_outbox_commit is not None:
            self.on_outbox_commit()

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """Give a connection of its own for reads that see everything committed so far.

        A block has its connection to itself: while a statement is open on a connection,
        SQLite keeps its read snapshot, so two blocks sharing one connection under load would
        go on seeing the database as it was (a form step already saved would look unsaved).
        Each statement here runs in autocommit, so each sees the latest commit. When every
        reader is busy the block waits for the first one freed.
        """
        if not self._reads:
            async with self._lock:
                yield self._require(self._write)
            return
        conn = await self._free.get()
        try:
            yield conn
        finally:
            self._free.put_nowait(conn)

    @staticmethod
    def _require(conn: aiosqlite.Connection | None) -> aiosqlite.Connection:
        if conn is None:
            raise RuntimeError("the database is not connected")
        return conn
