"""The staff side of the front desk: take, answer, hand over, resolve, refer, the queue.

Taking is first-contact responsibility: the database lets exactly one staff member become
the owner. Whoever works on a request after a hand-over, the owner is told of every step.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiosqlite

from bot.callbacks import requests as callbacks
from bot.errors import AlreadyTaken, Conflict, InvalidInput, NotAllowed, NotFound
from bot.models.audit import AuditAction
from bot.models.outbox import Button
from bot.models.people import Person, Role
from bot.models.requests import (
    EntryKind,
    FacetCount,
    NewRequest,
    QueueFacets,
    Request,
    RequestStatus,
    format_number,
)
from bot.models.work import DueWork
from bot.services.requests.common import (
    ANSWER_DAYS,
    AUTOCLOSE,
    OVERDUE,
    QueueFilter,
    QueuePage,
    RequestBase,
    StaffView,
    card_args,
    card_buttons,
    card_ref,
    check_text,
)
from storage import broadcasts as notices_repo
from storage import community as community_repo
from storage import due as due_repo
from storage import outbox as outbox_repo
from storage import people as people_repo
from storage import requests as requests_repo

REFERRAL_MAX = 300
QUEUE_PAGE = 20  # requests on one page of the staff queue
OTHER_CATEGORY = "other"  # where a matter of no particular kind goes


class DeskService(RequestBase):
    """What staff do with requests."""

    async def view(self, staff_tg: int, request_id: int, *, timeline: bool = False) -> StaffView:
        """Return a request with its resident, owner and handler, for staff."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await self._view(conn, request_id, timeline=timeline)

    async def _view(
        self, conn: aiosqlite.Connection, request_id: int, *, timeline: bool = False
    ) -> StaffView:
        request = await requests_repo.get(conn, request_id)
        if request is None:
            raise NotFound()
        return await self._view_of(conn, request, timeline=timeline)

    async def _view_of(
        self, conn: aiosqlite.Connection, request: Request, *, timeline: bool = False
    ) -> StaffView:
        async def person(pid: int | None) -> Person | None:
            return await people_repo.by_id(conn, pid) if pid else None

        return StaffView(
            request=request,
            resident=await person(request.resident_id),
            owner=await person(request.owner_id),
            handler=await person(request.handler_id),
            category=await community_repo.category(conn, request.category),
            timeline=(
                await requests_repo.timeline(conn, request.id, public_only=False)
                if timeline
                else []
            ),
        )

    async def take(self, staff_tg: int, request_id: int) -> StaffView:
        """Become the owner of an untaken request; the resident is told who handles it."""
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            if not await requests_repo.take(conn, request_id, staff.id):
                view = await self._view(conn, request_id)
                if view.owner is not None and view.owner.id == staff.id:
                    raise Conflict("error-already-yours", number=view.request.number)
                if view.owner is not None:
                    raise AlreadyTaken(owner=view.owner.name, number=view.request.number)
                raise Conflict("error-request-closed", number=view.request.number)
            await self._record_take(conn, request_id, staff)
            view = await self._view(conn, request_id)
        return view

    async def _record_take(
        self, conn: aiosqlite.Connection, request_id: int, staff: Person
    ) -> None:
        now = self.env.clock.now()
        await requests_repo.add_entry(conn, request_id, EntryKind.TAKEN, now, staff.id, staff.name)
        await requests_repo.set_first_response(conn, request_id, now)
        request = await requests_repo.get(conn, request_id)
        assert request is not None
        resident = await people_repo.by_id(conn, request.resident_id or 0)
        await self.env.notify(
            conn,
            resident,
            "request-taken",
            number=request.number,
            staff=staff.name,
            ref=f"req:{request_id}",
        )

    async def _acting(
        self, conn: aiosqlite.Connection, staff_tg: int, request_id: int
    ) -> tuple[Person, Request]:
        """Return the staff member and the request, if they may work on it.

        The owner, the colleague it was handed to, and admins may; an untaken request is
        taken by whoever acts on it first (first contact).
        """
        staff = await self.env.staff_member(conn, staff_tg)
        request = await requests_repo.get(conn, request_id)
        if request is None:
            raise NotFound()
        if request.status in (
            RequestStatus.CLOSED,
            RequestStatus.REFERRED,
            RequestStatus.WITHDRAWN,
        ):
            raise Conflict("error-request-closed", number=request.number)
        if request.owner_id is None:
            if not await requests_repo.take(conn, request_id, staff.id):
                raise Conflict()
            await self._record_take(conn, request_id, staff)
            request = await requests_repo.get(conn, request_id)
            assert request is not None
        elif staff.id not in (request.owner_id, request.handler_id) and staff.role != Role.ADMIN:
            owner = await people_repo.by_id(conn, request.owner_id)
            raise NotAllowed("error-not-owner", owner=owner.name if owner else "—")
        return staff, request

    async def reply(self, staff_tg: int, request_id: int, text: str) -> Request:
        """Send the resident an answer; the owner hears of a colleague's answers."""
        return await self._answer(staff_tg, request_id, text, question=False)

    async def set_waiting(self, staff_tg: int, request_id: int, question: str) -> None:
        """Ask the resident for something; the request waits for their answer."""
        await self._answer(staff_tg, request_id, question, question=True)

    async def _answer(
        self, staff_tg: int, request_id: int, text: str, *, question: bool
    ) -> Request:
        """Write to the resident (an answer, or a question that makes the request wait)."""
        text = check_text(text)
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            now = self.env.clock.now()
            await requests_repo.add_entry(
                conn, request.id, EntryKind.STAFF_REPLY, now, staff.id, text
            )
            await requests_repo.set_first_response(conn, request.id, now)
            if question:
                await requests_repo.update(conn, request.id, status=RequestStatus.WAITING)
            elif request.status in (RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.REOPENED):
                await requests_repo.update(conn, request.id, status=RequestStatus.IN_PROGRESS)
            resident = await people_repo.by_id(conn, request.resident_id or 0)
            await self.env.notify(
                conn,
                resident,
                "request-question" if question else "request-staff-reply",
                number=request.number,
                staff=staff.name,
                text=text,
                ref=f"req:{request.id}",
                buttons=[[Button(text="btn-answer", data=callbacks.my_reply(request.id))]],
            )
            await self._tell_owner(conn, request, staff, "staff-fyi-reply", text=text)
        return request

    async def _tell_owner(
        self, conn: aiosqlite.Connection, request: Request, actor: Person, key: str, **args: Any
    ) -> None:
        """Keep the accountable owner informed when someone else acted."""
        if request.owner_id is None or request.owner_id == actor.id:
            return
        owner = await people_repo.by_id(conn, request.owner_id)
        await self.env.notify(conn, owner, key, number=request.number, staff=actor.name, **args)

    async def note(self, staff_tg: int, request_id: int, text: str) -> None:
        """Add an internal note the resident never sees."""
        text = check_text(text)
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            await requests_repo.add_entry(
                conn, request.id, EntryKind.NOTE, self.env.clock.now(), staff.id, text, public=False
            )
            await self._tell_owner(conn, request, staff, "staff-fyi-note", text=text)

    async def hand_over(self, staff_tg: int, request_id: int, to_person_id: int) -> Person:
        """Give the work to a colleague; the owner stays accountable."""
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            colleague = await people_repo.by_id(conn, to_person_id)
            if colleague is None or not self.env.with_role(colleague).role.is_staff:
                raise InvalidInput("error-not-staff")
            await requests_repo.update(conn, request.id, handler_id=colleague.id)
            await requests_repo.add_entry(
                conn,
                request.id,
                EntryKind.HANDOVER,
                self.env.clock.now(),
                staff.id,
                colleague.name,
                public=False,
            )
            view = await self._view(conn, request.id)
            await self.env.notify(
                conn,
                colleague,
                "staff-handed-to-you",
                staff=staff.name,
                ref=f"req:{request.id}",
                buttons=card_buttons(view.request),
                **card_args(view, self.env.clock.now()),
            )
            await self._forward_media(conn, view.request, colleague)
            await self._tell_owner(conn, request, staff, "staff-fyi-handover", to=colleague.name)
        return colleague

    async def resolve(self, staff_tg: int, request_id: int, summary: str) -> Request:
        """Mark the work done and ask the resident whether it is solved."""
        summary = check_text(summary)
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            now = self.env.clock.now()
            await requests_repo.update(
                conn, request.id, status=RequestStatus.RESOLVED, resolved_at=now
            )
            await requests_repo.set_first_response(conn, request.id, now)
            await requests_repo.add_entry(
                conn, request.id, EntryKind.STATUS, now, staff.id, summary
            )
            await due_repo.cancel(conn, OVERDUE, request.id, now)
            await due_repo.add(conn, AUTOCLOSE, request.id, now + timedelta(days=ANSWER_DAYS))
            resident = await people_repo.by_id(conn, request.resident_id or 0)
            await self.env.notify(
                conn,
                resident,
                "request-resolved",
                number=request.number,
                text=summary,
                days=ANSWER_DAYS,
                ref=f"req:{request.id}",
                buttons=[
                    [
                        Button(text="btn-solved-yes", data=callbacks.my_solved(request.id, True)),
                        Button(text="btn-solved-no", data=callbacks.my_solved(request.id, False)),
                    ]
                ],
            )
            await self._tell_owner(conn, request, staff, "staff-fyi-resolved", text=summary)
            await self._tell_followers(conn, request, "request-followed-resolved", text=summary)
            await self.env.request_done(conn, request.id)
        return request

    async def refer(self, staff_tg: int, request_id: int, who: str, contact: str) -> Request:
        """Close a request that is not the community's business, saying who to turn to."""
        who, contact = who.strip(), contact.strip()
        if not who or not contact:
            raise InvalidInput("error-referral-incomplete")
        if len(who) + len(contact) > REFERRAL_MAX:
            raise InvalidInput("error-text-long", max=REFERRAL_MAX)
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            await self._close(
                conn, request, RequestStatus.REFERRED, staff.id, referral=f"{who} — {contact}"
            )
            await requests_repo.set_first_response(conn, request.id, self.env.clock.now())
            await self.env.audit(
                conn,
                staff,
                AuditAction.REQUEST_REFERRED,
                request.number,
                before=request.status.value,
                after=f"{who} — {contact}",
            )
            resident = await people_repo.by_id(conn, request.resident_id or 0)
            await self.env.notify(
                conn,
                resident,
                "request-referred",
                number=request.number,
                who=who,
                contact=contact,
                ref=f"req:{request.id}",
            )
            await self._tell_owner(conn, request, staff, "staff-fyi-referred", who=who)
            await self._tell_followers(
                conn, request, "request-followed-referred", who=who, contact=contact
            )
        return request

    async def queue(
        self,
        staff_tg: int,
        which: QueueFilter = "all",
        *,
        page: int = 0,
        size: int = QUEUE_PAGE,
        facets: QueueFacets | None = None,
    ) -> QueuePage:
        """Return one page of open requests for the queue, overdue first, then by due time.

        SQLite orders, counts and cuts the page; the page's people are read in one query and
        the categories in another, so a page costs five queries however long the queue is.
        """
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            total = await requests_repo.queue_count(
                conn, which=which, staff_id=staff.id, now=now, facets=facets
            )
            page = min(max(page, 0), max(0, -(-total // size) - 1))
            found = await requests_repo.queue_page(
                conn,
                which=which,
                staff_id=staff.id,
                now=now,
                limit=size,
                offset=page * size,
                facets=facets,
            )
            people = await people_repo.by_ids(
                conn,
                {
                    pid
                    for r in found
                    for pid in (r.resident_id, r.owner_id, r.handler_id)
                    if pid is not None
                },
            )
            categories = {
                c.code: c for c in await community_repo.categories(conn, active_only=False)
            }

        def person(pid: int | None) -> Person | None:
            return people.get(pid) if pid is not None else None

        views = [
            StaffView(
                request=r,
                resident=person(r.resident_id),
                owner=person(r.owner_id),
                handler=person(r.handler_id),
                category=categories.get(r.category),
            )
            for r in found
        ]
        return QueuePage(views=views, total=total, page=page, size=size)

    async def queue_facet(
        self, staff_tg: int, which: QueueFilter, facets: QueueFacets, facet: str
    ) -> list[FacetCount]:
        """Return the choices of one queue facet with their counts under the other facets,
        an owner's choice with their name."""
        now = self.env.clock.now()
        async with self.env.db.reading() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            counts = await requests_repo.queue_facet_counts(
                conn, which=which, staff_id=staff.id, now=now, facets=facets, facet=facet
            )
            if facet != "owner_id":
                return counts
            names = await people_repo.by_ids(conn, {int(c.value) for c in counts})
        return [
            c.model_copy(update={"name": names[int(c.value)].name})
            for c in counts
            if int(c.value) in names
        ]

    async def file_proxy(
        self,
        staff_tg: int,
        *,
        name: str,
        building: str,
        unit: str,
        phone: str,
        new: NewRequest,
        source_key: str,
    ) -> tuple[Request, bool]:
        """File a request for a resident without Telegram; the filer owns it and phones them."""
        new = new.model_copy(update={"description": check_text(new.description)})
        if not name.strip() or not phone.strip():
            raise InvalidInput("error-proxy-incomplete")
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            existing = await requests_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, False
            resident = await self.env.add_proxy_resident(
                conn, name=name, building=building, unit=unit, phone=phone
            )
            request = await self._create(conn, resident, new=new, source_key=source_key)
            await requests_repo.take(conn, request.id, staff.id)
            await self._record_take(conn, request.id, staff)
            taken = await requests_repo.get(conn, request.id)
        assert taken is not None
        return taken, True

    async def link_duplicate(self, staff_tg: int, request_id: int, original_id: int) -> Request:
        """Close a request as the same matter as an open one: its resident follows the first
        (and hears its outcome), both timelines say so, and the owner hears. A request linked
        to one that is itself a duplicate is linked to the first of them."""
        async with self.env.db.transaction() as conn:
            staff, request = await self._acting(conn, staff_tg, request_id)
            original = await requests_repo.get(conn, original_id)
            while original is not None and original.duplicate_of is not None:
                original = await requests_repo.get(conn, original.duplicate_of)
            if original is None:
                raise InvalidInput("error-duplicate-unknown", number=format_number(original_id))
            if original.id == request.id:
                raise InvalidInput("error-duplicate-self", number=request.number)
            if not original.status.is_open:
                raise InvalidInput("error-duplicate-closed", number=original.number)
            now = self.env.clock.now()
            await self._close(
                conn, request, RequestStatus.CLOSED, staff.id, duplicate_of=original.id
            )
            await requests_repo.add_entry(
                conn, request.id, EntryKind.NOTE, now, staff.id, original.number, public=False
            )
            await requests_repo.add_entry(
                conn, original.id, EntryKind.NOTE, now, staff.id, request.number, public=False
            )
            if request.resident_id is not None:
                await requests_repo.add_follower(
                    conn, original.id, request.resident_id, request.id, now
                )
            resident = await people_repo.by_id(conn, request.resident_id or 0)
            await self.env.notify(
                conn,
                resident,
                "request-duplicate",
                number=request.number,
                original=original.number,
                ref=f"req:{original.id}",
            )
            await self._tell_owner(
                conn, request, staff, "staff-fyi-duplicate", original=original.number
            )
        return request

    async def _tell_followers(
        self, conn: aiosqlite.Connection, request: Request, key: str, **args: Any
    ) -> None:
        """Tell the residents whose requests were linked to this one how it ended."""
        for person_id, own in await requests_repo.followers(conn, request.id):
            person = await people_repo.by_id(conn, person_id)
            mine = format_number(own) if own is not None else request.number
            await self.env.notify(
                conn,
                person,
                key,
                number=request.number,
                mine=mine,
                ref=f"req:{request.id}",
                **args,
            )

    async def cards_of(self, request_id: int) -> tuple[StaffView, list[tuple[int, int]]]:
        """Return the request as staff see it and where its staff cards were posted (chat,
        message), for redrawing them after a change."""
        async with self.env.db.reading() as conn:
            view = await self._view(conn, request_id)
            places = await outbox_repo.sent_with_ref(conn, card_ref(request_id))
        return view, places

    async def from_notice_reply(self, staff_tg: int, reply_id: int) -> tuple[Request, bool]:
        """Turn a resident's reply to a notice into a request the presser owns (taken, so the
        resident hears who handles it). A second press, by anyone, returns the first request."""
        source_key = f"notice-reply:{reply_id}"
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            existing = await requests_repo.by_source(conn, source_key)
            if existing is not None:
                return existing, False
            found = await notices_repo.reply(conn, reply_id)
            resident = await people_repo.by_id(conn, found.person_id) if found else None
            if found is None or resident is None or resident.erased:
                raise NotFound()
            category = await self.catch_all_category(conn)
            new = NewRequest(category=category, description=check_text(found.text))
            request = await self._create(conn, resident, new=new, source_key=source_key)
            await requests_repo.take(conn, request.id, staff.id)
            await self.env.notify(
                conn,
                resident,
                "request-from-notice-reply",
                number=request.number,
                ref=f"req:{request.id}",
            )
            await self._record_take(conn, request.id, staff)
            taken = await requests_repo.get(conn, request.id)
        assert taken is not None
        return taken, True

    async def catch_all_category(self, conn: aiosqlite.Connection) -> str:
        """Return "other" while residents may choose it, else the first category they may."""
        shown = await community_repo.categories(conn, active_only=True)
        codes = [c.code for c in shown]
        if not codes:
            raise InvalidInput("error-unknown-category")
        return OTHER_CATEGORY if OTHER_CATEGORY in codes else codes[0]

    # ---- due work --------------------------------------------------------------------------

    async def escalate_overdue(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Tell the staff chat and admins, once, that a request has had no answer in time."""
        request = await requests_repo.get(conn, work.ref_id)
        if request is None or request.escalated or not request.is_overdue(self.env.clock.now()):
            return
        await requests_repo.update(conn, request.id, escalated=True)
        await requests_repo.add_entry(
            conn, request.id, EntryKind.ESCALATED, self.env.clock.now(), None, public=False
        )
        view = await self._view(conn, request.id)
        await self.env.notify_staff(
            conn,
            "staff-overdue",
            buttons=card_buttons(request),
            ref=f"req:{request.id}",
            **card_args(view, self.env.clock.now()),
        )

    async def auto_close(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Close a resolved request the resident did not answer within the week."""
        request = await requests_repo.get(conn, work.ref_id)
        if request is None or request.status != RequestStatus.RESOLVED:
            return
        await self._close(conn, request, RequestStatus.CLOSED, None)
        resident = await people_repo.by_id(conn, request.resident_id or 0)
        await self.env.notify(
            conn, resident, "request-autoclosed", number=request.number, ref=f"req:{request.id}"
        )

    # ---- filed from elsewhere --------------------------------------------------------------

    async def file_taken(
        self,
        conn: aiosqlite.Connection,
        staff: Person,
        resident: Person,
        *,
        new: NewRequest,
        source_key: str,
    ) -> Request:
        """File a request for a resident on the caller's transaction, owned at once by `staff`
        (a topic found to be an ordinary request); the resident is told who handles it."""
        existing = await requests_repo.by_source(conn, source_key)
        if existing is not None:
            return existing
        request = await self._create(conn, resident, new=new, source_key=source_key)
        await requests_repo.take(conn, request.id, staff.id)
        await self._record_take(conn, request.id, staff)
        taken = await requests_repo.get(conn, request.id)
        assert taken is not None
        return taken
