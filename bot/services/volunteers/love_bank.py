"""The love bank (爱心银行): points for verified service, spent on small rewards.

The ledger is append-only: a balance is the sum of a person's entries and never goes below
zero (the database refuses such an entry). Other services credit points inside their own
transaction with `credit(conn, ...)`, so the work being confirmed and its points commit
together; a second credit for the same work (same person, kind and reference) adds nothing
and returns the first entry.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.audit import AuditAction
from bot.models.love_bank import LedgerEntry, LedgerKind, PointsView
from bot.models.people import Person
from bot.services.env import ServiceEnv
from storage import ledger as ledger_repo
from storage import people as people_repo
from storage import rewards as rewards_repo

NOTE_MAX = 300
POINTS_MAX = 10_000
HISTORY_PAGE = 10
LAST_PAGE = 2**31  # far past anyone's history, far inside SQLite's integers


def _check_points(points: int) -> None:
    if points <= 0 or points > POINTS_MAX:
        raise InvalidInput("error-points-amount", most=POINTS_MAX)


def _check_note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise InvalidInput("error-text-long", max=NOTE_MAX)
    return note


async def _record(
    conn: aiosqlite.Connection,
    person_id: int,
    points: int,
    kind: LedgerKind,
    *,
    now: datetime,
    recorded_by: int | None,
    ref: str | None,
    note: str,
) -> LedgerEntry:
    entry = await ledger_repo.add(
        conn,
        person_id=person_id,
        points=points,
        kind=kind,
        note=_check_note(note),
        recorded_by=recorded_by,
        ref=ref,
        now=now,
    )
    if entry is not None:
        return entry
    if ref is not None:
        earlier = await ledger_repo.by_ref(conn, person_id, kind, ref)
        if earlier is not None and kind != LedgerKind.CORRECTION and kind != LedgerKind.AWARD:
            return earlier
    raise Conflict("error-points-short", balance=await ledger_repo.balance(conn, person_id))


async def credit(
    conn: aiosqlite.Connection,
    person_id: int,
    points: int,
    kind: LedgerKind,
    *,
    now: datetime,
    recorded_by: int | None = None,
    ref: str | None = None,
    note: str = "",
) -> LedgerEntry:
    """Add points on the caller's open transaction, e.g. `credit(conn, 7, 5, WISH, ref="wish:3")`.

    A repeated credit of the same kind and reference returns the entry already made.
    """
    _check_points(points)
    if kind == LedgerKind.REDEMPTION:
        raise InvalidInput("error-points-kind")
    return await _record(
        conn, person_id, points, kind, now=now, recorded_by=recorded_by, ref=ref, note=note
    )


async def debit(
    conn: aiosqlite.Connection,
    person_id: int,
    points: int,
    kind: LedgerKind = LedgerKind.REDEMPTION,
    *,
    now: datetime,
    recorded_by: int | None = None,
    ref: str | None = None,
    note: str = "",
) -> LedgerEntry:
    """Take points on the caller's transaction; raise Conflict when the balance is too small."""
    _check_points(points)
    if kind not in (LedgerKind.REDEMPTION, LedgerKind.CORRECTION):
        raise InvalidInput("error-points-kind")
    return await _record(
        conn, person_id, -points, kind, now=now, recorded_by=recorded_by, ref=ref, note=note
    )


async def balance_in(conn: aiosqlite.Connection, person_id: int) -> int:
    """Return a balance on the caller's connection (inside a transaction it is exact)."""
    return await ledger_repo.balance(conn, person_id)


class LoveBankService:
    """Balances, history, and what staff do by hand: awards with a note, and corrections."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def balance(self, person_id: int) -> int:
        """Return the person's balance: the sum of their entries."""
        async with self.env.db.reading() as conn:
            return await ledger_repo.balance(conn, person_id)

    async def history(
        self, person_id: int, limit: int = HISTORY_PAGE, offset: int = 0
    ) -> list[LedgerEntry]:
        """Return the person's entries, newest first."""
        async with self.env.db.reading() as conn:
            return await ledger_repo.history(conn, person_id, limit, offset)

    async def my_points(self, tg_id: int, page: int = 0) -> PointsView:
        """Return the acting person's balance and one page of their history."""
        # A forged page far past the end is just empty; its OFFSET must still fit in SQLite.
        offset = min(max(page, 0), LAST_PAGE) * HISTORY_PAGE
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return PointsView(
                person_id=person.id,
                balance=await ledger_repo.balance(conn, person.id),
                held=await rewards_repo.held(conn, person.id),
                earned=await ledger_repo.earned(conn, person.id),
                entries=await ledger_repo.history(conn, person.id, HISTORY_PAGE, offset),
            )

    async def award(self, staff_tg: int, person_id: int, points: int, note: str) -> LedgerEntry:
        """Give points by hand with a note saying why; the person is told."""
        if not note.strip():
            raise InvalidInput("error-award-note")
        async with self.env.db.transaction() as conn:
            staff, person = await self._staff_and_person(conn, staff_tg, person_id)
            entry = await credit(
                conn,
                person.id,
                points,
                LedgerKind.AWARD,
                now=self.env.clock.now(),
                recorded_by=staff.id,
                note=note,
            )
            await self.env.audit(
                conn, staff, AuditAction.POINTS_AWARDED, person.name, after=f"+{points}: {note}"
            )
            await self.env.notify(
                conn,
                person,
                "points-awarded",
                points=points,
                note=entry.note,
                balance=entry.balance_after,
            )
        return entry

    async def correct(self, staff_tg: int, person_id: int, delta: int, note: str) -> LedgerEntry:
        """Add a correcting entry (plus or minus); the ledger is never edited."""
        if not note.strip():
            raise InvalidInput("error-award-note")
        if delta == 0:
            raise InvalidInput("error-points-amount", most=POINTS_MAX)
        async with self.env.db.transaction() as conn:
            staff, person = await self._staff_and_person(conn, staff_tg, person_id)
            now = self.env.clock.now()
            await self.env.audit(
                conn, staff, AuditAction.POINTS_CORRECTED, person.name, after=f"{delta:+d}: {note}"
            )
            if delta > 0:
                return await credit(
                    conn,
                    person.id,
                    delta,
                    LedgerKind.CORRECTION,
                    now=now,
                    recorded_by=staff.id,
                    note=note,
                )
            return await debit(
                conn,
                person.id,
                -delta,
                LedgerKind.CORRECTION,
                now=now,
                recorded_by=staff.id,
                note=note,
            )

    async def _staff_and_person(
        self, conn: aiosqlite.Connection, staff_tg: int, person_id: int
    ) -> tuple[Person, Person]:
        staff = await self.env.staff_member(conn, staff_tg)
        person = await people_repo.by_id(conn, person_id)
        if person is None or person.erased:
            raise NotFound()
        if person.id == staff.id:
            raise NotAllowed("error-award-self")
        return staff, person
