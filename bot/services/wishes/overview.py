"""The wish desk's overview for staff: counts, the oldest unclaimed, stalled claims, the
points per category, the partners, and the whole list as a spreadsheet."""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from bot.models.wishes import ClaimStatus, Overview, Wish, WishLine, WishStatus
from bot.services.wishes import files as wish_files
from bot.services.wishes.common import WishBase
from storage import people as people_repo
from storage import wish_partners as partners_repo
from storage import wishes as wishes_repo

LIST_MAX = 10


class WishOverviewService(WishBase):
    """What staff read about wishes as a whole."""

    async def overview(self, staff_tg: int) -> Overview:
        """Return the counts, the oldest unclaimed wishes, the stalled claims and the settings."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            days = await self._stall_days(conn)
            published = await wishes_repo.with_status(conn, (WishStatus.PUBLISHED,))
            published.sort(key=lambda w: (w.published_at or w.created_at, w.id))
            review = await wishes_repo.with_status(conn, (WishStatus.REVIEW,))
            review.sort(key=lambda w: w.id)
            stalled = []
            for claim in await wishes_repo.live_claims(conn):
                idle = claim.status != ClaimStatus.DONE
                if idle and claim.progress_at + timedelta(days=days) <= now:
                    stalled.append(await self._line(conn, await self._wish(conn, claim.wish_id)))
            return Overview(
                by_status=await wishes_repo.counts(conn, "status"),
                by_category=await wishes_repo.counts(conn, "category"),
                unclaimed=[await self._line(conn, w) for w in published[:LIST_MAX]],
                stalled=stalled[:LIST_MAX],
                review=[await self._line(conn, w) for w in review[:LIST_MAX]],
                points=await partners_repo.points(conn),
                partners=await partners_repo.partners(conn),
                stall_days=days,
            )

    async def export(self, staff_tg: int, lang: str) -> tuple[str, bytes]:
        """Return a file name and every wish as an .xlsx spreadsheet."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            lines = [await self._line(conn, w) for w in await wishes_repo.everything(conn)]
        return "wishes.xlsx", wish_files.wishes_xlsx(lines, lang, self.zone)

    async def _line(self, conn: aiosqlite.Connection, wish: Wish) -> WishLine:
        resident = await people_repo.by_id(conn, wish.resident_id)
        claim = await wishes_repo.live_claim(conn, wish.id)
        if claim is None and wish.status == WishStatus.FULFILLED:
            claim = await wishes_repo.last_claim(conn, wish.id)
        return WishLine(
            wish=wish,
            resident=resident.name if resident else "—",
            building=resident.building if resident else None,
            unit=resident.unit if resident else None,
            phone=resident.phone if resident else None,
            helper=await self._helper_name(conn, claim) if claim else None,
            claim=claim,
        )
