"""What the residents' side and the staff desk share about requests.

The front desk: every request gets a number, one owner, and an answer.

Rules kept here: the first staff member to take a request owns it (first-contact
responsibility); a hand-over gives the work to a colleague while the owner stays accountable
and is told of every step; a referral must say who is responsible and how to reach them.
Each public call is one transaction that also writes the notifications it causes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

import aiosqlite
from pydantic import BaseModel

from bot import i18n
from bot.callbacks import requests as callbacks
from bot.callbacks import resident_card
from bot.errors import Conflict, InvalidInput
from bot.models.outbox import Button, OutboxMessage
from bot.models.people import Person
from bot.models.requests import (
    FINAL_STATUSES,
    Category,
    EntryKind,
    NewRequest,
    Request,
    RequestStatus,
    TimelineEntry,
)
from bot.services.env import ServiceEnv, render_buttons
from storage import community as community_repo
from storage import due as due_repo
from storage import outbox as outbox_repo
from storage import people as people_repo
from storage import requests as requests_repo

TEXT_MAX = 3000
ANSWER_DAYS = 7
OVERDUE = "request_overdue"
AUTOCLOSE = "request_autoclose"
QueueFilter = Literal["all", "mine", "untaken", "overdue"]


class StaffView(BaseModel):
    """A request with the people around it, as staff see it."""

    request: Request
    resident: Person | None
    owner: Person | None
    handler: Person | None
    category: Category | None
    timeline: list[TimelineEntry] = []


class QueuePage(BaseModel):
    """One page of the staff queue: the views it shows, and where it sits among all pages."""

    views: list[StaffView]
    total: int  # open requests under the filter, on every page
    page: int  # counted from 0; a page past the end is moved back to the last one
    size: int

    @property
    def pages(self) -> int:
        """Return how many pages the filter fills (at least one, even when empty)."""
        return max(1, -(-self.total // self.size))


def card_args(view: StaffView, now: datetime) -> dict[str, Any]:
    """Return the placeholders of the staff card (catalog key `staff-card`)."""
    r, who = view.request, view.resident
    return {
        "number": r.number,
        "category": r.category,
        "category_label": view.category.label or r.category if view.category else r.category,
        "status": r.status.value,
        "name": who.name if who else "—",
        "building": (who.building or "—") if who else "—",
        "unit": (who.unit or "—") if who else "—",
        "phone": (who.phone or "—") if who else "—",
        "proxy": "yes" if who is not None and who.is_proxy else "no",
        "description": r.description or "—",
        "voice": "yes" if r.voice_file_id else "no",
        "photos": len(r.photos),
        "location": map_link(r.latitude, r.longitude),
        "owner": view.owner.name if view.owner else "—",
        "handler": view.handler.name if view.handler else "—",
        "overdue": "yes" if r.is_overdue(now) else "no",
        "metoo": r.me_too,
    }


def card_buttons(request: Request) -> list[list[Button]]:
    """Return the staff card's buttons for the request's state (labels are catalog keys)."""
    rid = request.id
    if request.status in FINAL_STATUSES:
        return []
    first = [Button(text="btn-take", data=callbacks.take(rid))] if request.owner_id is None else []
    return [
        [*first, Button(text="btn-reply", data=callbacks.reply(rid))],
        [
            Button(text="btn-ask", data=callbacks.ask(rid)),
            Button(text="btn-note", data=callbacks.note(rid)),
        ],
        [
            Button(text="btn-handover", data=callbacks.hand_over_menu(rid)),
            Button(text="btn-close", data=callbacks.close_menu(rid)),
        ],
        *resident_row(request.resident_id),
    ]


def resident_row(person_id: int | None) -> list[list[Button]]:
    """Return the row opening the resident's card (none for an anonymised request)."""
    if person_id is None:
        return []
    return [[Button(text="btn-resident-card", data=resident_card.open_card(person_id))]]


CARD_REF = "reqcard"  # the outbox ref of a request's staff card, to find and redraw it


def card_ref(request_id: int) -> str:
    """Return the outbox ref a request's staff card is posted under."""
    return f"{CARD_REF}:{request_id}"


def map_link(latitude: float | None, longitude: float | None) -> str:
    """Return a shared location as a link a phone opens in its map (not raw coordinates)."""
    if latitude is None or longitude is None:
        return "—"
    return f"https://www.openstreetmap.org/?mlat={latitude:.5f}&mlon={longitude:.5f}#map=18/{latitude:.5f}/{longitude:.5f}"


def check_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput("error-text-empty")
    if len(text) > TEXT_MAX:
        raise InvalidInput("error-text-long", max=TEXT_MAX)
    return text


