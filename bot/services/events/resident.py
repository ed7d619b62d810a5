"""Events as residents use them: see, sign up, wait, accept an offer, cancel, get reminded.

A place is taken by a conditional UPDATE of the event's held places in the same transaction
that writes the sign-up; the sign-up row is unique per person and event. So however many press
Sign up at once, and however often Telegram delivers a press, places never exceed capacity and
nobody holds two sign-ups. Whoever does not fit joins the waiting line in the order they came.
"""

from __future__ import annotations

from datetime import timedelta

import aiosqlite

from bot.clock import local
from bot.errors import Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.events import Event, EventStatus, EventView, SignupStatus
from bot.models.people import Person
from bot.models.work import DueWork
from bot.services.events import files as event_files
from bot.services.events.common import (
    OFFER_EXPIRY,
    EventBase,
    may_join,
    open_button,
    when_args,
)
from storage import due as due_repo
from storage import events as events_repo
from storage import people as people_repo

LIST_MAX = 20


class EventService(EventBase):
    """What residents do with events, and the due work that keeps the line moving."""

    async def upcoming(self, tg_id: int) -> list[EventView]:
        """Return the events the person may join that have not started, soonest first."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            person = await self._someone(conn, tg_id)
            views = []
            for event in await events_repo.upcoming(conn, now, LIST_MAX * 3):
                mine = await events_repo.signup_of(conn, event.id, person.id)
                view = await self._view(conn, event, person, mine)
                if view.may_join or view.mine is not None:
                    views.append(view)
        return views[:LIST_MAX]

    async def view(self, tg_id: int, event_id: int) -> EventView:
        """Return one event as the person sees it (anyone may look; signing up needs more)."""
        async with self.env.db.reading() as conn:
            person = await self._someone(conn, tg_id)
            event = await self._event(conn, event_id)
            if event.status != EventStatus.PUBLISHED and not person.role.is_staff:
                raise Conflict("error-event-cancelled", title=event.title)
            mine = await events_repo.signup_of(conn, event.id, person.id)
            return await self._view(conn, event, person, mine)

    async def _someone(self, conn: aiosqlite.Connection, tg_id: int) -> Person:
        person = await people_repo.by_tg(conn, tg_id)
        if person is None:
            raise NotFound()
        return self.env.with_role(person)

    async def sign_up(self, tg_id: int, event_id: int, places: int = 1) -> EventView:
        """Take places if they fit, else join the line; a repeated press changes nothing.

        The details (the check-in code, or the number in line) are queued for the person in
        the same transaction.
        """
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            event = await self._event(conn, event_id)
            mine = await events_repo.signup_of(conn, event.id, person.id)
            if mine is not None and mine.status.is_active:
                return await self._view(conn, event, person, mine)
            self._check_may_sign(event, person, places)
            taken = await events_repo.take_places(conn, event.id, places)
            status = SignupStatus.CONFIRMED if taken else SignupStatus.WAITING
            signup = await events_repo.put_signup(conn, event.id, person.id, places, status, now)
            if signup is None:  # the UNIQUE row says they hold one: undo the whole step
                raise Conflict()
            if taken:
                signup = await self._give_code(conn, signup)
                event = event.model_copy(update={"taken": event.taken + places})
            view = await self._view(conn, event, person, signup)
            await self._tell_place(conn, person, view)
        return view

    def _check_may_sign(self, event: Event, person: Person, places: int) -> None:
        if event.status != EventStatus.PUBLISHED:
            raise Conflict("error-event-cancelled", title=event.title)
        if not event.signup_open(self.env.clock.now()):
            raise Conflict("error-signup-closed", deadline=local(event.deadline, self.zone))
        if not may_join(event, person):
            raise NotAllowed("error-event-not-for-you")
        if not 1 <= places <= event.per_person:
            raise InvalidInput("error-event-places", max=event.per_person)

    async def cancel(self, tg_id: int, event_id: int) -> tuple[EventView, SignupStatus]:
        """Give up a place, an offer or a place in the line; a freed place goes to the next.

        Returns the event as it is now and what the person gave up.
        """
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            event = await self._event(conn, event_id)
            mine = await events_repo.signup_of(conn, event.id, person.id)
            if mine is None or not mine.status.is_active:
                raise Conflict("error-event-not-signed", title=event.title)
            if now >= event.starts_at:
                raise Conflict("error-event-started", title=event.title)
            if not await events_repo.move(
                conn, mine.id, (mine.status,), SignupStatus.CANCELLED, now
            ):
                raise Conflict()
            if mine.status != SignupStatus.WAITING:
                await events_repo.release_places(conn, event.id, mine.places)
                await due_repo.cancel(conn, OFFER_EXPIRY, mine.id, now)
                await self._fill_freed(conn, event.id)
            view = await self._view(conn, await self._event(conn, event.id), person, None)
        return view, mine.status

    async def accept(self, tg_id: int, event_id: int) -> EventView:
        """Take the place offered, while the offer stands."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            event = await self._event(conn, event_id)
            mine = await events_repo.signup_of(conn, event.id, person.id)
            if mine is not None and mine.status == SignupStatus.CONFIRMED:
                return await self._view(conn, event, person, mine)  # a second press
            if mine is None or mine.status != SignupStatus.OFFERED:
                raise Conflict("error-offer-gone", title=event.title)
            if event.status != EventStatus.PUBLISHED or now >= event.starts_at:
                raise Conflict("error-event-started", title=event.title)
            if not await events_repo.accept_offer(conn, mine.id, now):
                raise Conflict("error-offer-gone", title=event.title)
            await due_repo.cancel(conn, OFFER_EXPIRY, mine.id, now)
            confirmed = mine.model_copy(update={"status": SignupStatus.CONFIRMED})
            view = await self._view(conn, event, person, await self._give_code(conn, confirmed))
            await self._tell_place(conn, person, view)
        return view

    async def mine(self, tg_id: int) -> list[EventView]:
        """Return the person's sign-ups, offers and places in line for events not yet over."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return [
                await self._view(conn, event, person, signup)
                for event, signup in await events_repo.of_person(conn, person.id, now)
            ]

    async def calendar(self, tg_id: int, event_id: int) -> tuple[Event, bytes]:
        """Return the event and an .ics file of it, for "Add to calendar"."""
        async with self.env.db.reading() as conn:
            person = await self._someone(conn, tg_id)
            event = await self._event(conn, event_id)
        if event.status != EventStatus.PUBLISHED:
            raise Conflict("error-event-cancelled", title=event.title)
        return event, event_files.ics(event, self.env.language_of(person))

    async def my_qr(self, tg_id: int, event_id: int, bot_username: str) -> tuple[str, bytes]:
        """Return the person's check-in code and a QR code of its deep link."""
        view = await self.view(tg_id, event_id)
        if view.mine is None or view.mine.code is None:
            raise Conflict("error-event-not-signed", title=view.event.title)
        link = event_files.deep_link(bot_username, f"checkin_{view.mine.code}")
        return view.mine.code, event_files.qr_png(link)

    # ---- due work ----------------------------------------------------------------------------

    async def remind(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind everyone confirmed, unless the event started or a later reminder is due too.

        Reminders are personal, so quiet hours do not hold them: each goes only to people who
        signed up, at a time fixed by the event's own start, like an alarm they set. Holding a
        06:00 reminder for a 06:30 morning exercise until 07:00 would make it come too late.
        """
        event = await events_repo.get(conn, work.ref_id)
        now = self.env.clock.now()
        if event is None or event.status != EventStatus.PUBLISHED or now >= event.starts_at:
            return
        hours = round((event.starts_at - work.due_at).total_seconds() / 3600)
        later = [h for h in event.reminders if h < hours]
        if any(event.starts_at - timedelta(hours=h) <= now for h in later):
            return  # the bot was down: the nearer reminder says it all, once
        await self._tell_signed_up(conn, event, "event-reminder", (SignupStatus.CONFIRMED,))

    async def expire_offer(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Pass an offer not taken in time on to the next in line."""
        signup = await events_repo.signup(conn, work.ref_id)
        now = self.env.clock.now()
        if signup is None or signup.status != SignupStatus.OFFERED:
            return
        if signup.offer_until is not None and signup.offer_until > now:
            return  # offered again later: that offer has its own due row
        offered = (SignupStatus.OFFERED,)
        if not await events_repo.move(conn, signup.id, offered, SignupStatus.EXPIRED, now):
            return
        await events_repo.release_places(conn, signup.event_id, signup.places)
        event = await self._event(conn, signup.event_id)
        person = await people_repo.by_id(conn, signup.person_id)
        await self.env.notify(
            conn,
            person,
            "event-offer-expired",
            buttons=open_button(event.id),
            ref=f"event:{event.id}",
            title=event.title,
            **when_args(event, self.zone),
        )
        await self._fill_freed(conn, event.id)
