"""Micro-wishes as residents use them: file, follow, withdraw, confirm, thank the helper.

A wish filed from a form carries the form as its source key (UNIQUE), so a double tap on
Confirm makes one wish. Only the resident who wished (or staff, for a proxy wish) confirms
that it came true; confirming credits the helper's points in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite

from bot.callbacks import wishes as callbacks
from bot.clock import local_day
from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.love_bank import LedgerKind
from bot.models.outbox import Button
from bot.models.people import Person
from bot.models.wishes import CATEGORIES, ClaimStatus, NewWish, Wish, WishStatus
from bot.models.work import DueWork
from bot.services.volunteers import love_bank
from bot.services.wishes.common import (
    TEXT_MAX,
    WISH_EXPIRY,
    WISH_STALL,
    WishBase,
    end_of_day,
)
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import wish_partners as partners_repo
from storage import wishes as wishes_repo

THANKS_MAX = 1000


def check_wish_text(text: str, voice: bool) -> str:
    """Return the wish's words cleaned; words may be empty only beside a voice message."""
    text = text.strip()
    if not text and not voice:
        raise InvalidInput("error-text-empty")
    if len(text) > TEXT_MAX:
        raise InvalidInput("error-text-long", max=TEXT_MAX)
    return text


def review_buttons(wish: Wish) -> list[list[Button]]:
    """Return the staff vetting card's buttons."""
    rows = [
        [
            Button(text="btn-wish-approve", data=callbacks.approve(wish.id)),
            Button(text="btn-wish-edit", data=callbacks.edit(wish.id)),
            Button(text="btn-wish-decline", data=callbacks.decline(wish.id)),
        ]
    ]
    if wish.photo or wish.voice_file_id:
        rows.append([Button(text="btn-wish-media", data=callbacks.media(wish.id))])
    return rows


