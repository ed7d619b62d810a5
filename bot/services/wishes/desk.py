"""Micro-wishes as staff run them: vet (approve, edit, decline), proxy wishes, the overview,
the export, points per category, the stall setting and the partner organisations.

Every call checks on the server that the person is staff (or an admin): a resident pressing
a forged Approve is refused. Approving says what the helper receives after claiming, and
publishes an anonymised card to the helpers.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import aiosqlite

from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.audit import AuditAction
from bot.models.outbox import OutboxMessage, Priority
from bot.models.wishes import CATEGORIES, NewWish, Partner, Wish, WishStatus
from bot.services.env import render_buttons
from bot.services.wishes.common import (
    HANDOVER_MAX,
    REASON_MAX,
    WISH_EXPIRY,
    WishBase,
    open_button,
    public_args,
    public_wish,
)
from bot.services.wishes.resident import WishService, check_wish_text
from storage import due as due_repo
from storage import people as people_repo
from storage import wish_partners as partners_repo
from storage import wishes as wishes_repo

PARTNER_NAME_MAX = 60
POINTS_MAX = 1000
STALL_DAYS_MAX = 60
INVITE_VALID = timedelta(days=7)


class WishDeskService(WishBase):
    """What staff do with wishes."""

    def __init__(self, env: WishService) -> None:
        super().__init__(env.env)
        self.residents = env

    async def require_staff(self, tg_id: int) -> None:
        """Raise NotAllowed unless the person is staff or an admin."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)

    async def review_card(self, staff_tg: int, wish_id: int) -> tuple[Wish, dict[str, Any]]:
        """Return a wish and its staff card's placeholders (staff see who wished)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            wish = await self._wish(conn, wish_id)
            resident = await people_repo.by_id(conn, wish.resident_id)
        return wish, self.residents.staff_args(wish, resident)

    async def approve(
        self, staff_tg: int, wish_id: int, handover: str | None, *, staff_arranges: bool = False
    ) -> tuple[Wish, int]:
        """Publish a wish under review with what the helper receives after claiming; return
        it and how many helpers were told. A second press finds it published and tells nobody."""
        handover = (handover or "").strip() or None
        if handover is None and not staff_arranges:
            raise InvalidInput("error-text-empty")
        if handover is not None and len(handover) > HANDOVER_MAX:
            raise InvalidInput("error-text-long", max=HANDOVER_MAX)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            wish = await self._wish(conn, wish_id)
            if not wish.text:
                raise Conflict("error-wish-needs-text", number=wish.number)
            if wish.by_when is not None and wish.by_when <= now:
                raise Conflict("error-wish-date-passed", number=wish.number)
            moved = await wishes_repo.move(
                conn,
                wish.id,
                (WishStatus.REVIEW,),
                WishStatus.PUBLISHED,
                handover=handover,
                staff_arranges=staff_arranges,
                reviewed_by=staff.id,
                published_at=now,
            )
            if not moved:
                raise Conflict("error-wish-reviewed", number=wish.number)
            wish = await self._wish(conn, wish.id)
            resident = await people_repo.by_id(conn, wish.resident_id)
            await self.env.notify(
                conn, resident, "wish-published", ref=f"wish:{wish.id}", number=wish.number
            )
            told = await self._announce(conn, wish)
        return wish, told

    async def _announce(self, conn: aiosqlite.Connection, wish: Wish) -> int:
        """Queue the anonymised card for every helper, as bulk.

        Personal messages go first, and a wish published during quiet hours reaches helpers
        when they end.
        """
        resident = await people_repo.by_id(conn, wish.resident_id)
        args = public_args(public_wish(wish, resident), self.zone)
        told = 0
        for person_id in await partners_repo.helper_ids(conn):
            helper = await people_repo.by_id(conn, person_id)
            if helper is None or helper.tg_id is None or helper.unreachable:
                continue
            lang = self.env.language_of(helper)
            message = OutboxMessage(
                chat_id=helper.tg_id,
                text=self.env.t(helper, "wish-announce", **args),
                buttons=render_buttons(lang, open_button(wish.id)),
                person_id=helper.id,
                ref=f"wish:{wish.id}",
                priority=Priority.BULK,
            )
            await self.env.queue(conn, message)
            told += 1
        return told

    async def edit(self, staff_tg: int, wish_id: int, text: str) -> Wish:
        """Change the words helpers will read (before anyone claims the wish)."""
        text = check_wish_text(text, False)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            wish = await self._wish(conn, wish_id)
            if not await wishes_repo.set_text(conn, wish.id, text):
                raise Conflict("error-wish-reviewed", number=wish.number)
            return await self._wish(conn, wish.id)

    async def decline(self, staff_tg: int, wish_id: int, reason: str) -> Wish:
        """Decline a wish under review; the resident is told the reason."""
        reason = reason.strip()
        if not reason:
            raise InvalidInput("error-text-empty")
        if len(reason) > REASON_MAX:
            raise InvalidInput("error-text-long", max=REASON_MAX)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            wish = await self._wish(conn, wish_id)
            allowed = (WishStatus.REVIEW,)
            if not await wishes_repo.move(
                conn,
                wish.id,
                allowed,
                WishStatus.DECLINED,
                decline_reason=reason,
                reviewed_by=staff.id,
            ):
                raise Conflict("error-wish-reviewed", number=wish.number)
            await due_repo.cancel(conn, WISH_EXPIRY, wish.id, self.env.clock.now())
            resident = await people_repo.by_id(conn, wish.resident_id)
            await self.env.notify(
                conn,
                resident,
                "wish-declined",
                ref=f"wish:{wish.id}",
                number=wish.number,
                reason=reason,
            )
            wish = await self._wish(conn, wish.id)
        return wish

    async def file_proxy(
        self,
        staff_tg: int,
        *,
        name: str,
        building: str,
        unit: str,
        phone: str,
        consent_note: str,
        new: NewWish,
        source_key: str,
    ) -> tuple[Wish, bool]:
        """File a wish for a resident without Telegram, with how they agreed; it goes to review."""
        text = check_wish_text(new.text, False)
        if not name.strip() or not consent_note.strip():
            raise InvalidInput("error-wish-proxy-incomplete")
        if new.category not in CATEGORIES:
            raise InvalidInput("error-unknown-category")
        by_when = self.residents.check_date(new.by_when)
        new = new.model_copy(update={"text": text, "by_when": by_when})
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            existing = await wishes_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, False
            now = self.env.clock.now()
            resident = await self.env.add_proxy_resident(
                conn, name=name, building=building, unit=unit, phone=phone
            )
            wish = await wishes_repo.insert(
                conn,
                resident_id=resident.id,
                new=new,
                now=now,
                source_key=source_key,
                consent_note=consent_note.strip()[:REASON_MAX],
                filed_by=staff.id,
            )
            await self.residents._after_filing(conn, wish, resident)
        return wish, True

    async def confirm_proxy(self, staff_tg: int, wish_id: int, received: bool) -> Wish:
        """Answer for a resident without Telegram whether their wish came true."""
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            wish = await self._wish(conn, wish_id)
            if not wish.is_proxy:
                raise Conflict("error-wish-resident-confirms", number=wish.number)
            wish = await self.residents.settle(conn, wish, received, staff)
        return wish

    # ---- settings and partners ----------------------------------------------------------------

    async def set_points(self, staff_tg: int, category: str, points: int) -> None:
        """Set the love-bank points a fulfilled wish of a category earns (staff first)."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if category not in CATEGORIES:
                raise InvalidInput("error-wish-category")
            if not 0 <= points <= POINTS_MAX:
                raise InvalidInput("error-number-range", low=0, high=POINTS_MAX)
            before = (await partners_repo.points(conn)).get(category)
            await partners_repo.set_points(conn, category, points)
            await self.env.audit(
                conn, staff_tg, AuditAction.WISH_POINTS, category, before=before, after=points
            )

    async def set_stall_days(self, staff_tg: int, days: int) -> None:
        """Set after how many days without progress a claim is reminded (staff first)."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if not 1 <= days <= STALL_DAYS_MAX:
                raise InvalidInput("error-number-range", low=1, high=STALL_DAYS_MAX)
            before = await partners_repo.setting(conn, "stall_days")
            await partners_repo.set_setting(conn, "stall_days", str(days))
            await self.env.audit(
                conn, staff_tg, AuditAction.STALL_DAYS, "stall_days", before=before, after=days
            )

    async def add_partner(self, staff_tg: int, name: str) -> Partner:
        """Add a partner organisation to the list."""
        name = name.strip()
        if not name or len(name) > PARTNER_NAME_MAX:
            raise InvalidInput("error-label-length", max=PARTNER_NAME_MAX)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            partner = await partners_repo.add_partner(conn, name, self.env.clock.now())
        if partner is None:
            raise Conflict("error-partner-exists")
        return partner

    async def remove_partner(self, staff_tg: int, partner_id: int) -> None:
        """Take a partner off the list; its members no longer claim for it."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if not await partners_repo.set_active(conn, partner_id, False):
                raise NotFound()

    async def partners(self, staff_tg: int) -> list[Partner]:
        """Return the partner organisations with their number of members."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await partners_repo.partners(conn)

    async def partner_invite(self, staff_tg: int, partner_id: int) -> tuple[Partner, str]:
        """Make a one-time token a new member opens as t.me/<bot>?start=partner_<token>."""
        token = secrets.token_urlsafe(12)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            partner = await partners_repo.partner(conn, partner_id)
            if partner is None or not partner.active:
                raise NotFound()
            await partners_repo.add_invite(
                conn, token, partner.id, staff.id, now, now + INVITE_VALID
            )
        return partner, token
