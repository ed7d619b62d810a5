"""What every service shares: the database, the clock, the settings, and the outbox helpers.

Notifications are rendered here, in the recipient's language, and written as outbox rows on
the caller's transaction: a change and the message about it commit together or not at all.

Every outbox row is written by `ServiceEnv.queue` or `queue_copies`, and that is where quiet
hours are kept: a bulk row (one message written to many people at once: a notice, an event
announcement, a new-wish alert, a new task) that would go out during quiet hours waits until
they end. Personal rows (the answer to a request, a reminder of something the person signed up
for) go at their time. A new bulk feature only has to say `Priority.BULK` to be held.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

import aiosqlite

from bot import i18n
from bot.clock import Clock
from bot.config import Settings
from bot.errors import NotAllowed, NotRegistered
from bot.languages import from_telegram
from bot.models.audit import AuditAction
from bot.models.outbox import Button, OutboxMessage, Priority
from bot.models.people import Person, Role
from bot.models.staff_room import stream_of
from bot.services.recurrence import quiet_until, read_quiet_hours
from storage import audit as audit_repo
from storage import broadcasts as settings_repo
from storage import outbox
from storage import people as people_repo
from storage import staff_topics as staff_topics_repo
from storage.db import Database

QUIET_HOURS = "quiet_hours"
DEFAULT_QUIET = "22:00-07:00"


def render_buttons(lang: str, buttons: list[list[Button]] | None) -> list[list[Button]] | None:
    """Translate button labels that are catalog keys; other labels (numbers) stay as they are."""
    if buttons is None:
        return None
    return [
        [
            b.model_copy(update={"text": i18n.t(lang, b.text)}) if i18n.has(b.text) else b
            for b in line
        ]
        for line in buttons
    ]


@dataclass
class ServiceEnv:
    """The shared parts: the database (whose commits wake the sender), the clock, the settings."""

    db: Database
    clock: Clock
    settings: Settings
    # The staff room's language as an admin set it (loaded at start); None: LINLI_LANG.
    room_lang: str | None = None

    @property
    def staff_room_lang(self) -> str:
        """Return the language the staff group is written to in."""
        return self.room_lang or self.settings.lang

    # Called on the same transaction when a request is resolved or closed, or a volunteer
    # came to a task (a council's follow-up action is done then), with "request" or "task"
    # and the id; features register here instead of requests and tasks importing them.
    done_hooks: list[Callable[[aiosqlite.Connection, str, int], Awaitable[None]]] = field(
        default_factory=list
    )

    async def request_done(self, conn: aiosqlite.Connection, request_id: int) -> None:
        """Tell every registered feature that a request was resolved or closed."""
        for hook in self.done_hooks:
            await hook(conn, "request", request_id)

    async def task_done(self, conn: aiosqlite.Connection, task_id: int) -> None:
        """Tell every registered feature that a volunteer came to a task."""
        for hook in self.done_hooks:
            await hook(conn, "task", task_id)

    def language_of(self, person: Person | None) -> str:
        """Return the language to speak to a person: their choice, Telegram's, the default."""
        if person is None:
            return self.settings.lang
        return person.language or from_telegram(person.tg_language) or self.settings.lang

    def with_role(self, person: Person) -> Person:
        """Return the person with the admin role applied from LINLI_ADMINS."""
        if person.tg_id is not None and person.tg_id in self.settings.admins:
            return person.model_copy(update={"role": Role.ADMIN})
        return person

    async def audit(
        self,
        conn: aiosqlite.Connection,
        actor: Person | int,
        action: AuditAction,
        subject: str,
        *,
        before: object = None,
        after: object = None,
    ) -> None:
        """Record a staff or admin action in the audit log, in the caller's transaction (so
        the line exists exactly when the change does). `actor` is a person or a tg id."""
        if isinstance(actor, Person):
            actor_id: int | None = actor.id
        else:
            found = await people_repo.by_tg(conn, actor)
            actor_id = found.id if found is not None else None
        await audit_repo.record(
            conn,
            at=self.clock.now(),
            actor_id=actor_id,
            action=action,
            subject=subject,
            before=None if before is None else str(before),
            after=None if after is None else str(after),
        )

    async def add_proxy_resident(
        self, conn: aiosqlite.Connection, *, name: str, building: str, unit: str, phone: str
    ) -> Person:
        """Record a resident without Telegram whom staff file for (they phone them back)."""
        return await people_repo.insert(
            conn,
            tg_id=None,
            name=name.strip()[:64],
            now=self.clock.now(),
            building=building.strip() or None,
            unit=unit.strip()[:32] or None,
            phone=phone.strip()[:32] or None,
            registered=True,
            is_proxy=True,
        )

    async def person(self, conn: aiosqlite.Connection, tg_id: int) -> Person:
        """Return the registered person acting, or raise NotRegistered."""
        found = await people_repo.by_tg(conn, tg_id)
        if found is None or not found.registered or found.erased:
            if tg_id in self.settings.admins and found is not None:
                return self.with_role(found)
            raise NotRegistered()
        return self.with_role(found)

    async def staff_member(self, conn: aiosqlite.Connection, tg_id: int) -> Person:
        """Return the acting staff member or admin, or raise NotAllowed."""
        found = await people_repo.by_tg(conn, tg_id)
        if found is None:
            raise NotAllowed()
        found = self.with_role(found)
        if not found.role.is_staff:
            raise NotAllowed()
        return found

    async def quiet_hours(self, conn: aiosqlite.Connection) -> tuple[time, time]:
        """Return the community's quiet hours (start, end) on its own clock."""
        stored = await settings_repo.setting(conn, QUIET_HOURS) or DEFAULT_QUIET
        return read_quiet_hours(stored) or (time(22), time(7))

    async def quiet_end(
        self, conn: aiosqlite.Connection, at: datetime | None = None
    ) -> datetime | None:
        """Return when quiet hours end if `at` (default: now) falls in them, else None."""
        start, end = await self.quiet_hours(conn)
        return quiet_until(at or self.clock.now(), self.settings.zone, start, end)

    async def _held(
        self, conn: aiosqlite.Connection, message: OutboxMessage, urgent: bool
    ) -> OutboxMessage:
        """Return the message to go after quiet hours if it is bulk and would go during them."""
        if message.priority < Priority.BULK or urgent:
            return message
        end = await self.quiet_end(conn, message.next_attempt_at)
        return message if end is None else message.model_copy(update={"next_attempt_at": end})

    async def queue(
        self, conn: aiosqlite.Connection, message: OutboxMessage, *, urgent: bool = False
    ) -> int:
        """Write one outbox row on the caller's transaction; bulk ones wait out quiet hours.

        `urgent` (an urgent notice) lets a bulk row through quiet hours.
        """
        held = await self._held(conn, message, urgent)
        return await outbox.add(conn, held, self.clock.now())

    async def queue_copies(
        self,
        conn: aiosqlite.Connection,
        template: OutboxMessage,
        recipients: Iterable[tuple[int, int]],
        *,
        urgent: bool = False,
    ) -> int:
        """Write one message to many `(chat_id, person_id)` pairs, held like `queue`."""
        held = await self._held(conn, template, urgent)
        return await outbox.add_copies(conn, held, recipients, self.clock.now())

    async def notify(
        self,
        conn: aiosqlite.Connection,
        person: Person | None,
        key: str,
        *,
        buttons: list[list[Button]] | None = None,
        ref: str | None = None,
        priority: int = Priority.PERSONAL,
        **args: Any,
    ) -> bool:
        """Queue a message to a person in their language; False when they cannot get one."""
        if person is None or person.tg_id is None or person.unreachable or person.erased:
            return False
        lang = self.language_of(person)
        await self.queue(
            conn,
            OutboxMessage(
                chat_id=person.tg_id,
                text=i18n.t(lang, key, **args),
                buttons=render_buttons(lang, buttons),
                person_id=person.id,
                ref=ref,
                priority=priority,
            ),
        )
        return True

    async def notify_staff(
        self,
        conn: aiosqlite.Connection,
        key: str,
        *,
        buttons: list[list[Button]] | None = None,
        ref: str | None = None,
        **args: Any,
    ) -> None:
        """Queue a message for staff: to the staff chat if there is one (in its forum topic
        for the message's stream, when the room has topics), else to each staff member and
        admin privately; never both, so nothing arrives twice.
        """
        chats: dict[int, str] = {}
        if self.settings.staff_chat is not None:
            chats[self.settings.staff_chat] = self.staff_room_lang
        else:
            for admin in sorted(self.settings.admins):
                found = await people_repo.by_tg(conn, admin)
                chats[admin] = self.language_of(found)
            for member in await people_repo.staff(conn):
                if member.tg_id is not None and not member.unreachable:
                    chats[member.tg_id] = self.language_of(member)
        stream = stream_of(key)
        for chat_id, lang in chats.items():
            await self.queue(
                conn,
                OutboxMessage(
                    chat_id=chat_id,
                    text=i18n.t(lang, key, **args),
                    buttons=render_buttons(lang, buttons),
                    ref=ref,
                    thread_id=await self.staff_thread(conn, chat_id, stream),
                ),
            )

    async def staff_thread(
        self, conn: aiosqlite.Connection, chat_id: int, stream: str | None
    ) -> int | None:
        """Return the forum topic of a stream in the staff chat (None elsewhere or without)."""
        if chat_id != self.settings.staff_chat:
            return None
        return await staff_topics_repo.thread(conn, chat_id, stream)

    def t(self, person: Person | None, key: str, **args: Any) -> str:
        """Return a catalog text in the person's language."""
        return i18n.t(self.language_of(person), key, **args)

    async def staff_chats(self, conn: aiosqlite.Connection) -> list[int]:
        """Return where staff read new work: the staff chat, else each staff member and admin."""
        if self.settings.staff_chat is not None:
            return [self.settings.staff_chat]
        members = await people_repo.staff(conn)
        ids = {m.tg_id for m in members if m.tg_id is not None} | set(self.settings.admins)
        return sorted(ids)