class RequestBase:
    """Helpers both sides use: who to tell, how to close."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def _create(
        self,
        conn: aiosqlite.Connection,
        resident: Person,
        *,
        new: NewRequest,
        source_key: str | None,
    ) -> Request:
        found = await community_repo.category(conn, new.category)
        if found is None or not found.active:
            raise InvalidInput("error-unknown-category")
        now = self.env.clock.now()
        due_at = now + timedelta(hours=found.response_hours)
        request = await requests_repo.insert(
            conn,
            resident_id=resident.id,
            new=new,
            now=now,
            due_at=due_at,
            source_key=source_key,
        )
        if request is None:
            raise Conflict()
        await requests_repo.add_entry(conn, request.id, EntryKind.CREATED, now, resident.id)
        await due_repo.add(conn, OVERDUE, request.id, due_at)
        view = StaffView(
            request=request, resident=resident, owner=None, handler=None, category=found
        )
        await self.env.notify_staff(
            conn,
            "staff-card",
            buttons=card_buttons(request),
            ref=card_ref(request.id),
            **card_args(view, now),
        )
        await self._forward_media(conn, request, None)
        return request

    async def _forward_media(
        self, conn: aiosqlite.Connection, request: Request, to: Person | None
    ) -> None:
        """Queue the request's photos and voice for staff (a person, or the staff chat)."""
        chats = [to.tg_id] if to and to.tg_id else await self._staff_chats(conn)
        caption = request.number
        for chat in chats:
            thread = await self.env.staff_thread(conn, chat, "requests")
            for photo in request.photos:
                await self.env.queue(
                    conn, media_message(chat, caption, photo=photo, ref=request, thread=thread)
                )
            if request.voice_file_id:
                await self.env.queue(
                    conn,
                    media_message(
                        chat, caption, voice=request.voice_file_id, ref=request, thread=thread
                    ),
                )

    async def _staff_chats(self, conn: aiosqlite.Connection) -> list[int]:
        if self.env.settings.staff_chat is not None:
            return [self.env.settings.staff_chat]
        members = await people_repo.staff(conn)
        ids = {m.tg_id for m in members if m.tg_id is not None} | set(self.env.settings.admins)
        return sorted(ids)

    # ---- shared helpers --------------------------------------------------------------------

    async def _staff_side(self, conn: aiosqlite.Connection, request: Request) -> list[int]:
        """Return the chats of the owner and handler, or the staff chats if nobody owns it."""
        ids = []
        for person_id in (request.owner_id, request.handler_id):
            person = await people_repo.by_id(conn, person_id) if person_id else None
            if person and person.tg_id and person.tg_id not in ids:
                ids.append(person.tg_id)
        return ids or await self._staff_chats(conn)

    async def _tell_staff_side(
        self,
        conn: aiosqlite.Connection,
        request: Request,
        key: str,
        buttons: list[list[Button]] | None,
        **args: Any,
    ) -> None:
        """Tell the owner and handler privately, and write it under the request's card in the
        staff room, so whoever works there sees the whole conversation; without an owner the
        room is where it goes (without a room, every staff member)."""
        in_room = await self._under_card(conn, request, key, buttons, **args)
        if request.owner_id is None:
            if not in_room:
                await self.env.notify_staff(
                    conn, key, buttons=buttons, ref=f"req:{request.id}", **args
                )
            return
        for person_id in dict.fromkeys((request.owner_id, request.handler_id)):
            person = await people_repo.by_id(conn, person_id) if person_id else None
            await self.env.notify(
                conn, person, key, buttons=buttons, ref=f"req:{request.id}", **args
            )

    async def card_in_room(self, conn: aiosqlite.Connection, request: Request) -> int | None:
        """Return the message id of the request's card in the staff room (None: no room, or
        the card is not posted yet)."""
        room = self.env.settings.staff_chat
        if room is None:
            return None
        posted = [m for chat, m in await outbox_repo.sent_with_ref(conn, card_ref(request.id))
                  if chat == room]  # fmt: skip
        return posted[-1] if posted else None

    async def _under_card(
        self,
        conn: aiosqlite.Connection,
        request: Request,
        key: str,
        buttons: list[list[Button]] | None,
        *,
        photo: str | None = None,
        **args: Any,
    ) -> bool:
        """Write a message (or a photo) as a reply to the request's card in the staff room;
        False when there is no card there to answer."""
        card = await self.card_in_room(conn, request)
        room = self.env.settings.staff_chat
        if card is None or room is None:
            return False
        lang = self.env.staff_room_lang
        await self.env.queue(
            conn,
            OutboxMessage(
                chat_id=room,
                text=i18n.t(lang, key, **args) if key else request.number,
                buttons=render_buttons(lang, buttons),
                photo=photo,
                ref=f"req:{request.id}",
                thread_id=await self.env.staff_thread(conn, room, "requests"),
                reply_to=card,
            ),
        )
        return True

    async def _close(
        self,
        conn: aiosqlite.Connection,
        request: Request,
        status: RequestStatus,
        actor_id: int | None,
        **fields: object,
    ) -> None:
        now = self.env.clock.now()
        await requests_repo.update(conn, request.id, status=status, closed_at=now, **fields)
        await requests_repo.add_entry(
            conn, request.id, EntryKind.STATUS, now, actor_id, status.value
        )
        await due_repo.cancel(conn, OVERDUE, request.id, now)
        await due_repo.cancel(conn, AUTOCLOSE, request.id, now)
        await self.env.request_done(conn, request.id)


def media_message(
    chat_id: int,
    caption: str,
    *,
    ref: Request,
    photo: str | None = None,
    voice: str | None = None,
    thread: int | None = None,
) -> OutboxMessage:
    return OutboxMessage(
        chat_id=chat_id,
        text=caption,
        photo=photo,
        voice=voice,
        ref=f"req:{ref.id}",
        thread_id=thread,
    )
