"""The council meeting (议事会): when and where, who sits, the agenda, and the messages before.

Staff set the next council once ("next Friday 19:00") or as a rule ("the first Friday of every
month at 19:00" / "每月第一个周五晚上7点", read by the dates code notices use). The agenda is
the accepted topics (postponed ones first), at most LINLI_COUNCIL_AGENDA_MAX, in the order
staff give it. It goes out `publish_days` before to the members and to every topic's raiser
and supporters, with reminders the day before and two hours before: all due rows, so a restart
loses none and each is sent once. A council moved after its agenda went out tells everyone
again. Everyone told gets a check-in code (made as events make theirs) to show at the door.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from bot import i18n
from bot.callbacks import councils as callbacks
from bot.errors import Conflict, InvalidInput, NotFound
from bot.models.councils import AgendaItem, Council, CouncilStatus, CouncilView, Member
from bot.models.notices import Repeat
from bot.models.outbox import Button, Priority
from bot.models.people import Person
from bot.models.topics import TopicStatus
from bot.models.work import DueWork
from bot.services.consultation.members import sitting
from bot.services.dates import read_time
from bot.services.env import ServiceEnv
from bot.services.events import files as event_files
from bot.services.events.common import clean_code, new_code
from bot.services.recurrence import next_time, read_repeat
from storage import councils as councils_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import topics as topics_repo

PUBLISH = "council_publish"
DAY_BEFORE = "council_day_before"
HOURS_BEFORE = "council_hours_before"
REMINDER_HOURS = 2
REVIEW_LATE = "topic_review_late"  # armed when a topic is raised (TopicService.raise_topic)
PLACE_MAX = 200
CODE_TRIES = 5


@dataclass(frozen=True)
class CouncilCheckIn:
    """Who was checked in at the door, whether they were already, and how many have come."""

    council: Council
    name: str
    already: bool
    attended: int


def when_args(council: Council, env: ServiceEnv) -> dict[str, Any]:
    """Return the placeholders of `council-when`: local date, weekday and time."""
    start = council.starts_at.astimezone(env.settings.zone)
    return {
        "date": start.strftime("%Y-%m-%d"),
        "weekday": start.weekday(),
        "time": start.strftime("%H:%M"),
        "place": council.place,
    }


class CouncilService:
    """The next council: its time and place, members, agenda, messages and check-in."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    # ---- when and where ---------------------------------------------------------------------

    def read_when(self, text: str) -> tuple[datetime, Repeat | None]:
        """Return the time meant (the rule's next time for a repeating one) and the rule."""
        now, zone = self.env.clock.now(), self.env.settings.zone
        rule = read_repeat(text, zone, now)
        if rule is not None:
            first = next_time(rule, zone, now)
            if first is None:
                raise InvalidInput("error-council-when")
            return first, rule
        found = read_time(text, zone, now)
        if found is None or found <= now:
            raise InvalidInput("error-council-when")
        return found, None

    async def schedule(self, tg_id: int, when: str, place: str) -> tuple[Council, bool]:
        """Set the next council, or move the planned one; True when everyone was told again."""
        starts_at, rule = self.read_when(when)
        place = place.strip()
        if not place or len(place) > PLACE_MAX:
            raise InvalidInput("error-text-long", max=PLACE_MAX)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, tg_id)
            now = self.env.clock.now()
            council = await councils_repo.next_planned(conn)
            if council is None:
                council = await councils_repo.insert(
                    conn,
                    starts_at=starts_at,
                    place=place,
                    repeat=rule,
                    publish_days=self.env.settings.council_publish_days,
                    created_by=staff.id,
                    now=now,
                )
                await self._arm(conn, council)
                return council, False
            await councils_repo.update(
                conn, council.id, starts_at=starts_at, place=place, repeat=rule
            )
            moved = await councils_repo.get(conn, council.id)
            assert moved is not None
            for kind in (PUBLISH, DAY_BEFORE, HOURS_BEFORE):
                await due_repo.cancel(conn, kind, council.id, now)
            await self._arm(conn, moved)
            if council.agenda_sent_at is None:
                return moved, False
            await self._tell_everyone(conn, moved, "council-moved", Priority.BULK)
            return moved, True

    async def _arm(self, conn: aiosqlite.Connection, council: Council) -> None:
        """Write the due rows of a council's agenda and reminders (those still ahead)."""
        now = self.env.clock.now()
        times: list[tuple[str, datetime]] = []
        if council.agenda_sent_at is None:
            publish = council.starts_at - timedelta(days=council.publish_days)
            times.append((PUBLISH, max(publish, now)))
        for kind, before in (
            (DAY_BEFORE, timedelta(days=1)),
            (HOURS_BEFORE, timedelta(hours=REMINDER_HOURS)),
        ):
            if council.starts_at - before > now:
                times.append((kind, council.starts_at - before))
        for kind, due_at in times:
            await due_repo.add(conn, kind, council.id, due_at)
            await due_repo.revive(conn, kind, council.id, due_at)

    async def next_after(self, conn: aiosqlite.Connection, held: Council) -> Council | None:
        """Plan the council that follows a held one by its rule; None without a rule."""
        if held.repeat is None:
            return None
        after = max(held.starts_at, self.env.clock.now())
        starts_at = next_time(held.repeat, self.env.settings.zone, after)
        if starts_at is None:
            return None
        council = await councils_repo.insert(
            conn,
            starts_at=starts_at,
            place=held.place,
            repeat=held.repeat,
            publish_days=held.publish_days,
            created_by=held.created_by,
            now=self.env.clock.now(),
        )
        await self._arm(conn, council)
        return council

    # ---- what /council shows ----------------------------------------------------------------

    async def view(self, tg_id: int) -> CouncilView | None:
        """Return the next council with its agenda (filled up from accepted topics) and members."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, tg_id)
            council = await councils_repo.next_planned(conn)
            if council is None:
                return None
            if council.agenda_sent_at is None:
                await self._fill(conn, council)
            return await self._view(conn, council)

    async def _view(self, conn: aiosqlite.Connection, council: Council) -> CouncilView:
        return CouncilView(
            council=council,
            agenda=await councils_repo.agenda(conn, council.id),
            members=await self._members(conn),
            attended=await councils_repo.attended(conn, council.id),
        )

    async def _fill(self, conn: aiosqlite.Connection, council: Council) -> None:
        """Put accepted and postponed topics on the agenda up to the most it may hold."""
        items = await councils_repo.agenda(conn, council.id)
        room = self.env.settings.council_agenda_max - len(items)
        if room <= 0:
            return
        last = max((i.position for i in items), default=0)
        for topic in await topics_repo.ready_for_agenda(conn, room):
            last += 1
            if await councils_repo.add_to_agenda(conn, council.id, topic.id, last):
                await topics_repo.move_on(
                    conn,
                    topic.id,
                    TopicStatus.ON_AGENDA,
                    (TopicStatus.ACCEPTED, TopicStatus.POSTPONED),
                )

    async def move_item(self, tg_id: int, council_id: int, topic_id: int, up: bool) -> CouncilView:
        """Swap an agenda topic with its neighbour above (or below)."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, tg_id)
            council = await self._planned(conn, council_id)
            items = await councils_repo.agenda(conn, council.id)
            at = next((n for n, i in enumerate(items) if i.topic.id == topic_id), None)
            if at is None:
                raise NotFound("error-topic-not-found")
            other = at - 1 if up else at + 1
            if 0 <= other < len(items):
                # Renumber all so equal or sparse positions never make a swap a no-op.
                order = [i.topic.id for i in items]
                order[at], order[other] = order[other], order[at]
                for position, tid in enumerate(order, start=1):
                    await councils_repo.set_position(conn, council.id, tid, position)
            return await self._view(conn, council)

    async def _planned(self, conn: aiosqlite.Connection, council_id: int) -> Council:
        council = await councils_repo.get(conn, council_id)
        if council is None:
            raise NotFound("error-council-not-found")
        if council.status != CouncilStatus.PLANNED:
            raise Conflict("error-council-held")
        return council

    async def _members(self, conn: aiosqlite.Connection) -> list[Member]:
        return await sitting(conn, self.env)

    # ---- the messages before the council ----------------------------------------------------

    async def _audience(self, conn: aiosqlite.Connection, council: Council) -> list[Person]:
        """Return the members and every agenda topic's raiser and supporters, once each."""
        people = {m.person.id: m.person for m in await self._members(conn)}
        ids: set[int] = set()
        for item in await councils_repo.agenda(conn, council.id):
            ids |= {item.topic.raiser_id, *await topics_repo.supporter_ids(conn, item.topic.id)}
        people |= await people_repo.by_ids(conn, ids - set(people))
        return [people[pid] for pid in sorted(people)]

    def _agenda_text(self, lang: str, agenda: list[AgendaItem]) -> str:
        if not agenda:
            return i18n.t(lang, "council-agenda-empty")
        return "\n".join(
            i18n.t(
                lang,
                "council-agenda-line",
                position=n,
                number=item.topic.number,
                text=item.topic.text[:120] or "🎤",
                supporters=item.supporters,
            )
            for n, item in enumerate(agenda, start=1)
        )

    async def _code(self, conn: aiosqlite.Connection, council: Council, person: Person) -> str:
        """Return the person's check-in code for the council, making one if needed."""
        for _ in range(CODE_TRIES):
            found = await councils_repo.code_of(conn, council.id, person.id)
            if found is not None:
                return found
            await councils_repo.add_code(conn, council.id, person.id, new_code())
        raise Conflict()

    async def _tell_everyone(
        self, conn: aiosqlite.Connection, council: Council, key: str, priority: int
    ) -> int:
        agenda = await councils_repo.agenda(conn, council.id)
        told = 0
        for person in await self._audience(conn, council):
            code = await self._code(conn, council, person)
            lang = self.env.language_of(person)
            told += await self.env.notify(
                conn,
                person,
                key,
                buttons=[[Button(text="btn-council-qr", data=callbacks.my_qr(council.id))]],
                ref=f"council:{council.id}",
                priority=priority,
                agenda=self._agenda_text(lang, agenda),
                code=code,
                **when_args(council, self.env),
            )
        return told

    async def publish(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Send the agenda (due `publish_days` before); bulk, so quiet hours hold it."""
        council = await councils_repo.get(conn, work.ref_id)
        if council is None or council.status != CouncilStatus.PLANNED:
            return
        if council.agenda_sent_at is not None:
            return
        await self._fill(conn, council)
        await councils_repo.update(conn, council.id, agenda_sent_at=self.env.clock.now())
        await self._tell_everyone(conn, council, "council-agenda", Priority.BULK)

    async def remind(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind everyone the agenda went to, the day before and two hours before."""
        council = await councils_repo.get(conn, work.ref_id)
        now = self.env.clock.now()
        if council is None or council.status != CouncilStatus.PLANNED or now >= council.starts_at:
            return
        if work.kind == DAY_BEFORE and council.starts_at - timedelta(hours=REMINDER_HOURS) <= now:
            return  # the bot was down: the nearer reminder says it all, once
        await self._tell_everyone(conn, council, "council-reminder", Priority.PERSONAL)

    # ---- at the door ------------------------------------------------------------------------

    async def my_qr(self, tg_id: int, council_id: int, bot_username: str) -> tuple[str, bytes]:
        """Return the person's check-in code for a council and a QR code of its deep link."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            code = await councils_repo.code_of(conn, council_id, person.id)
        if code is None:
            raise NotFound("error-council-no-code")
        link = event_files.deep_link(bot_username, f"council_{code}")
        return code, event_files.qr_png(link)

    async def check_in(self, staff_tg: int, code: str) -> CouncilCheckIn:
        """Record that the person with this code arrived; a second scan says so."""
        code = clean_code(code)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await councils_repo.by_code(conn, code) if code else None
            if found is None:
                raise NotFound("error-council-code", code=code or "—")
            council = await self._planned(conn, found[0])
            person = await people_repo.by_id(conn, found[1])
            assert person is not None
            fresh = await councils_repo.check_in(
                conn, council.id, person.id, staff.id, self.env.clock.now()
            )
            count = await councils_repo.attended(conn, council.id)
        return CouncilCheckIn(council=council, name=person.name, already=not fresh, attended=count)

    # ---- topics waiting too long for review --------------------------------------------------

    async def remind_review(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind staff, once, of a topic still waiting for review LINLI_TOPIC_REVIEW_DAYS on."""
        topic = await topics_repo.get(conn, work.ref_id)
        if topic is None or topic.status != TopicStatus.REVIEW:
            return
        await self.env.notify_staff(
            conn,
            "council-review-late",
            ref=f"topic:{topic.id}",
            number=topic.number,
            text=topic.text[:200] or "🎤",
            days=self.env.settings.topic_review_days,
        )
