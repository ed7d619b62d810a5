"""Topics as residents raise and back them, and staff's first review.

A topic raised from a form carries the form as its source key (UNIQUE), so a double tap on
Confirm raises one topic. "Me too" is one row per resident and topic (the primary key), so a
crowd pressing at once counts each person once. Every change of a topic's status tells its
raiser and every supporter, in the same transaction as the change.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiosqlite

from bot.callbacks import topics as callbacks
from bot.errors import Closed, Conflict, InvalidInput, NotFound
from bot.models.outbox import Button
from bot.models.people import Person
from bot.models.topics import BoardTopic, NewTopic, Topic, TopicStatus
from bot.services.consultation.council import REVIEW_LATE
from bot.services.env import ServiceEnv
from storage import due as due_repo
from storage import people as people_repo
from storage import topics as topics_repo

TEXT_MAX = 2000  # words of a topic: well under Telegram's 4096 with the card around them
COMMENT_MAX = 1000
REASON_MAX = 500
BOARD_MAX = 20
MINE_MAX = 20


def check_text(text: str, *, voice: bool = False, limit: int = TEXT_MAX) -> str:
    """Return words cleaned; they may be empty only beside a voice message."""
    text = text.strip()
    if not text and not voice:
        raise InvalidInput("error-text-empty")
    if len(text) > limit:
        raise InvalidInput("error-text-long", max=limit)
    return text


def desk_buttons(topic: Topic) -> list[list[Button]]:
    """Return the staff card's buttons (declining, which needs a reason, is not on the card yet)."""
    return [
        [
            Button(text="btn-topic-accept", data=callbacks.accept(topic.id)),
        ]
    ]


class TopicService:
    """What residents do with topics, and staff's accept or decline."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def raise_topic(self, tg_id: int, *, new: NewTopic, source_key: str) -> Topic:
        """Raise a topic for review; the same form confirmed twice raises it once."""
        text = check_text(new.text, voice=new.voice_file_id is not None)
        async with self.env.db.transaction() as conn:
            raiser = await self.env.person(conn, tg_id)
            found = await topics_repo.by_source(conn, source_key)
            if found is not None:
                return found
            if new.building is not None and new.building != raiser.building:
                raise InvalidInput("error-topic-building")
            topic = await topics_repo.insert(
                conn,
                raiser_id=raiser.id,
                new=new.model_copy(update={"text": text}),
                now=self.env.clock.now(),
                source_key=source_key,
            )
            late = topic.created_at + timedelta(days=self.env.settings.topic_review_days)
            await due_repo.add(conn, REVIEW_LATE, topic.id, late)
            await self.env.notify_staff(
                conn,
                "topic-staff-review",
                buttons=desk_buttons(topic),
                ref=f"topic:{topic.id}",
                **self._card_args(topic, raiser),
            )
        return topic

    def _card_args(self, topic: Topic, raiser: Person) -> dict[str, Any]:
        return {
            "number": topic.number,
            "text": topic.text or "🎤",
            "building": topic.building or "all",
            "name": raiser.name,
            "unit": raiser.unit or "",
        }

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

    async def comment(self, tg_id: int, topic_id: int, text: str) -> None:
        """Add a supporter's (or the raiser's) comment; others may not comment."""
        text = check_text(text, limit=COMMENT_MAX)
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            topic = await self._open(conn, person, topic_id)
            backs = await topics_repo.is_supporter(conn, topic.id, person.id)
            if not backs and topic.raiser_id != person.id:
                raise Conflict("error-topic-comment-supporters")
            await topics_repo.add_comment(conn, topic.id, person.id, text, self.env.clock.now())

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
            return BoardTopic(topic=topic, supporters=count, mine=mine)

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
