"""Topics as residents raise, back and comment on them, and the staff card's actions.

A topic raised from a form carries the form as its source key (UNIQUE), so a double tap on
Confirm raises one topic. "Me too" is one row per resident and topic (the primary key), so a
crowd pressing at once counts each person once. Every change of a topic's status tells its
raiser and every supporter, in the same transaction as the change.

Staff act from the topic's card: accept, decline with a reason, turn it into an ordinary request
they own (the topic keeps the request's id), merge it into another open topic (supporters and
comments carry over; the status update is conditional, so two merges at once merge it once),
ask the raiser for details (the question is a comment, the answer another). Staff also raise
topics for residents without Telegram and make one topic of several requests.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiosqlite

from bot.callbacks import topics as callbacks
from bot.errors import Closed, Conflict, InvalidInput, NotFound
from bot.models.outbox import Button, OutboxMessage
from bot.models.people import Person
from bot.models.requests import NewRequest, Request, format_number
from bot.models.topics import BoardTopic, NewTopic, Topic, TopicCard, TopicStatus
from bot.services.consultation.council import REVIEW_LATE
from bot.services.env import ServiceEnv
from bot.services.requests.desk import DeskService
from storage import broadcasts as notices_repo
from storage import community as community_repo
from storage import drafts as drafts_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import requests as requests_repo
from storage import topics as topics_repo

TEXT_MAX = 2000  # words of a topic: well under Telegram's 4096 with the card around them
COMMENT_MAX = 1000
REASON_MAX = 500
BOARD_MAX = 20
MINE_MAX = 20
PICK_MAX = 8  # merge targets offered as buttons; others are typed
FROM_MAX = 30  # requests made into one topic at once
COMMENTS_SHOWN = 8  # the latest comments on a staff card, each cut to COMMENT_SHOWN_MAX,
COMMENT_SHOWN_MAX = 150  # so a card with the longest words stays under Telegram's 4096


def check_text(text: str, *, voice: bool = False, limit: int = TEXT_MAX) -> str:
    """Return words cleaned; they may be empty only beside a voice message."""
    text = text.strip()
    if not text and not voice:
        raise InvalidInput("error-text-empty")
    if len(text) > limit:
        raise InvalidInput("error-text-long", max=limit)
    return text


def short(text: str, limit: int) -> str:
    """Return the words cut to `limit` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def desk_buttons(topic: Topic) -> list[list[Button]]:
    """Return the staff card's buttons that still apply to the topic where it stands."""
    tid = topic.id
    if topic.status == TopicStatus.REVIEW:
        return [
            [Button(text="btn-topic-accept", data=callbacks.accept(tid))],
            [
                Button(text="btn-topic-decline", data=callbacks.decline(tid)),
                Button(text="btn-topic-is-request", data=callbacks.to_request(tid)),
            ],
            [
                Button(text="btn-topic-merge", data=callbacks.merge(tid)),
                Button(text="btn-topic-ask", data=callbacks.ask(tid)),
            ],
        ]
    if topic.status == TopicStatus.ACCEPTED:
        return [
            [
                Button(text="btn-topic-merge", data=callbacks.merge(tid)),
                Button(text="btn-topic-ask", data=callbacks.ask(tid)),
            ]
        ]
    return []


