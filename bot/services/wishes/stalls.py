"""Stalled wish claims: no progress for N days (the community's setting, 7 by default) brings
the helper a reminder; three days later with still no progress the claim ends and the wish
goes back to the list, the helper and staff told. A wish reported done but not confirmed for
N days brings the resident one reminder, and staff a note. Both are due rows, so a restart loses
nothing, and each checks the claim as it is now, so nothing happens twice.
"""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from bot.models.wishes import LIVE_CLAIMS, RELEASE_AFTER_REMINDER_DAYS, ClaimStatus
from bot.models.work import DueWork
from bot.services.wishes.common import (
    WISH_RELEASE,
    WishBase,
    confirm_buttons,
    progress_buttons,
)
from storage import due as due_repo
from storage import people as people_repo
from storage import wishes as wishes_repo


class WishStallService(WishBase):
    """The due work that watches claims."""

    async def remind_stalled(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind a helper whose claim made no progress for N days; release it 3 days later."""
        claim = await wishes_repo.claim(conn, work.ref_id)
        now = self.env.clock.now()
        if claim is None or not claim.live or claim.status not in LIVE_CLAIMS[:2]:
            return
        due_at = claim.progress_at + timedelta(days=await self._stall_days(conn))
        if due_at > now:  # progress since, or a longer setting: look again then
            await due_repo.add(conn, work.kind, claim.id, due_at)
            return
        if not await wishes_repo.mark_reminded(conn, claim.id, now):
            return
        release_at = now + timedelta(days=RELEASE_AFTER_REMINDER_DAYS)
        await due_repo.add(conn, WISH_RELEASE, claim.id, release_at)
        wish = await self._wish(conn, claim.wish_id)
        await self._tell_helper(
            conn,
            claim,
            "wish-helper-stall-reminder",
            wish,
            progress_buttons(wish.id),
            days=RELEASE_AFTER_REMINDER_DAYS,
        )

    async def release_stalled(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Release a reminded claim that still made no progress; helper and staff are told."""
        claim = await wishes_repo.claim(conn, work.ref_id)
        now = self.env.clock.now()
        if claim is None or not claim.live or claim.reminded_at is None:
            return
        if claim.status == ClaimStatus.DONE:
            return
        if claim.reminded_at + timedelta(days=RELEASE_AFTER_REMINDER_DAYS) > now:
            return
        wish = await self._release(conn, claim, ClaimStatus.STALLED, "stalled")
        if wish is None:
            return
        await self._tell_helper(conn, claim, "wish-helper-released", wish)
        await self.env.notify_staff(
            conn,
            "wish-staff-stalled",
            ref=f"wish:{wish.id}",
            number=wish.number,
            helper=await self._helper_name(conn, claim),
        )

    async def remind_unconfirmed(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Ask the resident once more whether a wish reported done arrived; staff are told."""
        claim = await wishes_repo.claim(conn, work.ref_id)
        now = self.env.clock.now()
        if claim is None or not claim.live or claim.status != ClaimStatus.DONE:
            return
        due_at = claim.progress_at + timedelta(days=await self._stall_days(conn))
        if due_at > now:
            await due_repo.add(conn, work.kind, claim.id, due_at)
            return
        if not await wishes_repo.mark_reminded(conn, claim.id, now):
            return
        wish = await self._wish(conn, claim.wish_id)
        resident = await people_repo.by_id(conn, wish.resident_id)
        ref = f"wish:{wish.id}"
        if not wish.is_proxy:
            buttons = confirm_buttons(wish.id)
            await self.env.notify(
                conn,
                resident,
                "wish-confirm-reminder",
                buttons=buttons,
                ref=ref,
                number=wish.number,
            )
        await self.env.notify_staff(
            conn,
            "wish-staff-unconfirmed",
            ref=ref,
            number=wish.number,
            name=resident.name if resident else "—",
        )
