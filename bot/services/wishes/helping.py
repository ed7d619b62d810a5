"""Micro-wishes as helpers (volunteers and partner organisations' members) take them on:
see the list, claim, say it is on its way, report it done, give it back (stalled claims are
watched in wish_stalls.py).

One live claim per wish is settled by the database: a conditional UPDATE of the wish
(published -> claimed) and a claim row the partial unique index allows once. Before claiming a
helper sees only the anonymised card; after, only what staff chose to share.
"""

from __future__ import annotations

import aiosqlite

from bot.errors import Conflict, NotAllowed, NotFound
from bot.models.people import Person, Role
from bot.models.wishes import (
    Claim,
    ClaimStatus,
    HelperClaim,
    Partner,
    PublicWish,
    Wish,
    WishStatus,
)
from bot.services.wishes.common import (
    WISH_UNCONFIRMED,
    WishBase,
    confirm_buttons,
    public_wish,
)
from storage import people as people_repo
from storage import wish_partners as partners_repo
from storage import wishes as wishes_repo

LIST_MAX = 20


class WishHelperService(WishBase):
    """What helpers do with wishes, and the due work that watches their claims."""

    async def _helper(self, conn: aiosqlite.Connection, tg_id: int) -> tuple[Person, list[Partner]]:
        person = await people_repo.by_tg(conn, tg_id)
        if person is None or person.erased:
            raise NotAllowed("error-wish-helpers-only")
        partners = await partners_repo.of_person(conn, person.id)
        if person.role != Role.VOLUNTEER and not partners:
            raise NotAllowed("error-wish-helpers-only")
        return person, partners

    async def _public(self, conn: aiosqlite.Connection, wish: Wish) -> PublicWish:
        return public_wish(wish, await people_repo.by_id(conn, wish.resident_id))

    async def _mine(self, conn: aiosqlite.Connection, claim: Claim) -> HelperClaim:
        wish = await self._wish(conn, claim.wish_id)
        partner = await partners_repo.partner(conn, claim.partner_id) if claim.partner_id else None
        return HelperClaim(
            claim=claim,
            wish=await self._public(conn, wish),
            handover=wish.handover,
            staff_arranges=wish.staff_arranges,
            partner=partner.name if partner else None,
        )

    async def board(self, tg_id: int) -> tuple[list[PublicWish], list[HelperClaim]]:
        """Return the published wishes (soonest date, then newest) and the helper's claims."""
        async with self.env.db.reading() as conn:
            person, _ = await self._helper(conn, tg_id)
            wishes = await wishes_repo.with_status(conn, (WishStatus.PUBLISHED,), LIST_MAX)
            public = [await self._public(conn, w) for w in wishes]
            mine = [await self._mine(conn, c) for c in await wishes_repo.claims_of(conn, person.id)]
        return public, mine

    async def view(
        self, tg_id: int, wish_id: int
    ) -> tuple[PublicWish, HelperClaim | None, list[Partner]]:
        """Return a wish as the helper sees it, their claim of it, and whom they may claim for."""
        async with self.env.db.reading() as conn:
            person, partners = await self._helper(conn, tg_id)
            wish = await self._wish(conn, wish_id)
            claim = await wishes_repo.live_claim(conn, wish.id)
            if claim is not None and claim.helper_id == person.id:
                return await self._public(conn, wish), await self._mine(conn, claim), partners
            if wish.status != WishStatus.PUBLISHED:
                raise Conflict("error-wish-gone", number=wish.number)
            return await self._public(conn, wish), None, partners

    async def claim(self, tg_id: int, wish_id: int, partner_id: int | None = None) -> HelperClaim:
        """Claim a published wish (for oneself or one's organisation); only one claim wins.

        The winner learns what staff shared; the resident and staff are told.
        """
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person, partners = await self._helper(conn, tg_id)
            if partner_id is not None and partner_id not in {p.id for p in partners}:
                raise NotAllowed("error-wish-not-member")
            wish = await self._wish(conn, wish_id)
            mine = await wishes_repo.live_claim(conn, wish.id)
            if mine is not None and mine.helper_id == person.id:
                return await self._mine(conn, mine)  # a second press
            if wish.resident_id == person.id:
                raise NotAllowed("error-wish-own-wish")
            late = wish.by_when is not None and wish.by_when <= now
            if late or not (wish.status == WishStatus.PUBLISHED or wish.status.is_claimed):
                raise Conflict("error-wish-gone", number=wish.number)
            published = (WishStatus.PUBLISHED,)
            if not await wishes_repo.move(conn, wish.id, published, WishStatus.CLAIMED):
                raise Conflict("error-wish-taken", number=wish.number)
            claim = await wishes_repo.add_claim(conn, wish.id, person.id, partner_id, now)
            if claim is None:  # the unique index says another claim lives: undo it all
                raise Conflict("error-wish-taken", number=wish.number)
            await self._schedule_stall(conn, claim)
            resident = await people_repo.by_id(conn, wish.resident_id)
            await self.env.notify(
                conn, resident, "wish-claimed", ref=f"wish:{wish.id}", number=wish.number
            )
            await self.env.notify_staff(
                conn,
                "wish-staff-claimed",
                ref=f"wish:{wish.id}",
                number=wish.number,
                helper=await self._helper_name(conn, claim),
                arrange="yes" if wish.staff_arranges else "no",
            )
            result = await self._mine(conn, claim)
        return result

    async def _own_claim(
        self, conn: aiosqlite.Connection, tg_id: int, wish_id: int
    ) -> tuple[Person, Wish, Claim]:
        person, _ = await self._helper(conn, tg_id)
        wish = await self._wish(conn, wish_id)
        claim = await wishes_repo.live_claim(conn, wish.id)
        if claim is None or claim.helper_id != person.id:
            raise NotFound("error-wish-not-yours")
        return person, wish, claim

    async def on_way(self, tg_id: int, wish_id: int) -> HelperClaim:
        """Say the wish is on its way; the resident is told and the stall clock restarts."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            _, wish, claim = await self._own_claim(conn, tg_id, wish_id)
            allowed = (ClaimStatus.CLAIMED, ClaimStatus.ON_WAY)
            if not await wishes_repo.progress(conn, claim.id, allowed, ClaimStatus.ON_WAY, now):
                raise Conflict("error-wish-already-done", number=wish.number)
            await wishes_repo.move(
                conn, wish.id, (WishStatus.CLAIMED, WishStatus.ON_WAY), WishStatus.ON_WAY
            )
            await self._schedule_stall(conn, claim.model_copy(update={"progress_at": now}))
            if claim.status == ClaimStatus.CLAIMED:
                resident = await people_repo.by_id(conn, wish.resident_id)
                await self.env.notify(
                    conn, resident, "wish-on-way", ref=f"wish:{wish.id}", number=wish.number
                )
            result = await self._mine(conn, await self._claim(conn, claim.id))
        return result

    async def _claim(self, conn: aiosqlite.Connection, claim_id: int) -> Claim:
        claim = await wishes_repo.claim(conn, claim_id)
        assert claim is not None
        return claim

    async def done(self, tg_id: int, wish_id: int, photo: str | None = None) -> HelperClaim:
        """Report the wish done (with a photo, if any); the resident (or staff, for a proxy
        wish) is asked to confirm."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            _, wish, claim = await self._own_claim(conn, tg_id, wish_id)
            allowed = (ClaimStatus.CLAIMED, ClaimStatus.ON_WAY)
            if not await wishes_repo.progress(
                conn, claim.id, allowed, ClaimStatus.DONE, now, photo
            ):
                raise Conflict("error-wish-already-done", number=wish.number)
            await wishes_repo.move(
                conn, wish.id, (WishStatus.CLAIMED, WishStatus.ON_WAY), WishStatus.DONE
            )
            await self._ask_confirmation(conn, wish, photo)
            done = await self._claim(conn, claim.id)
            await self._schedule_stall(conn, done, WISH_UNCONFIRMED)
            result = await self._mine(conn, done)
        return result

    async def _ask_confirmation(
        self, conn: aiosqlite.Connection, wish: Wish, photo: str | None
    ) -> None:
        ref, number = f"wish:{wish.id}", wish.number
        resident = await people_repo.by_id(conn, wish.resident_id)
        if wish.is_proxy or resident is None or resident.tg_id is None:
            name = resident.name if resident else "—"
            await self.env.notify_staff(
                conn,
                "wish-staff-confirm",
                buttons=confirm_buttons(wish.id, by_staff=True),
                ref=ref,
                number=number,
                name=name,
                photo="yes" if photo else "no",
            )
            return
        await self.env.notify(
            conn,
            resident,
            "wish-done",
            buttons=confirm_buttons(wish.id),
            ref=ref,
            number=number,
        )

    async def release(self, tg_id: int, wish_id: int) -> Wish:
        """Give the wish back to the list; staff are told."""
        async with self.env.db.transaction() as conn:
            _, wish, claim = await self._own_claim(conn, tg_id, wish_id)
            if claim.status == ClaimStatus.DONE:
                raise Conflict("error-wish-already-done", number=wish.number)
            released = await self._release(conn, claim, ClaimStatus.RELEASED, "helper")
            if released is None:
                raise Conflict("error-wish-not-yours")
            await self.env.notify_staff(
                conn,
                "wish-staff-released",
                ref=f"wish:{wish.id}",
                number=wish.number,
                helper=await self._helper_name(conn, claim),
            )
        return released

    async def join_partner(self, tg_id: int, token: str) -> Partner:
        """Make the person a member of the partner organisation a one-time link names."""
        async with self.env.db.transaction() as conn:
            person = await people_repo.by_tg(conn, tg_id)
            if person is None:
                raise NotFound()
            partner_id = await partners_repo.use_invite(
                conn, token, person.id, self.env.clock.now()
            )
            partner = await partners_repo.partner(conn, partner_id) if partner_id else None
            if partner is None or not partner.active:
                raise Conflict("error-partner-invite")
            await partners_repo.add_member(conn, partner.id, person.id, self.env.clock.now())
        return partner