class TopicService:
    """What residents do with topics, and what staff do from a topic's card."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env
        self.desk = DeskService(env)

    async def raise_topic(
        self, tg_id: int, *, new: NewTopic, source_key: str, close_draft: int | None = None
    ) -> Topic:
        """Raise a topic for review; the same form confirmed twice raises it once.

        `close_draft` ends the form it came from in the same transaction.
        """
        text = check_text(new.text, voice=new.voice_file_id is not None)
        async with self.env.db.transaction() as conn:
            raiser = await self.env.person(conn, tg_id)
            if close_draft is not None:
                await drafts_repo.delete(conn, close_draft)
            found = await topics_repo.by_source(conn, source_key)
            if found is not None:
                return found
            if new.building is not None and new.building != raiser.building:
                raise InvalidInput("error-topic-building")
            return await self._file(
                conn, raiser, new.model_copy(update={"text": text}), source_key=source_key
            )

    async def _file(
        self,
        conn: aiosqlite.Connection,
        raiser: Person,
        new: NewTopic,
        *,
        source_key: str,
        note: str | None = None,
        filed_by: int | None = None,
        backers: tuple[int, ...] = (),
    ) -> Topic:
        """Store a checked topic with its first backers, and put its card, photo and voice
        before staff."""
        now = self.env.clock.now()
        topic = await topics_repo.insert(
            conn,
            raiser_id=raiser.id,
            new=new,
            now=now,
            source_key=source_key,
            consent_note=note,
            filed_by=filed_by,
        )
        for person_id in backers:
            await topics_repo.support(conn, topic.id, person_id, now)
        late = now + timedelta(days=self.env.settings.topic_review_days)
        await due_repo.add(conn, REVIEW_LATE, topic.id, late)  # staff reminded if still waiting
        card = await self._card(conn, topic)
        await self.env.notify_staff(
            conn,
            "topic-desk-card",
            buttons=desk_buttons(topic),
            ref=f"topic:{topic.id}",
            **card.args,
        )
        ref = f"topic:{topic.id}"
        media = [
            (kind, file_id)
            for kind, file_id in (("photo", new.photo), ("voice", new.voice_file_id))
            if file_id
        ]
        for chat in await self.env.staff_chats(conn) if media else []:
            for kind, file_id in media:
                message = OutboxMessage(chat_id=chat, text=topic.number, ref=ref, **{kind: file_id})
                await self.env.queue(conn, message)
        return topic

    async def _card(self, conn: aiosqlite.Connection, topic: Topic) -> TopicCard:
        """Return the staff card of a topic as it stands: supporters, comments, the note."""
        raiser = await people_repo.by_id(conn, topic.raiser_id)
        said = await topics_repo.comments(conn, topic.id)
        names = await people_repo.by_ids(conn, {pid for pid, _ in said})
        lines = [
            f"💬 {names[p].name if p in names else '?'}: {short(text, COMMENT_SHOWN_MAX)}"
            for p, text in said[-COMMENTS_SHOWN:]
        ]
        target = await topics_repo.get(conn, topic.merged_into) if topic.merged_into else None
        args: dict[str, str | int] = {
            "number": topic.number,
            "text": topic.text or "🎤",
            "building": topic.building or "all",
            "name": raiser.name if raiser else "?",
            "unit": (raiser.unit or "") if raiser else "",
            "shown": "yes" if topic.show_name else "no",
            "status": topic.status.value,
            "supporters": await topics_repo.count_supporters(conn, topic.id),
            "comments": "\n".join(lines) or "none",
            "note": topic.consent_note or "none",
            "phone": (raiser.phone or "?") if raiser and raiser.is_proxy else "none",
            "media": "photo" if topic.photo else "voice" if topic.voice_file_id else "none",
            "target": target.number if target else "none",
            "request": format_number(topic.request_id) if topic.request_id else "none",
        }
        return TopicCard(topic=topic, args=args)

    async def _open(self, conn: aiosqlite.Connection, person: Person, topic_id: int) -> Topic:
        """Return a topic the person may see and back: open, and of their building or all."""
        topic = await topics_repo.get(conn, topic_id)
        if topic is None or topic.building not in (None, person.building):
            raise NotFound("error-topic-not-found")
        if not topic.status.is_open:
            raise Closed("error-topic-closed", number=topic.number)
        return topic

    async def support(self, tg_id: int, topic_id: int) -> tuple[bool, int]:
        """Press "Me too": return whether it counted now (False: already) and the count."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await self._open(conn, person, topic_id)
            if topic.raiser_id == person.id:
                raise Conflict("error-topic-own")
            added = await topics_repo.support(conn, topic.id, person.id, self.env.clock.now())
            return added, await topics_repo.count_supporters(conn, topic.id)

    async def take_back(self, tg_id: int, topic_id: int) -> tuple[bool, int]:
        """Take one's "Me too" back: return whether there was one and the count."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await self._open(conn, person, topic_id)
            removed = await topics_repo.unsupport(conn, topic.id, person.id)
            return removed, await topics_repo.count_supporters(conn, topic.id)

    async def comment(self, tg_id: int, topic_id: int, text: str) -> Topic:
        """Add a supporter's (or the raiser's) comment; others may not comment."""
        text = check_text(text, limit=COMMENT_MAX)
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await self._open(conn, person, topic_id)
            backs = await topics_repo.is_supporter(conn, topic.id, person.id)
            if not backs and topic.raiser_id != person.id:
                raise Conflict("error-topic-comment-supporters")
            await topics_repo.add_comment(conn, topic.id, person.id, text, self.env.clock.now())
            await self.env.notify_staff(
                conn,
                "topic-staff-comment",
                buttons=[[Button(text="btn-topic-show-card", data=callbacks.view(topic.id))]],
                ref=f"topic:{topic.id}",
                number=topic.number,
                name=person.name,
                unit=person.unit or "",
                text=text,
            )
        return topic

    async def board(self, tg_id: int) -> list[BoardTopic]:
        """Return the open topics of the person's building and of the whole community."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return await topics_repo.board(conn, person.building, person.id, BOARD_MAX)

    async def line(self, tg_id: int, topic_id: int) -> BoardTopic:
        """Return one open topic as the board shows it to the person."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await self._open(conn, person, topic_id)
            count = await topics_repo.count_supporters(conn, topic.id)
            mine = await topics_repo.is_supporter(conn, topic.id, person.id)
            when = await topics_repo.council_at(conn, topic.id)
            return BoardTopic(topic=topic, supporters=count, mine=mine, council_at=when)

    async def mine(self, tg_id: int) -> list[Topic]:
        """Return the topics the person raised, newest first."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return await topics_repo.by_raiser(conn, person.id, MINE_MAX)

    async def accept(self, tg_id: int, topic_id: int) -> Topic:
        """Accept a topic for the council's agenda; raiser and supporters are told."""
        return await self._review(tg_id, topic_id, TopicStatus.ACCEPTED, None)

    async def decline(self, tg_id: int, topic_id: int, reason: str) -> Topic:
        """Decline a topic for the council with a reason; raiser and supporters are told."""
        reason = check_text(reason, limit=REASON_MAX)
        return await self._review(tg_id, topic_id, TopicStatus.DECLINED, reason)

    async def _review(
        self, tg_id: int, topic_id: int, status: TopicStatus, reason: str | None
    ) -> Topic:
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, tg_id)
            topic = await topics_repo.get(conn, topic_id)
            if topic is None:
                raise NotFound("error-topic-not-found")
            moved = await topics_repo.set_status(
                conn,
                topic.id,
                status=status,
                before=(TopicStatus.REVIEW,),
                reviewed_by=staff.id,
                now=self.env.clock.now(),
                reason=reason,
            )
            if not moved:
                raise Closed("error-topic-reviewed", number=topic.number)
            topic = await topics_repo.get(conn, topic.id)
            assert topic is not None
            await self.tell_followers(conn, topic)
        return topic

    async def tell_followers(self, conn: aiosqlite.Connection, topic: Topic) -> int:
        """Tell the raiser and every supporter where the topic stands now; return how many."""
        ids = {topic.raiser_id, *await topics_repo.supporter_ids(conn, topic.id)}
        people = await people_repo.by_ids(conn, ids)
        told = 0
        for person_id in sorted(ids):
            told += await self.env.notify(
                conn,
                people.get(person_id),
                "topic-status-changed",
                ref=f"topic:{topic.id}",
                number=topic.number,
                status=topic.status.value,
                reason=topic.reason or "none",
            )
        return told

    # ---- the staff card and its actions ------------------------------------------------------

    async def card(self, tg_id: int, topic_id: int) -> TopicCard:
        """Return a topic's staff card as it stands now (staff only)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            topic = await topics_repo.get(conn, topic_id)
            if topic is None:
                raise NotFound("error-topic-not-found")
            return await self._card(conn, topic)

    async def _staff_open(
        self, conn: aiosqlite.Connection, tg_id: int, topic_id: int
    ) -> tuple[Person, Topic]:
        """Return the staff member and a topic still open to review, or say where it went."""
        staff = await self.env.staff_member(conn, tg_id)
        topic = await topics_repo.get(conn, topic_id)
        if topic is None:
            raise NotFound("error-topic-not-found")
        if topic.status == TopicStatus.MERGED and topic.merged_into is not None:
            target = await topics_repo.get(conn, topic.merged_into)
            number = target.number if target else "?"
            raise Closed("error-topic-merged-already", number=topic.number, target=number)
        if not topic.status.is_open:
            raise Closed("error-topic-reviewed", number=topic.number)
        return staff, topic

    async def merge(self, tg_id: int, topic_id: int, into: int) -> tuple[Topic, Topic]:
        """Merge a topic into another open one: its supporters, raiser and comments carry over,
        and everyone who followed either is told. Return both as they are now."""
        async with self.env.db.transaction() as conn:
            staff, topic = await self._staff_open(conn, tg_id, topic_id)
            target = await topics_repo.get(conn, into)
            if target is None:
                raise NotFound("error-topic-target-not-found")
            if target.id == topic.id:
                raise InvalidInput("error-topic-merge-self", number=topic.number)
            if not target.status.is_open:
                raise Closed("error-topic-target-closed", number=target.number)
            followers = {topic.raiser_id, *await topics_repo.supporter_ids(conn, topic.id)}
            moved = await topics_repo.set_status(
                conn,
                topic.id,
                status=TopicStatus.MERGED,
                before=(TopicStatus.REVIEW, TopicStatus.ACCEPTED),
                reviewed_by=staff.id,
                now=self.env.clock.now(),
                merged_into=target.id,
            )
            if not moved:
                raise Closed("error-topic-reviewed", number=topic.number)
            await topics_repo.move_supporters(conn, topic.id, target.id)
            now = self.env.clock.now()
            for person_id in sorted(followers - {target.raiser_id}):
                await topics_repo.support(conn, target.id, person_id, now)
            count = await topics_repo.count_supporters(conn, target.id)
            people = await people_repo.by_ids(conn, followers | {target.raiser_id})
            for person_id in sorted(followers):
                await self.env.notify(
                    conn,
                    people.get(person_id),
                    "topic-merged",
                    ref=f"topic:{target.id}",
                    number=topic.number,
                    target=target.number,
                    text=target.text or "🎤",
                )
            await self.env.notify(
                conn,
                people.get(target.raiser_id),
                "topic-merged-in",
                ref=f"topic:{target.id}",
                number=topic.number,
                target=target.number,
                supporters=count,
            )
            merged = await topics_repo.get(conn, topic.id)
        assert merged is not None
        return merged, target

    async def to_request(self, tg_id: int, topic_id: int) -> tuple[Topic, Request]:
        """Turn a topic into an ordinary request owned by the staff member who found it one;
        the raiser gets the request's number, supporters hear it is handled by the office."""
        async with self.env.db.transaction() as conn:
            staff, topic = await self._staff_open(conn, tg_id, topic_id)
            raiser = await people_repo.by_id(conn, topic.raiser_id)
            assert raiser is not None
            new = NewRequest(
                category=await self._request_category(conn),
                description=topic.text or "🎤",
                voice_file_id=topic.voice_file_id,
                photos=(topic.photo,) if topic.photo else (),
            )
            request = await self.desk.file_taken(
                conn, staff, raiser, new=new, source_key=f"topic:{topic.id}"
            )
            moved = await topics_repo.set_status(
                conn,
                topic.id,
                status=TopicStatus.DECLINED,
                before=(TopicStatus.REVIEW, TopicStatus.ACCEPTED),
                reviewed_by=staff.id,
                now=self.env.clock.now(),
            )
            if not moved:
                raise Closed("error-topic-reviewed", number=topic.number)
            await topics_repo.set_request(conn, topic.id, request.id)
            args: dict[str, Any] = {"number": topic.number, "request": request.number}
            await self.env.notify(conn, raiser, "topic-became-request", **args)
            ids = set(await topics_repo.supporter_ids(conn, topic.id)) - {raiser.id}
            people = await people_repo.by_ids(conn, ids)
            for person_id in sorted(ids):
                await self.env.notify(
                    conn, people.get(person_id), "topic-handled-as-request", **args
                )
            changed = await topics_repo.get(conn, topic.id)
        assert changed is not None
        return changed, request

    async def _request_category(self, conn: aiosqlite.Connection) -> str:
        """Return the category a topic-turned-request is filed under: "other", else the last."""
        found = await community_repo.categories(conn)
        codes = [c.code for c in found]
        if not codes:
            raise Conflict("error-unknown-category")
        return "other" if "other" in codes else codes[-1]

    async def ask(self, tg_id: int, topic_id: int, question: str) -> Topic:
        """Ask the raiser for details; their answer comes back as a comment on the topic."""
        question = check_text(question, limit=COMMENT_MAX)
        async with self.env.db.transaction() as conn:
            staff, topic = await self._staff_open(conn, tg_id, topic_id)
            raiser = await people_repo.by_id(conn, topic.raiser_id)
            await topics_repo.add_comment(conn, topic.id, staff.id, question, self.env.clock.now())
            told = await self.env.notify(
                conn,
                raiser,
                "topic-question",
                buttons=[[Button(text="btn-topic-answer", data=callbacks.comment(topic.id))]],
                ref=f"topic:{topic.id}",
                number=topic.number,
                text=question,
            )
            if not told:
                raise Conflict("error-topic-raiser-unreachable", number=topic.number)
        return topic

    # ---- residents follow their topics -----------------------------------------------------

    async def followed(self, tg_id: int, topic_id: int) -> BoardTopic:
        """Return a topic the person raised or backs, whatever its status (My topics)."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await topics_repo.get(conn, topic_id)
            mine = topic is not None and await topics_repo.is_supporter(conn, topic.id, person.id)
            if topic is None or (topic.raiser_id != person.id and not mine):
                raise NotFound("error-topic-not-found")
            count = await topics_repo.count_supporters(conn, topic.id)
            return BoardTopic(topic=topic, supporters=count, mine=mine)

    async def from_form(self, tg_id: int, source_key: str) -> Topic | None:
        """Return the topic the person raised from one form, or None."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            found = await topics_repo.by_source(conn, source_key)
            return found if found is not None and found.raiser_id == person.id else None

    async def my_topics(self, tg_id: int) -> list[BoardTopic]:
        """Return the topics the person raised, newest first, each with its supporters."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            found = await topics_repo.by_raiser(conn, person.id, MINE_MAX)
            return [
                BoardTopic(
                    topic=t, supporters=await topics_repo.count_supporters(conn, t.id), mine=False
                )
                for t in found
            ]

    async def review_open(self, tg_id: int, topic_id: int) -> Topic:
        """Return a topic staff may still act on (before asking them for a reason or a
        number), or say why not: only staff, merged already, reviewed already."""
        async with self.env.db.reading() as conn:
            _, topic = await self._staff_open(conn, tg_id, topic_id)
            return topic

    async def file_proxy(
        self,
        staff_tg: int,
        *,
        name: str,
        building: str,
        unit: str,
        phone: str,
        new: NewTopic,
        note: str,
        source_key: str,
    ) -> tuple[Topic, bool]:
        """Raise a topic for a resident without Telegram, with the staff member's note (how
        the resident raised it, what they agreed to); a double Confirm raises it once."""
        text = check_text(new.text)
        note = check_text(note, limit=REASON_MAX)
        if not name.strip() or not phone.strip():
            raise InvalidInput("error-proxy-incomplete")
        if new.building not in (None, building):
            raise InvalidInput("error-topic-building")
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await topics_repo.by_source(conn, source_key)
            if found is not None:
                return found, False
            resident = await self.env.add_proxy_resident(
                conn, name=name, building=building, unit=unit, phone=phone
            )
            checked = new.model_copy(update={"text": text})
            topic = await self._file(
                conn, resident, checked, source_key=source_key, note=note, filed_by=staff.id
            )
        return topic, True

    async def waiting(self, tg_id: int) -> list[Topic]:
        """Return the topics waiting for review, oldest first (staff only)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            return await topics_repo.by_status(conn, (TopicStatus.REVIEW,), BOARD_MAX)

    async def from_requests(
        self, staff_tg: int, request_ids: list[int], text: str = ""
    ) -> tuple[Topic, bool]:
        """Make one topic of several open requests (six noise complaints from one building):
        the first request's resident raises it, the others back it, and each is told. The
        same requests made into a topic twice give the first topic back."""
        ids = list(dict.fromkeys(request_ids))
        if not ids:
            raise InvalidInput("error-topic-from-none")
        if len(ids) > FROM_MAX:
            raise InvalidInput("error-topic-from-many", max=FROM_MAX)
        typed = check_text(text) if text.strip() else ""
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            source_key = "requests:" + ",".join(str(i) for i in sorted(ids))
            found = await topics_repo.by_source(conn, source_key)
            if found is not None:
                return found, False
            requests = []
            for request_id in ids:
                request = await requests_repo.get(conn, request_id)
                if request is None or request.resident_id is None:
                    raise NotFound("error-topic-from-missing", number=format_number(request_id))
                if not request.status.is_open:
                    raise InvalidInput("error-topic-from-closed", number=request.number)
                requests.append(request)
            residents = await people_repo.by_ids(conn, {r.resident_id or 0 for r in requests})
            first = requests[0]
            raiser = residents[first.resident_id or 0]
            buildings = {residents[r.resident_id or 0].building for r in requests}
            new = NewTopic(
                text=typed or first.description[:TEXT_MAX],
                voice_file_id=None if typed else first.voice_file_id,
                photo=first.photos[0] if first.photos and not typed else None,
                building=buildings.pop() if len(buildings) == 1 else None,
            )
            numbers = ", ".join(r.number for r in requests)
            backers = tuple(dict.fromkeys(p for p in residents if p != raiser.id))
            topic = await self._file(
                conn,
                raiser,
                new,
                source_key=source_key,
                note=numbers,
                filed_by=staff.id,
                backers=backers,
            )
            for request in requests:
                resident = residents[request.resident_id or 0]
                await self.env.notify(
                    conn,
                    resident,
                    "topic-from-request",
                    ref=f"topic:{topic.id}",
                    request=request.number,
                    number=topic.number,
                )
        return topic, True

    async def from_notice_reply(self, staff_tg: int, reply_id: int) -> tuple[Topic, bool]:
        """Make a resident's reply to a notice a topic for the whole community, the resident
        its raiser (their name not shown: they never said it may be) and told; a second
        press, by anyone, returns the first topic."""
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            source_key = f"notice-reply:{reply_id}"
            found = await topics_repo.by_source(conn, source_key)
            if found is not None:
                return found, False
            reply = await notices_repo.reply(conn, reply_id)
            resident = await people_repo.by_id(conn, reply.person_id) if reply else None
            if reply is None or resident is None or resident.erased:
                raise NotFound()
            new = NewTopic(text=check_text(reply.text[:TEXT_MAX]))
            topic = await self._file(conn, resident, new, source_key=source_key, filed_by=staff.id)
            await self.env.notify(
                conn, resident, "topic-from-notice-reply", number=topic.number,
                ref=f"topic:{topic.id}",
            )  # fmt: skip
        return topic, True

    async def merge_choices(self, tg_id: int, topic_id: int) -> list[Topic]:
        """Return the open topics a topic could be merged into, oldest first (staff only)."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            found = await topics_repo.by_status(
                conn, (TopicStatus.REVIEW, TopicStatus.ACCEPTED), PICK_MAX + 1
            )
            return [t for t in found if t.id != topic_id][:PICK_MAX]
