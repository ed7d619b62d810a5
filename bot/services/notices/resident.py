"""Notices as residents live with them: reply to one, get staff's answer, mute a kind.

A reply goes to the staff chat (or, without one, to the staff member who sent the notice),
marked with the notice it answers; staff answer with a Telegram reply and the resident gets
it as a personal message they can reply to again.
"""

from __future__ import annotations

from typing import Any

import aiosqlite

from bot.callbacks import notices as callbacks
from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.notices import Broadcast, NoticeKind, NoticeReply
from bot.models.outbox import Button
from bot.models.people import Person
from bot.services.env import ServiceEnv
from storage import broadcasts as repo
from storage import people as people_repo

REPLY_MAX = 2000
EXCERPT = 60


def excerpt(text: str) -> str:
    """Return the start of a notice, enough to tell which one it was."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= EXCERPT else line[: EXCERPT - 1] + "…"


class NoticeService:
    """Residents' side of notices, and staff's answers to their replies."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def _received(
        self, conn: aiosqlite.Connection, tg_id: int, broadcast_id: int
    ) -> tuple[Person, Broadcast]:
        person = await self.env.person(conn, tg_id)
        notice = await repo.by_id(conn, broadcast_id)
        if notice is None or not await repo.received(conn, broadcast_id, person.id):
            raise NotFound()
        return person, notice

    async def received_text(self, tg_id: int, broadcast_id: int) -> str:
        """Return the words of a notice the person received (or raise NotFound)."""
        async with self.env.db.reading() as conn:
            _person, notice = await self._received(conn, tg_id, broadcast_id)
        return notice.text

    async def reply(self, tg_id: int, broadcast_id: int, text: str) -> NoticeReply:
        """Pass a resident's reply to a notice on to staff."""
        text = text.strip()
        if not text:
            raise InvalidInput("form-need-text")
        if len(text) > REPLY_MAX:
            raise InvalidInput("error-text-long", max=REPLY_MAX)
        async with self.env.db.transaction() as conn:
            person, notice = await self._received(conn, tg_id, broadcast_id)
            saved = await repo.add_reply(conn, notice.id, person.id, text, self.env.clock.now())
            args: dict[str, Any] = {
                "name": person.name,
                "building": person.building or "—",
                "unit": person.unit or "—",
                "notice": excerpt(notice.text),
                "text": text,
            }
            ref = f"bcr:{saved.id}"
            buttons = [
                [
                    Button(text="btn-reply-to-request", data=callbacks.reply_to_request(saved.id)),
                    Button(text="btn-reply-to-topic", data=callbacks.reply_to_topic(saved.id)),
                ]
            ]
            sender = await people_repo.by_id(conn, notice.created_by)
            if self.env.settings.staff_chat is None and sender is not None and sender.tg_id:
                sent = await self.env.notify(
                    conn, sender, "notice-reply-staff", ref=ref, buttons=buttons, **args
                )
                if not sent:
                    await self.env.notify_staff(
                        conn, "notice-reply-staff", ref=ref, buttons=buttons, **args
                    )
            else:
                await self.env.notify_staff(
                    conn, "notice-reply-staff", ref=ref, buttons=buttons, **args
                )
        return saved

    async def answer(self, staff_tg: int, reply_id: int, text: str) -> Person:
        """Send staff's answer to the resident who replied; return the resident."""
        text = text.strip()
        if not text:
            raise InvalidInput("form-need-text")
        if len(text) > REPLY_MAX:
            raise InvalidInput("error-text-long", max=REPLY_MAX)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await repo.reply(conn, reply_id)
            if found is None:
                raise NotFound()
            notice = await repo.by_id(conn, found.broadcast_id)
            resident = await people_repo.by_id(conn, found.person_id)
            if resident is None or notice is None:
                raise NotFound()
            told = await self.env.notify(
                conn,
                resident,
                "notice-answer",
                ref=f"bc:{notice.id}",
                notice=excerpt(notice.text),
                name=staff.name,
                text=text,
            )
            if not told:
                raise Conflict("error-notice-unreachable", name=resident.name)
            await repo.mark_answered(conn, reply_id, self.env.clock.now())
        return resident

    async def mute(self, tg_id: int, broadcast_id: int) -> NoticeKind:
        """Stop notices of this one's kind reaching the person; urgent ones cannot be muted."""
        async with self.env.db.transaction() as conn:
            person, notice = await self._received(conn, tg_id, broadcast_id)
            if notice.kind.urgent:
                raise Conflict("error-notice-urgent-mute")
            await repo.mute(conn, person.id, notice.kind)
        return notice.kind

    async def unmute(self, tg_id: int, kind: NoticeKind) -> None:
        """Let notices of a kind reach the person again."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            await repo.unmute(conn, person.id, kind)

    async def unreachable(self, staff_tg: int) -> list[Person]:
        """Return the people who blocked the bot, for staff to reach another way."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await people_repo.unreachable(conn)