class WishService(WishBase):
    """What residents do with their wishes."""

    def check_date(self, by_when: datetime | None) -> datetime | None:
        """Return the end of the local day a wish is wished by, or refuse a day gone by."""
        if by_when is None:
            return None
        by_when = end_of_day(by_when, self.zone)
        if by_when <= self.env.clock.now():
            raise InvalidInput("error-wish-date-past")
        return by_when

    async def file(
        self,
        tg_id: int,
        *,
        new: NewWish,
        source_key: str,
        close_draft: int | None = None,
    ) -> tuple[Wish, bool]:
        """File a wish for review; the same form sent twice returns the first wish.

        `close_draft` ends the form it came from in the same transaction.
        """
        text = check_wish_text(new.text, new.voice_file_id is not None)
        if new.category not in CATEGORIES:
            raise InvalidInput("error-unknown-category")
        new = new.model_copy(update={"text": text, "by_when": self.check_date(new.by_when)})
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            if close_draft is not None:
                await drafts_repo.delete(conn, close_draft)
            existing = await wishes_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, False
            wish = await wishes_repo.insert(
                conn,
                resident_id=resident.id,
                new=new,
                now=self.env.clock.now(),
                source_key=source_key,
            )
            await self._after_filing(conn, wish, resident)
        return wish, True

    async def _after_filing(self, conn: aiosqlite.Connection, wish: Wish, resident: Person) -> None:
        """Schedule the expiry and put the vetting card before staff."""
        if wish.by_when is not None:
            await due_repo.add(conn, WISH_EXPIRY, wish.id, wish.by_when)
        await self.env.notify_staff(
            conn,
            "wish-staff-review",
            buttons=review_buttons(wish),
            ref=f"wish:{wish.id}",
            **self.staff_args(wish, resident),
        )

    def staff_args(self, wish: Wish, resident: Person | None) -> dict[str, Any]:
        """Return the placeholders of the staff vetting card (staff may see who wished)."""
        return {
            "number": wish.number,
            "category": wish.category,
            "text": wish.text or "—",
            "voice": "yes" if wish.voice_file_id else "no",
            "photo": "yes" if wish.photo else "no",
            "by_when": local_day(wish.by_when, self.zone),
            "name": resident.name if resident else "—",
            "building": (resident.building or "—") if resident else "—",
            "unit": (resident.unit or "—") if resident else "—",
            "phone": (resident.phone or "—") if resident else "—",
            "show_building": "yes" if wish.show_building else "no",
            "consent": wish.consent_note or "none",
        }

    async def mine(self, tg_id: int) -> list[Wish]:
        """Return the resident's wishes, newest first."""
        async with self.env.db.reading() as conn:
            resident = await self.env.person(conn, tg_id)
            return await wishes_repo.of_resident(conn, resident.id)

    async def from_source(self, tg_id: int, source_key: str) -> Wish | None:
        """Return the resident's wish filed from this form, if it was filed."""
        async with self.env.db.reading() as conn:
            resident = await self.env.person(conn, tg_id)
            found = await wishes_repo.by_source(conn, source_key)
        return found if found is not None and found.resident_id == resident.id else None

    async def _own(self, conn: aiosqlite.Connection, resident: Person, wish_id: int) -> Wish:
        wish = await wishes_repo.get(conn, wish_id)
        if wish is None or wish.resident_id != resident.id:
            raise NotFound("error-wish-not-found")
        return wish

    async def view(self, tg_id: int, wish_id: int) -> Wish:
        """Return one of the resident's wishes."""
        async with self.env.db.reading() as conn:
            return await self._own(conn, await self.env.person(conn, tg_id), wish_id)

    async def withdraw(self, tg_id: int, wish_id: int) -> Wish:
        """Withdraw a wish nobody has claimed yet; staff are told."""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            wish = await self._own(conn, resident, wish_id)
            allowed = (WishStatus.REVIEW, WishStatus.PUBLISHED)
            if not await wishes_repo.move(conn, wish.id, allowed, WishStatus.WITHDRAWN):
                raise Conflict("error-wish-not-withdrawable", number=wish.number)
            await due_repo.cancel(conn, WISH_EXPIRY, wish.id, self.env.clock.now())
            await self.env.notify_staff(
                conn, "wish-staff-withdrawn", ref=f"wish:{wish.id}", number=wish.number
            )
            wish = await self._wish(conn, wish.id)
        return wish

    async def confirm(self, tg_id: int, wish_id: int, received: bool) -> Wish:
        """Answer "did it come true?": yes fulfils it and credits the helper, no sends it back
        to "on its way" and tells the helper. Only the resident who wished may answer."""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            wish = await self._own(conn, resident, wish_id)
            wish = await self.settle(conn, wish, received, resident)
        return wish

    async def settle(
        self, conn: aiosqlite.Connection, wish: Wish, received: bool, by: Person
    ) -> Wish:
        """Record the answer to a done wish, on the caller's transaction."""
        claim = await wishes_repo.live_claim(conn, wish.id)
        if wish.status != WishStatus.DONE or claim is None or claim.status != ClaimStatus.DONE:
            raise Conflict("error-wish-not-done", number=wish.number)
        if claim.helper_id == by.id:
            raise Conflict("error-wish-own-claim")
        now = self.env.clock.now()
        if not received:
            await wishes_repo.progress(conn, claim.id, (ClaimStatus.DONE,), ClaimStatus.ON_WAY, now)
            await wishes_repo.move(conn, wish.id, (WishStatus.DONE,), WishStatus.ON_WAY)
            await self._schedule_stall(conn, claim.model_copy(update={"progress_at": now}))
            await self._tell_helper(conn, claim, "wish-helper-not-yet", wish)
            return await self._wish(conn, wish.id)
        points = (await partners_repo.points(conn)).get(wish.category, 0)
        await wishes_repo.end_claim(conn, claim.id, ClaimStatus.FULFILLED, "confirmed", now)
        await wishes_repo.move(
            conn, wish.id, (WishStatus.DONE,), WishStatus.FULFILLED, fulfilled_at=now, points=points
        )
        await due_repo.cancel(conn, WISH_STALL, claim.id, now)
        await due_repo.cancel(conn, WISH_EXPIRY, wish.id, now)
        await self.credit(conn, wish, claim.helper_id, points)
        await self._tell_helper(conn, claim, "wish-helper-fulfilled", wish, points=points)
        await self.env.notify_staff(
            conn, "wish-staff-fulfilled", ref=f"wish:{wish.id}", number=wish.number, points=points
        )
        return await self._wish(conn, wish.id)

    async def credit(
        self, conn: aiosqlite.Connection, wish: Wish, helper_id: int, points: int
    ) -> None:
        """Credit the helper's love-bank points for a fulfilled wish, on this transaction.

        The ledger's reference (`wish:<id>`) makes a repeated credit add nothing.
        """
        if points <= 0:
            return  # staff set this category to earn nothing
        await love_bank.credit(
            conn,
            helper_id,
            points,
            LedgerKind.WISH,
            now=self.env.clock.now(),
            ref=f"wish:{wish.id}",
            note=wish.number,
        )

    async def thank(self, tg_id: int, wish_id: int, text: str) -> Wish:
        """Send the resident's thank-you to the helper (once), without anything else of theirs."""
        text = text.strip()
        if not text:
            raise InvalidInput("error-text-empty")
        if len(text) > THANKS_MAX:
            raise InvalidInput("error-text-long", max=THANKS_MAX)
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            wish = await self._own(conn, resident, wish_id)
            if wish.status != WishStatus.FULFILLED or wish.thanked_at is not None:
                raise Conflict("error-wish-no-thanks", number=wish.number)
            claim = await wishes_repo.last_claim(conn, wish.id)
            allowed = (WishStatus.FULFILLED,)
            now = self.env.clock.now()
            if claim is None or not await wishes_repo.move(
                conn, wish.id, allowed, WishStatus.FULFILLED, thanked_at=now
            ):
                raise Conflict("error-wish-no-thanks", number=wish.number)
            await self._tell_helper(conn, claim, "wish-helper-thanks", wish, text=text)
            wish = await self._wish(conn, wish.id)
        return wish

    async def expire(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Due work: a wish whose date passed while nobody held it expires; the resident is told."""
        wish = await wishes_repo.get(conn, work.ref_id)
        now = self.env.clock.now()
        if wish is None or wish.by_when is None or wish.by_when > now:
            return
        allowed = (WishStatus.REVIEW, WishStatus.PUBLISHED)
        if not await wishes_repo.move(conn, wish.id, allowed, WishStatus.EXPIRED):
            return
        resident = await people_repo.by_id(conn, wish.resident_id)
        await self.env.notify(
            conn, resident, "wish-expired", ref=f"wish:{wish.id}", number=wish.number
        )
