"""What the residents' and the staff side of events share: the waiting line, codes, times.

The waiting line: whenever places free up (a cancellation, an expired or declined offer, more
places), the first in line whose places fit gets a timed offer, within the same transaction.
So at any commit, free places and a waiting person who fits never exist together.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from bot.callbacks import events as callbacks
from bot.clock import local
from bot.errors import NotFound
from bot.models.events import Event, EventStatus, EventView, Signup, SignupStatus
from bot.models.outbox import Button
from bot.models.people import Person, Role
from bot.services.env import ServiceEnv
from storage import due as due_repo
from storage import events as events_repo
from storage import people as people_repo

REMINDER = "event_reminder"
OFFER_EXPIRY = "event_offer_expiry"
# No look-alikes: no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B.
CODE_ALPHABET = "ACDEFHJKMNPQRTUVWXY3479"
CODE_LENGTH = 6


def new_code() -> str:
    """Return a random check-in code that is easy to read aloud and type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def clean_code(text: str) -> str:
    """Return a typed code as stored: upper case, without spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def when_args(event: Event, zone: ZoneInfo) -> dict[str, Any]:
    """Return the placeholders of the catalog's `event-when` (local date, weekday, times)."""
    start, end = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    same_day = start.date() == end.date()
    return {
        "date": start.strftime("%Y-%m-%d"),
        "weekday": start.weekday(),
        "start": start.strftime("%H:%M"),
        "end": end.strftime("%H:%M") if same_day else end.strftime("%Y-%m-%d %H:%M"),
    }


def may_join(event: Event, person: Person) -> bool:
    """Return True when the event's audience includes the person (staff may join anything)."""
    if person.role.is_staff or event.audience == "all":
        return True
    if event.audience == "buildings":
        return person.building is not None and person.building in event.buildings
    return person.role == Role.VOLUNTEER


def open_button(event_id: int) -> list[list[Button]]:
    """Return the one button that opens an event."""
    return [[Button(text="btn-event-open", data=callbacks.open_card(event_id))]]


def mine_buttons(event_id: int, status: SignupStatus) -> list[list[Button]]:
    """Return what a person can do with their place, offer or place in line."""
    eid = event_id
    if status == SignupStatus.CONFIRMED:
        return [
            [
                Button(text="btn-event-calendar", data=callbacks.calendar(eid)),
                Button(text="btn-event-qr", data=callbacks.my_qr(eid)),
            ],
            [Button(text="btn-event-cancel-place", data=callbacks.give_up(eid))],
        ]
    if status == SignupStatus.OFFERED:
        return [
            [
                Button(text="btn-event-accept", data=callbacks.accept(eid)),
                Button(text="btn-event-decline", data=callbacks.give_up(eid)),
            ]
        ]
    return [[Button(text="btn-event-leave-line", data=callbacks.give_up(eid))]]


class EventBase:
    """Helpers both sides use: find, describe, fill the line, schedule, tell."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    @property
    def zone(self) -> ZoneInfo:
        """Return the community's time zone."""
        return self.env.settings.zone

    async def _event(self, conn: aiosqlite.Connection, event_id: int) -> Event:
        event = await events_repo.get(conn, event_id)
        if event is None:
            raise NotFound("error-event-not-found")
        return event

    async def _view(
        self, conn: aiosqlite.Connection, event: Event, person: Person, mine: Signup | None
    ) -> EventView:
        active = mine if mine is not None and mine.status.is_active else None
        position = None
        if active is not None and active.status == SignupStatus.WAITING:
            position = await events_repo.position(conn, active)
        return EventView(
            event=event,
            mine=active,
            position=position,
            waiting=await events_repo.waiting_count(conn, event.id),
            may_join=may_join(event, person),
        )

    async def _give_code(self, conn: aiosqlite.Connection, signup: Signup) -> Signup:
        """Give a confirmed sign-up its check-in code (a clash with another code tries again)."""
        while True:
            code = new_code()
            if await events_repo.set_code(conn, signup.id, code):
                return signup.model_copy(update={"code": code})

    async def _fill_freed(self, conn: aiosqlite.Connection, event_id: int) -> None:
        """Offer freed places to the first in line whose places fit, until none fit."""
        now = self.env.clock.now()
        while True:
            event = await self._event(conn, event_id)
            if event.status != EventStatus.PUBLISHED or now >= event.starts_at:
                return
            nxt = await events_repo.first_waiting(conn, event.id, event.places_left)
            if nxt is None or not await events_repo.take_places(conn, event.id, nxt.places):
                return
            until = min(now + timedelta(hours=event.offer_hours), event.starts_at)
            waiting = (SignupStatus.WAITING,)
            await events_repo.move(
                conn, nxt.id, waiting, SignupStatus.OFFERED, now, offer_until=until
            )
            await events_repo.schedule(conn, OFFER_EXPIRY, nxt.id, until)
            person = await people_repo.by_id(conn, nxt.person_id)
            await self.env.notify(
                conn,
                person,
                "event-offer",
                buttons=mine_buttons(event.id, SignupStatus.OFFERED),
                ref=f"event:{event.id}",
                title=event.title,
                places=nxt.places,
                until=local(until, self.zone),
                **when_args(event, self.zone),
            )

    async def _tell_place(
        self, conn: aiosqlite.Connection, person: Person, view: EventView
    ) -> None:
        """Queue the details of a new place (with its code) or place in line, with buttons.

        The press itself is answered at once by the handler; this message goes through the
        outbox, so a thousand sign-ups in a second stay within Telegram's flood limits.
        """
        mine, event = view.mine, view.event
        if mine is None:
            return
        key = "event-waiting" if mine.status == SignupStatus.WAITING else "event-signed-up"
        await self.env.notify(
            conn,
            person,
            key,
            buttons=mine_buttons(event.id, mine.status),
            ref=f"event:{event.id}",
            title=event.title,
            place=event.place,
            places=mine.places,
            code=mine.code or "—",
            position=view.position or 0,
            hours=event.offer_hours,
            **when_args(event, self.zone),
        )

    async def _schedule_reminders(self, conn: aiosqlite.Connection, event: Event) -> None:
        """Put the event's reminders in as due work (those still ahead), old ones out."""
        now = self.env.clock.now()
        await due_repo.cancel(conn, REMINDER, event.id, now)
        for hours in event.reminders:
            due_at = event.starts_at - timedelta(hours=hours)
            if due_at > now:
                await events_repo.schedule(conn, REMINDER, event.id, due_at)

    async def _tell_signed_up(
        self,
        conn: aiosqlite.Connection,
        event: Event,
        key: str,
        statuses: tuple[SignupStatus, ...],
        **args: Any,
    ) -> int:
        """Tell everyone with a sign-up in `statuses`; return how many could be told."""
        told = 0
        for line in await events_repo.of_event(conn, event.id, statuses):
            person = await people_repo.by_id(conn, line.signup.person_id)
            told += await self.env.notify(
                conn,
                person,
                key,
                buttons=open_button(event.id) if event.status == EventStatus.PUBLISHED else None,
                ref=f"event:{event.id}",
                title=event.title,
                place=event.place,
                code=line.signup.code or "—",
                places=line.signup.places,
                **when_args(event, self.zone),
                **args,
            )
        return told
