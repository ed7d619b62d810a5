"""What the residents', the staff and the helpers' side of wishes share.

Privacy is kept here: `public_wish` is the only shape of a wish that reaches a helper (no
name, phone, unit, photo or voice; the building only if the resident allowed it), and
`handover` is the only thing added once they claim. Releasing a claim (by the helper, or for
a stall) ends the claim row once and puts the wish back on the list in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from bot.callbacks import wishes as callbacks
from bot.clock import local_day
from bot.errors import NotFound
from bot.models.outbox import Button
from bot.models.people import Person
from bot.models.wishes import (
    DEFAULT_STALL_DAYS,
    Claim,
    ClaimStatus,
    PublicWish,
    Wish,
    WishStatus,
)
from bot.services.env import ServiceEnv
from storage import due as due_repo
from storage import people as people_repo
from storage import wish_partners as partners_repo
from storage import wishes as wishes_repo

WISH_STALL = "wish_stall"
WISH_RELEASE = "wish_stall_release"
WISH_EXPIRY = "wish_expiry"
WISH_UNCONFIRMED = "wish_unconfirmed"
TEXT_MAX = 1000
REASON_MAX = 500
HANDOVER_MAX = 500


def end_of_day(when: datetime, zone: ZoneInfo) -> datetime:
    """Return the last second of the local day `when` falls on: "by Friday" means all Friday."""
    day = when.astimezone(zone).date()
    return datetime.combine(day, time(23, 59, 59), zone)


def public_wish(wish: Wish, resident: Person | None) -> PublicWish:
    """Return the wish as a helper may see it: anonymised."""
    building = resident.building if resident is not None and wish.show_building else None
    return PublicWish(
        id=wish.id,
        number=wish.number,
        category=wish.category,
        text=wish.text,
        by_when=wish.by_when,
        building=building,
        status=wish.status,
    )


def public_args(wish: PublicWish, zone: ZoneInfo) -> dict[str, Any]:
    """Return the placeholders of the catalog's `wish-public-card`."""
    return {
        "number": wish.number,
        "category": wish.category,
        "text": wish.text,
        "by_when": local_day(wish.by_when, zone),
        "building": wish.building or "none",
    }


def open_button(wish_id: int) -> list[list[Button]]:
    """Return the one button that opens a published wish for a helper."""
    return [[Button(text="btn-wish-open", data=callbacks.open_wish(wish_id))]]


def progress_buttons(wish_id: int) -> list[list[Button]]:
    """Return On its way, Done and Give it back for the helper who claimed the wish."""
    return [
        [
            Button(text="btn-wish-on-way", data=callbacks.on_way(wish_id)),
            Button(text="btn-wish-done", data=callbacks.done(wish_id)),
        ],
        [Button(text="btn-wish-release", data=callbacks.give_back(wish_id))],
    ]


def confirm_buttons(wish_id: int, *, by_staff: bool = False) -> list[list[Button]]:
    """Return "Yes, received" / "Not yet": the resident's, or staff's for a proxy wish."""
    yes = callbacks.came_true(wish_id, True, by_staff=by_staff)
    not_yet = callbacks.came_true(wish_id, False, by_staff=by_staff)
    return [
        [
            Button(text="btn-wish-received", data=yes),
            Button(text="btn-wish-not-yet", data=not_yet),
        ]
    ]


class WishBase:
    """Helpers every side uses: find, read settings, release, schedule, tell."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return self.env.settings.zone

    async def _wish(self, conn: aiosqlite.Connection, wish_id: int) -> Wish:
        wish = await wishes_repo.get(conn, wish_id)
        if wish is None:
            raise NotFound("error-wish-not-found")
        return wish

    async def _stall_days(self, conn: aiosqlite.Connection) -> int:
        value = await partners_repo.setting(conn, "stall_days")
        return int(value) if value and value.isdigit() else DEFAULT_STALL_DAYS

    async def _schedule_stall(
        self, conn: aiosqlite.Connection, claim: Claim, kind: str = WISH_STALL
    ) -> None:
        """Look at the claim again N days after its last progress (or its report of done)."""
        days = await self._stall_days(conn)
        await due_repo.add(conn, kind, claim.id, claim.progress_at + timedelta(days=days))

    async def _release(
        self, conn: aiosqlite.Connection, claim: Claim, status: ClaimStatus, reason: str
    ) -> Wish | None:
        """End a live claim and put its wish back on the list (or expire it, if its date has
        passed); None when the claim had ended already, so a wish comes back exactly once."""
        now = self.env.clock.now()
        if not await wishes_repo.end_claim(conn, claim.id, status, reason, now):
            return None
        wish = await self._wish(conn, claim.wish_id)
        await due_repo.cancel(conn, WISH_STALL, claim.id, now)
        await due_repo.cancel(conn, WISH_RELEASE, claim.id, now)
        late = wish.by_when is not None and wish.by_when <= now
        target = WishStatus.EXPIRED if late else WishStatus.PUBLISHED
        claimed = (WishStatus.CLAIMED, WishStatus.ON_WAY, WishStatus.DONE)
        if not await wishes_repo.move(conn, wish.id, claimed, target):
            return None
        if late:
            resident = await people_repo.by_id(conn, wish.resident_id)
            await self.env.notify(
                conn, resident, "wish-expired", ref=f"wish:{wish.id}", number=wish.number
            )
        return await self._wish(conn, wish.id)

    async def _tell_helper(
        self,
        conn: aiosqlite.Connection,
        claim: Claim,
        key: str,
        wish: Wish,
        buttons: list[list[Button]] | None = None,
        **args: Any,
    ) -> None:
        helper = await people_repo.by_id(conn, claim.helper_id)
        await self.env.notify(
            conn, helper, key, buttons=buttons, ref=f"wish:{wish.id}", number=wish.number, **args
        )

    async def _helper_name(self, conn: aiosqlite.Connection, claim: Claim) -> str:
        helper = await people_repo.by_id(conn, claim.helper_id)
        name = helper.name if helper is not None else "—"
        if claim.partner_id is not None:
            partner = await partners_repo.partner(conn, claim.partner_id)
            if partner is not None:
                name = f"{name} ({partner.name})"
        return name
