"""Events as staff run them: create and announce, change, cancel, list, export, check in.

Every call checks on the server that the person is staff (or an admin). Changing the time or
the place tells everyone signed up; a new time moves the reminders; cancelling tells everyone
and clears the reminders and open offers.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.clock import local
from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.events import (
    Audience,
    CheckIn,
    Event,
    EventSpec,
    EventStatus,
    Roster,
    SignupStatus,
)
from bot.models.outbox import OutboxMessage, Priority
from bot.services.dates import read_time
from bot.services.env import render_buttons
from bot.services.events import files as event_files
from bot.services.events.common import (
    OFFER_EXPIRY,
    REMINDER,
    EventBase,
    clean_code,
    open_button,
    when_args,
)
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import events as events_repo

TITLE_MAX = 100
PLACE_MAX = 200
DESCRIPTION_MAX = 1000
CAPACITY_MAX = 100_000
PER_PERSON_MAX = 10
REMINDERS_MAX = 5
REMINDER_HOURS_MAX = 24 * 14
CAPTION_MAX = 1024
ACTIVE = (SignupStatus.CONFIRMED, SignupStatus.OFFERED, SignupStatus.WAITING)


class EventDeskService(EventBase):
    """What staff do with events."""

    def read_time(self, text: str, after: datetime | None = None) -> datetime:
        """Return the time typed (in the community's zone), after `after` or now."""
        base = after or self.env.clock.now()
        found = read_time(text, self.zone, base)
        if found is None:
            raise InvalidInput("error-event-date")
        if found <= base:
            raise InvalidInput("error-event-date-past", after=local(base, self.zone))
        return found

    async def require_staff(self, tg_id: int) -> None:
        """Raise NotAllowed unless the person is staff or an admin."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)

    def check_spec(self, spec: EventSpec) -> EventSpec:
        """Return the spec cleaned, or raise InvalidInput naming what is wrong."""
        title, place = spec.title.strip(), spec.place.strip()
        if not title or len(title) > TITLE_MAX:
            raise InvalidInput("error-label-length", max=TITLE_MAX)
        if not place or len(place) > PLACE_MAX:
            raise InvalidInput("error-label-length", max=PLACE_MAX)
        if len(spec.description) > DESCRIPTION_MAX:
            raise InvalidInput("error-text-long", max=DESCRIPTION_MAX)
        if spec.starts_at <= self.env.clock.now():
            raise InvalidInput(
                "error-event-date-past", after=local(self.env.clock.now(), self.zone)
            )
        if spec.ends_at <= spec.starts_at:
            raise InvalidInput("error-event-end", start=local(spec.starts_at, self.zone))
        deadline = spec.deadline or spec.starts_at
        if not self.env.clock.now() < deadline <= spec.starts_at:
            raise InvalidInput("error-event-deadline", start=local(spec.starts_at, self.zone))
        check_capacity(spec.capacity)
        if not 1 <= spec.per_person <= PER_PERSON_MAX:
            raise InvalidInput("error-number-range", low=1, high=PER_PERSON_MAX)
        check_reminders(spec.reminders)
        if spec.audience == Audience.BUILDINGS and not spec.buildings:
            raise InvalidInput("error-event-no-buildings")
        return spec.model_copy(update={"title": title, "place": place, "deadline": deadline})

    async def create(
        self, staff_tg: int, spec: EventSpec, *, source_key: str, close_draft: int | None = None
    ) -> tuple[Event, int]:
        """Publish an event and announce it to its audience; return it and how many were told.

        The same form published twice (a double tap) returns the first event, told nobody.
        """
        spec = self.check_spec(spec)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            if close_draft is not None:
                await drafts_repo.delete(conn, close_draft)
            existing = await events_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, 0
            now = self.env.clock.now()
            assert spec.deadline is not None
            event = await events_repo.insert_event(
                conn, spec, spec.deadline, staff.id, now, source_key
            )
            await self._schedule_reminders(conn, event)
            told = await self._announce(conn, event)
        return event, told

    async def _announce(self, conn: aiosqlite.Connection, event: Event) -> int:
        """Queue the announcement for each registered person of the audience, as bulk.

        These are plain outbox rows of bulk priority, so personal messages still go first and
        an event published during quiet hours is announced when they end.
        """
        people = await events_repo.audience(conn, event.audience, event.buildings)
        for person in people:
            if person.tg_id is None:  # the query keeps only people with a chat; say so to mypy
                continue
            lang = self.env.language_of(person)
            text = self.env.t(person, "event-announce", **self._card_args(event))
            photo = event.photo if event.photo and len(text) <= CAPTION_MAX else None
            message = OutboxMessage(
                chat_id=person.tg_id,
                text=text,
                photo=photo,
                buttons=render_buttons(lang, open_button(event.id)),
                person_id=person.id,
                ref=f"event:{event.id}",
                priority=Priority.BULK,
            )
            await self.env.queue(conn, message)
        return len(people)

    def _card_args(self, event: Event) -> dict[str, object]:
        left = event.places_left
        return {
            "title": event.title,
            "place": event.place,
            "capacity": event.capacity if event.capacity is not None else "none",
            "left": left if left is not None else "none",
            "deadline": local(event.deadline, self.zone),
            **when_args(event, self.zone),
        }

    async def _published(self, conn: aiosqlite.Connection, staff_tg: int, event_id: int) -> Event:
        await self.env.staff_member(conn, staff_tg)
        event = await self._event(conn, event_id)
        if event.status != EventStatus.PUBLISHED:
            raise Conflict("error-event-cancelled", title=event.title)
        return event

    async def move(self, staff_tg: int, event_id: int, starts_at: datetime) -> Event:
        """Move the event (its length and sign-up lead kept); reminders move, people are told."""
        async with self.env.db.transaction() as conn:
            event = await self._published(conn, staff_tg, event_id)
            if starts_at <= self.env.clock.now():
                raise InvalidInput(
                    "error-event-date-past", after=local(self.env.clock.now(), self.zone)
                )
            shift = starts_at - event.starts_at
            deadline = min(event.deadline + shift, starts_at)
            if deadline <= self.env.clock.now():
                deadline = starts_at
            await events_repo.update(
                conn,
                event.id,
                starts_at=starts_at,
                ends_at=event.ends_at + shift,
                deadline=deadline,
            )
            moved = await self._event(conn, event.id)
            await self._schedule_reminders(conn, moved)
            old = when_args(event, self.zone)
            await self._tell_signed_up(
                conn, moved, "event-moved", ACTIVE, old_date=old["date"], old_start=old["start"]
            )
        return moved

    async def change_place(self, staff_tg: int, event_id: int, place: str) -> Event:
        """Change where the event is; everyone signed up is told."""
        place = place.strip()
        if not place or len(place) > PLACE_MAX:
            raise InvalidInput("error-label-length", max=PLACE_MAX)
        async with self.env.db.transaction() as conn:
            event = await self._published(conn, staff_tg, event_id)
            await events_repo.update(conn, event.id, place=place)
            changed = await self._event(conn, event.id)
            await self._tell_signed_up(
                conn, changed, "event-place-changed", ACTIVE, old_place=event.place
            )
        return changed

    async def change_capacity(self, staff_tg: int, event_id: int, capacity: int | None) -> Event:
        """Change the number of places (never below those held); new places go to the line."""
        check_capacity(capacity)
        async with self.env.db.transaction() as conn:
            event = await self._published(conn, staff_tg, event_id)
            if not await events_repo.set_capacity(conn, event.id, capacity):
                raise InvalidInput("error-capacity-below", taken=event.taken)
            await self._fill_freed(conn, event.id)
            changed = await self._event(conn, event.id)
        return changed

    async def cancel_event(self, staff_tg: int, event_id: int) -> tuple[Event, int]:
        """Cancel the event: everyone signed up is told; reminders and offers are cleared."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            event = await self._published(conn, staff_tg, event_id)
            await events_repo.update(conn, event.id, status=EventStatus.CANCELLED)
            cancelled = await self._event(conn, event.id)
            await due_repo.cancel(conn, REMINDER, event.id, now)
            for line in await events_repo.of_event(conn, event.id, (SignupStatus.OFFERED,)):
                await due_repo.cancel(conn, OFFER_EXPIRY, line.signup.id, now)
            told = await self._tell_signed_up(conn, cancelled, "event-cancelled", ACTIVE)
        return cancelled, told

    async def managed(self, staff_tg: int) -> list[Event]:
        """Return the upcoming events, for staff to manage."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await events_repo.upcoming(conn, self.env.clock.now(), 50)

    async def roster(self, staff_tg: int, event_id: int) -> Roster:
        """Return who is coming, who has an offer and who waits, in order."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            event = await self._event(conn, event_id)
            return Roster(
                event=event,
                confirmed=await events_repo.of_event(conn, event.id, (SignupStatus.CONFIRMED,)),
                offered=await events_repo.of_event(conn, event.id, (SignupStatus.OFFERED,)),
                waiting=await events_repo.of_event(conn, event.id, (SignupStatus.WAITING,)),
            )

    async def export(self, staff_tg: int, event_id: int, lang: str) -> tuple[str, bytes]:
        """Return a file name and the sign-up list as an .xlsx spreadsheet."""
        roster = await self.roster(staff_tg, event_id)
        return f"event-{event_id}.xlsx", event_files.roster_xlsx(roster, lang, self.zone)

    async def poster(self, staff_tg: int, event_id: int, bot_username: str) -> tuple[str, bytes]:
        """Return the event's deep link and a QR code of it, for posters."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            event = await self._event(conn, event_id)
        link = event_files.deep_link(bot_username, f"event_{event.id}")
        return link, event_files.qr_png(link)

    async def check_in(self, staff_tg: int, code: str, event_id: int | None = None) -> CheckIn:
        """Record that the person with this code arrived; a second scan says so."""
        code = clean_code(code)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            signup = await events_repo.by_code(conn, code) if code else None
            if signup is None or signup.status != SignupStatus.CONFIRMED:
                raise NotFound("error-code-unknown", code=code or "—")
            event = await self._event(conn, signup.event_id)
            if event_id is not None and event.id != event_id:
                raise Conflict("error-code-other-event", title=event.title)
            if event.status != EventStatus.PUBLISHED:
                raise Conflict("error-event-cancelled", title=event.title)
            fresh = await events_repo.check_in(conn, signup.id, staff.id, now)
            lines = await events_repo.of_event(conn, event.id, (SignupStatus.CONFIRMED,))
        line = next(x for x in lines if x.signup.id == signup.id)
        attended = sum(1 for x in lines if x.signup.checked_in_at is not None)
        return CheckIn(
            event=event, line=line, already=not fresh, attended=attended, coming=len(lines)
        )


def check_capacity(capacity: int | None) -> None:
    """Refuse a number of places out of range (None is unlimited)."""
    if capacity is not None and not 1 <= capacity <= CAPACITY_MAX:
        raise InvalidInput("error-number-range", low=1, high=CAPACITY_MAX)


def check_reminders(hours: list[int]) -> None:
    """Refuse reminder hours out of range, or too many of them."""
    if len(hours) > REMINDERS_MAX or any(not 1 <= h <= REMINDER_HOURS_MAX for h in hours):
        raise InvalidInput("error-event-reminders", max=REMINDER_HOURS_MAX)
