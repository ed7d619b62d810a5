"""The ledger table itself: the database refuses a negative running balance and a second
credit for the same work, whoever writes to it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from bot.models.love_bank import LedgerKind
from storage import ledger
from storage import people as people_repo
from storage.db import Database

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def test_the_table_refuses_an_entry_that_would_go_below_zero(db: Database) -> None:
    async with db.transaction() as conn:
        person = await people_repo.insert(conn, tg_id=5, name="Wang Fang", now=NOW)
        first = await ledger.add(
            conn,
            person_id=person.id,
            points=5,
            kind=LedgerKind.TASK,
            ref="task:1",
            note="",
            recorded_by=None,
            now=NOW,
        )
        assert first is not None and first.balance_after == 5
        too_much = await ledger.add(
            conn,
            person_id=person.id,
            points=-6,
            kind=LedgerKind.REDEMPTION,
            ref="r:1",
            note="",
            recorded_by=None,
            now=NOW,
        )
        again = await ledger.add(
            conn,
            person_id=person.id,
            points=5,
            kind=LedgerKind.TASK,
            ref="task:1",
            note="",
            recorded_by=None,
            now=NOW,
        )
        assert too_much is None and again is None
        with pytest.raises(sqlite3.IntegrityError):
            await conn.execute(
                "INSERT INTO ledger (person_id, points, kind, balance_after, created_at)"
                " VALUES (?, -6, 'correction', -1, ?)",
                (person.id, NOW.isoformat()),
            )
        assert await ledger.balance(conn, person.id) == 5
