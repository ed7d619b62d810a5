"""Broadcast notices as staff run them: count, preview, send now, schedule, repeat, cancel,
and the delivery report.

A notice's recipients become outbox rows of bulk priority, all in the transaction that starts
the notice, so personal messages still go first and a crash loses nobody. Normal notices
written during quiet hours are queued to go when they end (the rule every bulk message keeps,
in ServiceEnv.queue); urgent ones go at once.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time
from zoneinfo import ZoneInfo

import aiosqlite

from bot import i18n
from bot.callbacks import notices as callbacks
from bot.clock import local
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.languages import LANGUAGES, from_telegram
from bot.models.audit import AuditAction
from bot.models.notices import (
    Broadcast,
    BroadcastStatus,
    NoticeAudience,
    NoticeKind,
    NoticeSpec,
    Repeat,
    Report,
)
from bot.models.outbox import Button, OutboxMessage, Priority
from bot.models.work import DueWork
from bot.services.dates import read_time
from bot.services.env import QUIET_HOURS, ServiceEnv, render_buttons
from bot.services.recurrence import next_time, read_quiet_hours, read_repeat
from storage import broadcasts as repo
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import outbox as outbox_repo
from storage import people as people_repo

BROADCAST = "broadcast"
TEXT_MAX = 3500
CAPTION_MAX = 900
RECENT = 8
PLANNED = (BroadcastStatus.SCHEDULED, BroadcastStatus.RECURRING)


def notice_buttons(broadcast_id: int, kind: NoticeKind) -> list[list[Button]]:
    """Return the buttons under a notice: Reply, and Mute for kinds that may be muted."""
    rows = [[Button(text="btn-notice-reply", data=callbacks.reply(broadcast_id))]]
    if not kind.urgent:
        rows.append(
            [Button(text=f"btn-notice-mute-{kind.value}", data=callbacks.mute(broadcast_id))]
        )
    return rows


class BroadcastService:
    """What staff do with notices; every call checks on the server that they are staff."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return self.env.settings.zone

    def lang_of(self, language: str | None, tg_language: str | None) -> str:
        """Return a recipient's language from their stored choice and Telegram's."""
        return language or from_telegram(tg_language) or self.env.settings.lang

    def render(self, lang: str, spec: NoticeSpec) -> str:
        """Return the notice's text as a resident reading `lang` sees it."""
        return i18n.t(lang, "notice-message", kind=spec.kind.value, text=spec.text)

    async def require_staff(self, tg_id: int) -> None:
        """Raise NotAllowed unless the person is staff or an admin."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)

    def check_spec(self, spec: NoticeSpec) -> NoticeSpec:
        """Return the notice cleaned, or raise InvalidInput naming what is wrong."""
        text = spec.text.strip()
        limit = CAPTION_MAX if spec.photo or spec.document else TEXT_MAX
        if not text:
            raise InvalidInput("form-need-text")
        if len(text) > limit:
            raise InvalidInput("error-text-long", max=limit)
        if spec.audience in (NoticeAudience.BUILDINGS, NoticeAudience.EVENT) and not spec.targets:
            raise InvalidInput("error-notice-no-targets")
        if spec.audience == NoticeAudience.LANGUAGE and (
            len(spec.targets) != 1 or spec.targets[0] not in LANGUAGES
        ):
            raise InvalidInput("error-notice-no-targets")
        return spec.model_copy(update={"text": text})

    async def _people(
        self, conn: aiosqlite.Connection, spec: NoticeSpec
    ) -> dict[str, list[tuple[int, int]]]:
        """Return the recipients as (chat, person) pairs grouped by language."""
        found = await repo.recipients(
            conn, spec.audience, spec.targets, spec.kind, sorted(self.env.settings.admins)
        )
        groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for person_id, tg_id, language, tg_language in found:
            lang = self.lang_of(language, tg_language)
            if spec.audience != NoticeAudience.LANGUAGE or lang == spec.targets[0]:
                groups[lang].append((tg_id, person_id))
        return groups

    async def preview(self, staff_tg: int, spec: NoticeSpec, lang: str) -> tuple[str, int]:
        """Return the notice as residents reading `lang` will see it, and how many it reaches."""
        spec = self.check_spec(spec)
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            groups = await self._people(conn, spec)
        return self.render(lang, spec), sum(len(g) for g in groups.values())

    async def _queue(self, conn: aiosqlite.Connection, notice: Broadcast) -> int:
        """Write the notice's outbox rows for everyone it reaches; return how many."""
        now = self.env.clock.now()
        count = 0
        for lang, pairs in (await self._people(conn, notice)).items():
            template = OutboxMessage(
                chat_id=0,
                text=self.render(lang, notice),
                buttons=render_buttons(lang, notice_buttons(notice.id, notice.kind)),
                photo=notice.photo,
                document=notice.document,
                priority=Priority.BULK,
                ref=f"bc:{notice.id}",
                broadcast_id=notice.id,
            )
            count += await self.env.queue_copies(conn, template, pairs, urgent=notice.kind.urgent)
        status = BroadcastStatus.SENDING
        await repo.update(conn, notice.id, status=status, recipients=count, started_at=now)
        return count

    async def _start(
        self, conn: aiosqlite.Connection, staff_tg: int, source_key: str, close_draft: int | None
    ) -> tuple[int, Broadcast | None]:
        staff = await self.env.staff_member(conn, staff_tg)
        if close_draft is not None:
            await drafts_repo.delete(conn, close_draft)
        return staff.id, await repo.by_source(conn, source_key)

    async def send_now(
        self, staff_tg: int, spec: NoticeSpec, *, source_key: str, close_draft: int | None = None
    ) -> Broadcast:
        """Queue the notice for its audience at once; a double tap returns the first one."""
        spec = self.check_spec(spec)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff_id, existing = await self._start(conn, staff_tg, source_key, close_draft)
            if existing is not None:
                return existing
            notice = await repo.insert(
                conn,
                spec,
                created_by=staff_id,
                status=BroadcastStatus.SENDING,
                now=now,
                source_key=source_key,
            )
            await self._queue(conn, notice)
            await self.env.audit(conn, staff_tg, AuditAction.NOTICE_SENT, _subject(notice))
            queued = await self._notice(conn, notice.id)
        return queued

    def read_schedule(self, text: str) -> tuple[datetime, Repeat | None]:
        """Return when a typed schedule first falls and its rule if it repeats."""
        now = self.env.clock.now()
        rule = read_repeat(text, self.zone, now)
        if rule is not None:
            first = next_time(rule, self.zone, now)
            if first is None:
                raise InvalidInput("error-notice-when")
            return first, rule
        found = read_time(text, self.zone, now)
        if found is None:
            raise InvalidInput("error-notice-when")
        if found <= now:
            raise InvalidInput("error-event-date-past", after=local(now, self.zone))
        return found, None

    async def schedule(
        self,
        staff_tg: int,
        spec: NoticeSpec,
        when: str,
        *,
        source_key: str,
        close_draft: int | None = None,
    ) -> Broadcast:
        """Schedule the notice for a time typed naturally, once or repeating."""
        spec = self.check_spec(spec)
        send_at, rule = self.read_schedule(when)
        status = BroadcastStatus.RECURRING if rule else BroadcastStatus.SCHEDULED
        async with self.env.db.transaction() as conn:
            staff_id, existing = await self._start(conn, staff_tg, source_key, close_draft)
            if existing is not None:
                return existing
            notice = await repo.insert(
                conn,
                spec,
                created_by=staff_id,
                status=status,
                now=self.env.clock.now(),
                send_at=send_at,
                repeat=rule,
                source_key=source_key,
            )
            await due_repo.add(conn, BROADCAST, notice.id, send_at)
            await self.env.audit(
                conn, staff_tg, AuditAction.NOTICE_SCHEDULED, _subject(notice), after=send_at
            )
        return notice

    async def fire(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Send a scheduled notice now; a recurring one sends a copy and waits for its next time."""
        notice = await repo.by_id(conn, work.ref_id)
        if notice is None:
            return
        if notice.status == BroadcastStatus.SCHEDULED:
            await self._queue(conn, notice)
        elif notice.status == BroadcastStatus.RECURRING and notice.repeat is not None:
            now = self.env.clock.now()
            copy = await repo.insert(
                conn,
                notice,
                created_by=notice.created_by,
                status=BroadcastStatus.SENDING,
                now=now,
                parent_id=notice.id,
            )
            await self._queue(conn, copy)
            following = next_time(notice.repeat, self.zone, max(now, notice.send_at or now))
            await repo.update(conn, notice.id, send_at=following)
            if following is not None:
                await due_repo.add(conn, BROADCAST, notice.id, following)

    async def cancel(self, staff_tg: int, broadcast_id: int) -> Broadcast:
        """Cancel a scheduled notice, stop a recurring one, or withdraw what is not yet sent."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            notice = await self._notice(conn, broadcast_id)
            if notice.status in PLANNED:
                new = (
                    BroadcastStatus.STOPPED
                    if notice.status == BroadcastStatus.RECURRING
                    else BroadcastStatus.CANCELLED
                )
                await repo.set_status(conn, notice.id, new, PLANNED, now)
                await due_repo.cancel(conn, BROADCAST, notice.id, now)
            elif notice.status == BroadcastStatus.SENDING:
                await outbox_repo.cancel_broadcast(conn, notice.id)
                await repo.set_status(
                    conn, notice.id, BroadcastStatus.CANCELLED, (BroadcastStatus.SENDING,), now
                )
            else:
                raise Conflict("error-notice-over")
            await self.env.audit(
                conn,
                staff_tg,
                AuditAction.NOTICE_CANCELLED,
                _subject(notice),
                before=notice.status.value,
            )
            return await self._notice(conn, notice.id)

    async def _notice(self, conn: aiosqlite.Connection, broadcast_id: int) -> Broadcast:
        found = await repo.by_id(conn, broadcast_id)
        if found is None:
            raise NotFound()
        return found

    async def _report(self, conn: aiosqlite.Connection, notice: Broadcast) -> Report:
        counts = await outbox_repo.broadcast_counts(conn, notice.id)
        held = await outbox_repo.broadcast_held_until(conn, notice.id, self.env.clock.now())
        replies = await repo.reply_count(conn, notice.id)
        return Report(broadcast=notice, held_until=held, replies=replies, **counts)

    async def report(self, staff_tg: int, broadcast_id: int) -> Report:
        """Return how a notice's delivery went so far."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await self._report(conn, await self._notice(conn, broadcast_id))

    async def listing(self, staff_tg: int) -> tuple[list[Report], list[Broadcast]]:
        """Return the recent notices with their reports, and the scheduled ones."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            recent = [await self._report(conn, b) for b in await repo.recent(conn, RECENT)]
            return recent, await repo.planned(conn)

    async def progress(self) -> list[Report]:
        """Return every notice under way or just finished whose final report is not shown.

        A notice whose last row is done is marked done here, once.
        """
        async with self.env.db.transaction() as conn:
            reports = []
            for notice in await repo.unreported(conn):
                report = await self._report(conn, notice)
                if report.finished and notice.status == BroadcastStatus.SENDING:
                    await repo.set_status(
                        conn,
                        notice.id,
                        BroadcastStatus.DONE,
                        (notice.status,),
                        self.env.clock.now(),
                    )
                    report = await self._report(conn, await self._notice(conn, notice.id))
                reports.append(report)
            return reports

    async def shown(self, broadcast_id: int, *, chat: int, message_id: int, final: bool) -> None:
        """Remember where the progress message is, and whether the final report was shown."""
        async with self.env.db.transaction() as conn:
            await repo.update(
                conn,
                broadcast_id,
                progress_chat=chat,
                progress_message_id=message_id,
                reported=final,
            )

    async def creator_chat(self, notice: Broadcast) -> tuple[int | None, str]:
        """Return the private chat and language of the staff member who made a notice."""
        async with self.env.db.reading() as conn:
            person = await people_repo.by_id(conn, notice.created_by)
        chat = person.tg_id if person is not None and not person.unreachable else None
        return chat, self.env.language_of(person)

    async def quiet_hours(self) -> tuple[time, time]:
        """Return the community's quiet hours (start, end) in its time zone."""
        async with self.env.db.reading() as conn:
            return await self.env.quiet_hours(conn)

    async def quiet_end_now(self, kind: NoticeKind) -> datetime | None:
        """Return when quiet hours end if a notice of this kind sent now would wait for it."""
        if kind.urgent:
            return None
        async with self.env.db.reading() as conn:
            return await self.env.quiet_end(conn)

    async def set_quiet_hours(self, admin_tg: int, text: str) -> tuple[time, time]:
        """Change the quiet hours (admins only) from "22:00-07:00"; "0-0" turns them off."""
        if admin_tg not in self.env.settings.admins:
            raise NotAllowed("error-admin-only")
        found = read_quiet_hours(text)
        if found is None:
            raise InvalidInput("error-quiet-hours")
        value = f"{found[0]:%H:%M}-{found[1]:%H:%M}"
        async with self.env.db.transaction() as conn:
            before = await repo.setting(conn, QUIET_HOURS)
            await repo.set_setting(conn, QUIET_HOURS, value)
            await self.env.audit(
                conn, admin_tg, AuditAction.QUIET_HOURS, QUIET_HOURS, before=before, after=value
            )
        return found


def _subject(notice: Broadcast) -> str:
    """Name a notice in the audit log: its number and first words."""
    words = notice.text.split("\n", 1)[0]
    return f"#{notice.id} {words[:60]}"
