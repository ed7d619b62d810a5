"""Minutes and outcomes of a council: the decision on each agenda topic, follow-up actions.

For each topic staff record agreed, rejected or postponed (to the next council) with a short
text; the raiser and every supporter are told in the same transaction. An agreed topic gets
follow-up actions, each an ordinary request filed for the raiser and owned by a staff member
at once (first-response target, "solved?" and all), so the desk works it like any other. The
topic closes when its last action is resolved or closed: the requests side calls `done` on the
same transaction (ServiceEnv.done_hooks), and the supporters hear of it. When every topic on
the agenda has its decision the council is held, and a repeating one plans the next, where
the postponed topics go first.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiosqlite

from bot import i18n
from bot.errors import Closed, Conflict, InvalidInput, NotFound
from bot.models.councils import (
    ActionLine,
    AgendaItem,
    Council,
    CouncilView,
    Decision,
    Outcome,
    TopicAction,
)
from bot.models.notices import Broadcast, NoticeAudience, NoticeKind, NoticeSpec
from bot.models.people import Person
from bot.models.requests import NewRequest, Request, format_number
from bot.models.topics import Topic, TopicStatus
from bot.models.volunteers import Task, TaskSpec
from bot.models.work import DueWork
from bot.services.consultation import files
from bot.services.consultation.council import CouncilService, when_args
from bot.services.consultation.topics import check_text
from bot.services.env import ServiceEnv
from bot.services.notices.broadcasts import BroadcastService
from bot.services.requests.desk import DeskService
from bot.services.volunteers.tasks_staff import TaskDeskService
from storage import councils as councils_repo
from storage import due as due_repo
from storage import people as people_repo
from storage import requests as requests_repo
from storage import tasks as tasks_repo
from storage import topics as topics_repo

DECISION_MAX = 500
ACTION_MAX = 1000
ACTION_DAYS = 14  # when a follow-up action counts as overdue and its owner is reminded
ACTION_OVERDUE = "topic_action_overdue"
_STATUS_AFTER = {
    Decision.AGREED: TopicStatus.DECIDED,
    Decision.REJECTED: TopicStatus.CLOSED,
    Decision.POSTPONED: TopicStatus.POSTPONED,
}


class OutcomeService:
    """Decisions on the agenda, follow-up actions, and closing topics when they are done."""

    def __init__(
        self,
        env: ServiceEnv,
        council: CouncilService,
        desk: DeskService,
        broadcasts: BroadcastService,
        tasks: TaskDeskService,
    ) -> None:
        self.env = env
        self.council = council
        self.desk = desk
        self.broadcasts = broadcasts
        self.tasks = tasks

    async def _council(self, conn: aiosqlite.Connection, council_id: int) -> Council:
        council = await councils_repo.get(conn, council_id)
        if council is None:
            raise NotFound("error-council-not-found")
        return council

    async def minutes(self, tg_id: int, council_id: int) -> CouncilView:
        """Return a council with its agenda and the decisions recorded so far."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            council = await self._council(conn, council_id)
            return CouncilView(
                council=council,
                agenda=await councils_repo.agenda(conn, council.id),
                members=[],
                attended=await councils_repo.attended(conn, council.id),
            )

    async def last_held(self, tg_id: int) -> Council | None:
        """Return the council held most recently, whose outcomes staff follow up."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            return await councils_repo.last_held(conn)

    async def _item(
        self, conn: aiosqlite.Connection, council: Council, topic_id: int
    ) -> AgendaItem:
        for item in await councils_repo.agenda(conn, council.id):
            if item.topic.id == topic_id:
                return item
        raise NotFound("error-topic-not-found")

    async def decide(
        self, tg_id: int, council_id: int, topic_id: int, decision: Decision, text: str
    ) -> tuple[Topic, Council | None]:
        """Record the decision on one agenda topic; return the topic and the next council
        when this was the last decision and the council's rule planned one."""
        text = check_text(text, limit=DECISION_MAX)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, tg_id)
            council = await self._council(conn, council_id)
            item = await self._item(conn, council, topic_id)
            now = self.env.clock.now()
            recorded = await councils_repo.decide(
                conn, council.id, item.topic.id, decision=decision, text=text, by=staff.id, now=now
            )
            if not recorded:
                raise Closed("error-council-decided", number=item.topic.number)
            await topics_repo.move_on(
                conn, item.topic.id, _STATUS_AFTER[decision], (TopicStatus.ON_AGENDA,)
            )
            topic = await topics_repo.get(conn, item.topic.id)
            assert topic is not None
            await self._tell(
                conn, topic, "council-topic-decided", decision=decision.value, text=text
            )
            following = None
            agenda = await councils_repo.agenda(conn, council.id)
            decided = all(i.decision is not None for i in agenda)
            if decided and await councils_repo.mark_held(conn, council.id, now):
                following = await self.council.next_after(conn, council)
        return topic, following

    async def _tell(self, conn: aiosqlite.Connection, topic: Topic, key: str, **args: Any) -> int:
        """Tell the topic's raiser and every supporter; return how many."""
        ids = {topic.raiser_id, *await topics_repo.supporter_ids(conn, topic.id)}
        people = await people_repo.by_ids(conn, ids)
        told = 0
        for person_id in sorted(ids):
            told += await self.env.notify(
                conn,
                people.get(person_id),
                key,
                ref=f"topic:{topic.id}",
                number=topic.number,
                **args,
            )
        return told

    async def _agreed(
        self, conn: aiosqlite.Connection, council_id: int, topic_id: int
    ) -> tuple[Council, AgendaItem]:
        """Return the council and an agreed topic on its agenda, or raise."""
        council = await self._council(conn, council_id)
        item = await self._item(conn, council, topic_id)
        if item.decision != Decision.AGREED or item.topic.status != TopicStatus.DECIDED:
            raise Conflict("error-council-not-agreed", number=item.topic.number)
        return council, item

    async def _record(
        self,
        conn: aiosqlite.Connection,
        council: Council,
        item: AgendaItem,
        owner: Person,
        **carrier: int,
    ) -> TopicAction:
        """Record an action (request_id= or task_id=) once, with its overdue reminder."""
        now = self.env.clock.now()
        due_at = now + timedelta(days=ACTION_DAYS)
        action = await councils_repo.add_action(
            conn,
            topic_id=item.topic.id,
            council_id=council.id,
            owner_id=owner.id,
            due_at=due_at,
            now=now,
            **carrier,
        )
        if action is None:  # the same form sent again: the action stands already
            kind, ref_id = next(iter(carrier.items()))
            found = await councils_repo.action_of(conn, kind.removesuffix("_id"), ref_id)
            assert found is not None
            return found
        await due_repo.add(conn, ACTION_OVERDUE, action.id, due_at)
        return action

    async def add_action(
        self,
        tg_id: int,
        council_id: int,
        topic_id: int,
        owner_id: int,
        text: str,
        *,
        source_key: str,
    ) -> tuple[Request, TopicAction]:
        """File a follow-up request of an agreed topic for its raiser, owned by `owner_id`."""
        text = check_text(text, limit=ACTION_MAX)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, tg_id)
            council, item = await self._agreed(conn, council_id, topic_id)
            owner = await people_repo.by_id(conn, owner_id)
            if owner is None or not self.env.with_role(owner).role.is_staff:
                raise InvalidInput("error-not-staff")
            raiser = await people_repo.by_id(conn, item.topic.raiser_id)
            assert raiser is not None
            again = await requests_repo.by_source(conn, source_key) is not None
            request = await self.desk.file_taken(
                conn,
                owner,
                raiser,
                new=NewRequest(
                    category=await self.desk.catch_all_category(conn),
                    description=f"{item.topic.number}: {text}",
                ),
                source_key=source_key,
            )
            action = await self._record(conn, council, item, owner, request_id=request.id)
            if not again:
                await self.env.notify(
                    conn,
                    owner,
                    "council-action-yours",
                    ref=f"req:{request.id}",
                    number=item.topic.number,
                    request=request.number,
                    text=text,
                )
        return request, action

    async def add_task(
        self,
        tg_id: int,
        council_id: int,
        topic_id: int,
        spec: TaskSpec,
        *,
        source_key: str,
    ) -> tuple[Task, TopicAction]:
        """Post a volunteer task as a follow-up of an agreed topic; done when a volunteer came.

        The task is posted by the task desk in its own transaction (it tells volunteers), then
        recorded here; the same form sent again finds both and adds nothing.
        """
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            await self._agreed(conn, council_id, topic_id)
        task, _ = await self.tasks.create(tg_id, spec, source_key=source_key)
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, tg_id)
            council, item = await self._agreed(conn, council_id, topic_id)
            action = await self._record(conn, council, item, staff, task_id=task.id)
        return task, action

    async def done(self, conn: aiosqlite.Connection, kind: str, ref_id: int) -> None:
        """Mark the action a request or task carries done; close its topic when none is left."""
        action = await councils_repo.finish_action(conn, kind, ref_id, self.env.clock.now())
        if action is None or await councils_repo.open_actions(conn, action.topic_id):
            return
        closed = await topics_repo.move_on(
            conn, action.topic_id, TopicStatus.CLOSED, (TopicStatus.DECIDED,)
        )
        topic = await topics_repo.get(conn, action.topic_id)
        if closed and topic is not None:
            await self._tell(conn, topic, "council-topic-closed")

    async def _line(self, conn: aiosqlite.Connection, action: TopicAction) -> ActionLine:
        """Return what an action is (a request's number or a task's title) and its status."""
        owner = await people_repo.by_id(conn, action.owner_id)
        name = owner.name if owner is not None else ""
        if action.request_id is not None:
            request = await requests_repo.get(conn, action.request_id)
            status = request.status.value if request is not None else "closed"
            what = format_number(action.request_id)
        else:
            task = await tasks_repo.get(conn, action.task_id or 0)
            status = "task_done" if action.done_at is not None else "task_open"
            what = task.title if task is not None else ""
        return ActionLine(action=action, owner=name, what=what, status=status)

    async def remind_overdue(self, conn: aiosqlite.Connection, work: DueWork) -> None:
        """Remind the owner of a follow-up action not done in time."""
        action = await councils_repo.action(conn, work.ref_id)
        if action is None or action.done_at is not None:
            return
        owner = await people_repo.by_id(conn, action.owner_id)
        topic = await topics_repo.get(conn, action.topic_id)
        if topic is None:
            return
        line = await self._line(conn, action)
        await self.env.notify(
            conn,
            owner,
            "council-action-overdue",
            ref=f"topic:{topic.id}",
            number=topic.number,
            request=line.what,
            days=ACTION_DAYS,
        )

    async def outcomes(self, tg_id: int, council_id: int) -> tuple[Council, list[Outcome]]:
        """Return a council's outcome list: each topic, its decision, its actions and owners."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, tg_id)
            council = await self._council(conn, council_id)
            found = []
            for item in await councils_repo.agenda(conn, council.id):
                actions = await councils_repo.actions_of(conn, item.topic.id)
                lines = [await self._line(conn, action) for action in actions]
                found.append(Outcome(item=item, actions=lines))
            return council, found

    async def export(self, tg_id: int, council_id: int, lang: str) -> tuple[str, bytes]:
        """Return a file name and the outcome list as an .xlsx spreadsheet."""
        council, found = await self.outcomes(tg_id, council_id)
        data = files.outcomes_xlsx(council, found, lang, self.env.settings.zone)
        return f"council-{council.id}.xlsx", data

    def notice_text(self, lang: str, council: Council, found: list[Outcome]) -> str:
        """Return the outcome list as residents read it: topics and decisions, no names."""
        lines = "\n".join(
            i18n.t(
                lang,
                "council-outcome-line",
                number=o.item.topic.number,
                text=o.item.topic.text[:80] or "🎤",
                decision=o.item.decision.value if o.item.decision else "none",
                said=(o.item.decision_text or "none")[:200],
            )
            for o in found
        )
        return i18n.t(lang, "council-outcome-notice", lines=lines, **when_args(council, self.env))

    async def publish(self, tg_id: int, council_id: int) -> Broadcast:
        """Send the outcome list to the whole community as a notice (quiet hours kept);
        a second press returns the notice sent the first time."""
        council, found = await self.outcomes(tg_id, council_id)
        if not any(o.item.decision for o in found):
            raise Conflict("error-council-nothing-decided")
        spec = NoticeSpec(
            text=self.notice_text(self.env.settings.lang, council, found),
            kind=NoticeKind.SERVICE,
            audience=NoticeAudience.EVERYONE,
        )
        return await self.broadcasts.send_now(
            tg_id, spec, source_key=f"council-outcomes:{council.id}"
        )
