"""Saved replies (常用回复): staff keep short answers per category and reply with one tap.

Why here and not in the desk: keeping the list is its own small rule set (who may, how long,
how many); sending one goes through the desk's ordinary reply, so the resident, the timeline
and the owner hear of it exactly as of a typed answer.
"""

from __future__ import annotations

from bot.errors import InvalidInput, NotFound
from bot.models.requests import SavedReply
from bot.services.env import ServiceEnv
from storage import community as community_repo
from storage import saved_replies as replies_repo

TEXT_MAX = 1000  # a saved reply is a short answer, not a letter
OFFERED_MAX = 8  # buttons under one Reply prompt
KEPT_MAX = 100  # saved replies in all; more would be a list nobody reads


class SavedReplyService:
    """Keep, list and forget saved replies; staff only."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def add(self, staff_tg: int, category: str | None, text: str) -> SavedReply:
        """Keep a saved reply for one category, or for every one (None)."""
        text = text.strip()
        if not text:
            raise InvalidInput("error-text-empty")
        if len(text) > TEXT_MAX:
            raise InvalidInput("error-text-long", max=TEXT_MAX)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            if category is not None and await community_repo.category(conn, category) is None:
                raise NotFound()
            if await replies_repo.count(conn) >= KEPT_MAX:
                raise InvalidInput("saved-reply-too-many", max=KEPT_MAX)
            return await replies_repo.add(conn, category, text, staff.id, self.env.clock.now())

    async def offered(self, staff_tg: int, category: str) -> list[SavedReply]:
        """Return the replies a Reply on a request of this category offers."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await replies_repo.for_category(conn, category, OFFERED_MAX)

    async def every(self, staff_tg: int) -> list[SavedReply]:
        """Return every saved reply, for the list staff keep them in."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await replies_repo.every(conn, KEPT_MAX)

    async def get(self, staff_tg: int, reply_id: int) -> SavedReply:
        """Return one saved reply, or raise NotFound (it may have been removed)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            found = await replies_repo.get(conn, reply_id)
        if found is None:
            raise NotFound()
        return found

    async def remove(self, staff_tg: int, reply_id: int) -> bool:
        """Forget a saved reply; False when another press already did."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await replies_repo.remove(conn, reply_id)
