"""The residents' side of the front desk: file, follow, answer, withdraw, confirm, rate."""

from __future__ import annotations

import aiosqlite

from bot.callbacks import requests as callbacks
from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.outbox import Button
from bot.models.people import Person
from bot.models.requests import (
    FINAL_STATUSES,
    EntryKind,
    NewRequest,
    Request,
    RequestStatus,
    TimelineEntry,
)
from bot.services.requests.common import (
    AUTOCLOSE,
    TEXT_MAX,
    RequestBase,
    check_text,
    media_message,
)
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import requests as requests_repo


class RequestService(RequestBase):
    """What residents do with their requests."""

    # ---- residents -------------------------------------------------------------------------

    async def file(
        self,
        tg_id: int,
        *,
        new: NewRequest,
        source_key: str,
        close_draft: int | None = None,
    ) -> tuple[Request, bool]:
        """File a request; the second delivery of the same form returns the first request.

        `close_draft` ends the form it came from in the same transaction.
        """
        if new.voice_file_id is None:
            new = new.model_copy(update={"description": check_text(new.description)})
        elif len(new.description) > TEXT_MAX:
            raise InvalidInput("error-text-long", max=TEXT_MAX)
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            if close_draft is not None:
                await drafts_repo.delete(conn, close_draft)
            existing = await requests_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, False
            request = await self._create(conn, resident, new=new, source_key=source_key)
        return request, True

    async def mine(self, tg_id: int, *, limit: int | None = None) -> list[Request]:
        """Return the resident's requests, newest first: the newest `limit` when given, so a
        list of the latest few costs the same after ten requests as after a thousand."""
        async with self.env.db.reading() as conn:
            resident = await self.env.person(conn, tg_id)
            return await requests_repo.of_resident(conn, resident.id, limit)

    async def from_source(self, tg_id: int, source_key: str) -> Request | None:
        """Return the resident's request filed from this source (a form), if it was filed."""
        async with self.env.db.reading() as conn:
            resident = await self.env.person(conn, tg_id)
            found = await requests_repo.by_source(conn, source_key)
        return found if found is not None and found.resident_id == resident.id else None

    async def resident_view(
        self, tg_id: int, request_id: int
    ) -> tuple[Request, list[TimelineEntry]]:
        """Return one of the resident's requests with what they may see of its timeline."""
        async with self.env.db.reading() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await self._own(conn, resident, request_id)
            return request, await requests_repo.timeline(conn, request_id, public_only=True)

    async def _own(self, conn: aiosqlite.Connection, resident: Person, request_id: int) -> Request:
        request = await requests_repo.get(conn, request_id)
        if request is None or request.resident_id != resident.id:
            raise NotFound()
        return request

    async def resident_reply(
        self, tg_id: int, request_id: int, text: str | None, photo: str | None = None
    ) -> Request:
        """Add the resident's words (or a photo) to the request; the owner is told."""
        body = check_text(text or "") if photo is None or text else ""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await self._own(conn, resident, request_id)
            if request.status in FINAL_STATUSES:
                raise Conflict("error-request-closed", number=request.number)
            now = self.env.clock.now()
            await requests_repo.add_entry(
                conn, request.id, EntryKind.RESIDENT_REPLY, now, resident.id, body or "📷"
            )
            if request.status == RequestStatus.WAITING:
                await requests_repo.update(conn, request.id, status=RequestStatus.IN_PROGRESS)
            buttons = [[Button(text="btn-reply", data=callbacks.reply(request.id))]]
            args = {"number": request.number, "name": resident.name, "text": body or "📷"}
            await self._tell_staff_side(conn, request, "staff-resident-reply", buttons, **args)
            if photo is not None:
                in_room = await self._under_card(conn, request, "", None, photo=photo)
                for target in await self._staff_side(conn, request):
                    if in_room and target == self.env.settings.staff_chat:
                        continue  # already under the card
                    thread = await self.env.staff_thread(conn, target, "requests")
                    await self.env.queue(
                        conn,
                        media_message(
                            target, request.number, photo=photo, ref=request, thread=thread
                        ),
                    )
        return request

    async def withdraw(self, tg_id: int, request_id: int) -> Request:
        """Withdraw an open request; the owner is told."""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await self._own(conn, resident, request_id)
            if not request.status.is_open:
                raise Conflict("error-request-closed", number=request.number)
            await self._close(conn, request, RequestStatus.WITHDRAWN, resident.id)
            await self._tell_staff_side(
                conn, request, "staff-withdrawn", None, number=request.number, name=resident.name
            )
        return request

    async def confirm(self, tg_id: int, request_id: int, solved: bool) -> Request:
        """Answer "was it solved?": yes closes it, no reopens it and alerts the owner."""
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await self._own(conn, resident, request_id)
            if request.status != RequestStatus.RESOLVED:
                raise Conflict("error-not-awaiting-answer", number=request.number)
            now = self.env.clock.now()
            await due_repo.cancel(conn, AUTOCLOSE, request.id, now)
            if solved:
                await self._close(conn, request, RequestStatus.CLOSED, resident.id)
            else:
                await requests_repo.update(
                    conn, request.id, status=RequestStatus.REOPENED, resolved_at=None
                )
                await requests_repo.add_entry(
                    conn,
                    request.id,
                    EntryKind.STATUS,
                    now,
                    resident.id,
                    RequestStatus.REOPENED.value,
                )
                await self._tell_staff_side(
                    conn,
                    request,
                    "staff-reopened",
                    [[Button(text="btn-reply", data=callbacks.reply(request.id))]],
                    number=request.number,
                    name=resident.name,
                )
            updated = await requests_repo.get(conn, request.id)
        assert updated is not None
        return updated

    async def rate(self, tg_id: int, request_id: int, stars: int) -> None:
        """Record the resident's 1-5 rating of a closed request, once."""
        if not 1 <= stars <= 5:
            raise InvalidInput()
        async with self.env.db.transaction() as conn:
            resident = await self.env.person(conn, tg_id)
            request = await self._own(conn, resident, request_id)
            if request.status != RequestStatus.CLOSED or request.rating is not None:
                raise Conflict("error-already-rated")
            await requests_repo.update(conn, request.id, rating=stars)
            await requests_repo.add_entry(
                conn, request.id, EntryKind.RATING, self.env.clock.now(), resident.id, str(stars)
            )
            owner = await people_repo.by_id(conn, request.owner_id) if request.owner_id else None
            await self.env.notify(conn, owner, "staff-rated", number=request.number, stars=stars)
            await self._under_card(
                conn, request, "staff-rated", None, number=request.number, stars=stars
            )
