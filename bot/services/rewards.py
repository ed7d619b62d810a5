"""Rewards: the catalogue staff keep, volunteers' requests, and the monthly honours roll.

Approving a request is one transaction: the request moves from pending, one item leaves
stock by a conditional UPDATE, and the ledger is debited (which refuses a negative
balance). If any of the three cannot happen, nothing happens; a declined request costs nothing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import aiosqlite

from bot.errors import Conflict, InvalidInput, NotFound
from bot.love_bank_models import LedgerKind
from bot.models import Button, Priority
from bot.services import love_bank
from bot.services.env import ServiceEnv
from bot.services.volunteer_common import active_volunteer
from bot.volunteer_models import HonourLine, Reward, RewardRequest, RewardRequestStatus
from storage import ledger as ledger_repo
from storage import people as people_repo
from storage import rewards as rewards_repo
from storage import tasks as tasks_repo
from storage import volunteers as volunteers_repo

NAME_MAX = 60
COST_MAX = 100_000
STOCK_MAX = 10_000
REASON_MAX = 300
HONOURS_SIZE = 10


def request_buttons(request_id: int) -> list[list[Button]]:
    """Return Approve and Decline for a reward request."""
    return [
        [
            Button(text="btn-reward-approve", data=f"rwd:ok:{request_id}"),
            Button(text="btn-reward-decline", data=f"rwd:no:{request_id}"),
        ]
    ]


def month_span(year: int, month: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Return the first moment of the month and of the next, in the community's zone."""
    start = datetime(year, month, 1, tzinfo=zone)
    following = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=zone)
    return start, following


class RewardService:
    """The catalogue, requests for rewards, and the honours roll."""

    def __init__(self, env: ServiceEnv) -> None:
        self.env = env

    async def catalogue(self, tg_id: int) -> list[Reward]:
        """Return what is on offer; staff see every item, stock or not."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            return await rewards_repo.catalogue(conn, everything=person.role.is_staff)

    async def add(self, staff_tg: int, name: str, cost: int, stock: int) -> Reward:
        """Add an item to the catalogue (staff)."""
        name = name.strip()
        if not name or len(name) > NAME_MAX:
            raise InvalidInput("error-label-length", max=NAME_MAX)
        if not 1 <= cost <= COST_MAX:
            raise InvalidInput("error-number-range", low=1, high=COST_MAX)
        self._check_stock(stock)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await rewards_repo.add(conn, name, cost, stock, self.env.clock.now())

    @staticmethod
    def _check_stock(stock: int) -> None:
        if not 0 <= stock <= STOCK_MAX:
            raise InvalidInput("error-number-range", low=0, high=STOCK_MAX)

    async def set_stock(self, staff_tg: int, reward_id: int, stock: int) -> Reward:
        """Set how many of an item are left (staff)."""
        self._check_stock(stock)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if not await rewards_repo.set_stock(conn, reward_id, stock):
                raise NotFound()
            found = await rewards_repo.get(conn, reward_id)
        assert found is not None
        return found

    async def set_active(self, staff_tg: int, reward_id: int, active: bool) -> None:
        """Offer an item again, or take it off the catalogue (staff)."""
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            if not await rewards_repo.set_active(conn, reward_id, active):
                raise NotFound()

    async def request(self, tg_id: int, reward_id: int) -> RewardRequest:
        """Ask for a reward; staff are told. The points move only when staff approve."""
        async with self.env.db.transaction() as conn:
            person, _ = await active_volunteer(self.env, conn, tg_id)
            reward = await rewards_repo.get(conn, reward_id)
            if reward is None or not reward.active:
                raise NotFound()
            if reward.stock <= 0:
                raise Conflict("error-reward-out", name=reward.name)
            balance = await ledger_repo.balance(conn, person.id)
            if balance < reward.cost:
                raise Conflict("error-points-short", balance=balance)
            made = await rewards_repo.add_request(
                conn, reward.id, person.id, reward.cost, self.env.clock.now()
            )
            await self.env.notify_staff(
                conn,
                "reward-requested-staff",
                buttons=request_buttons(made.id),
                name=person.name,
                reward=reward.name,
                cost=reward.cost,
                balance=balance,
            )
        self.env.outbox_listener()
        return made

    async def approve(self, staff_tg: int, request_id: int) -> RewardRequest:
        """Hand a reward over: debit the points and take one from stock, all or nothing."""
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await self._pending(conn, request_id)
            await rewards_repo.decide(conn, found.id, RewardRequestStatus.APPROVED, staff.id, now)
            if not await rewards_repo.take_one(conn, found.reward_id):
                raise Conflict("error-reward-out", name=found.reward_name)
            entry = await love_bank.debit(
                conn,
                found.person_id,
                found.cost,
                LedgerKind.REDEMPTION,
                now=now,
                recorded_by=staff.id,
                ref=f"reward-request:{found.id}",
                note=found.reward_name,
            )
            person = await people_repo.by_id(conn, found.person_id)
            await self.env.notify(
                conn,
                person,
                "reward-approved",
                reward=found.reward_name,
                cost=found.cost,
                balance=entry.balance_after,
            )
            decided = await rewards_repo.get_request(conn, found.id)
        self.env.outbox_listener()
        assert decided is not None
        return decided

    async def decline(self, staff_tg: int, request_id: int, reason: str = "") -> RewardRequest:
        """Decline a request; it costs the volunteer nothing and they are told."""
        reason = reason.strip()
        if len(reason) > REASON_MAX:
            raise InvalidInput("error-text-long", max=REASON_MAX)
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await self._pending(conn, request_id)
            await rewards_repo.decide(
                conn, found.id, RewardRequestStatus.DECLINED, staff.id, now, reason or None
            )
            person = await people_repo.by_id(conn, found.person_id)
            await self.env.notify(
                conn, person, "reward-declined", reward=found.reward_name, reason=reason or "—"
            )
            decided = await rewards_repo.get_request(conn, found.id)
        self.env.outbox_listener()
        assert decided is not None
        return decided

    async def _pending(self, conn: aiosqlite.Connection, request_id: int) -> RewardRequest:
        found = await rewards_repo.get_request(conn, request_id)
        if found is None:
            raise NotFound()
        if found.status != RewardRequestStatus.PENDING:
            raise Conflict("error-reward-decided")
        return found

    async def pending(self, staff_tg: int) -> list[RewardRequest]:
        """Return requests waiting for staff, oldest first."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await rewards_repo.pending(conn)

    # ---- honours -----------------------------------------------------------------------------

    async def honours(self, year: int, month: int) -> list[HonourLine]:
        """Return the month's most active volunteers who agreed to be named, most points first."""
        since, until = month_span(year, month, self.env.settings.zone)
        async with self.env.db.reading() as conn:
            return await self._honours(conn, since, until)

    async def _honours(
        self, conn: aiosqlite.Connection, since: datetime, until: datetime
    ) -> list[HonourLine]:
        points = await ledger_repo.earned_between(conn, since, until)
        hours = await tasks_repo.hours_between(conn, since, until)
        lines = []
        for person_id in set(points) | set(hours):
            volunteer = await volunteers_repo.get(conn, person_id)
            if volunteer is None or not volunteer.honours:
                continue
            lines.append(
                HonourLine(
                    person_id=person_id,
                    name=volunteer.name,
                    points=points.get(person_id, 0),
                    hours=round(hours.get(person_id, 0.0), 1),
                )
            )
        lines.sort(key=lambda h: (-h.points, -h.hours, h.name))
        return lines[:HONOURS_SIZE]

    async def publish_honours(self, staff_tg: int, year: int, month: int) -> int:
        """Send the month's roll as a notice to every registered resident; return how many."""
        since, until = month_span(year, month, self.env.settings.zone)
        async with self.env.db.transaction() as conn:
            await self.env.staff_member(conn, staff_tg)
            lines = await self._honours(conn, since, until)
            if not lines:
                raise Conflict("error-honours-empty")
            roll = "\n".join(
                f"{n}. {h.name} · {h.points} · {h.hours:g} h" for n, h in enumerate(lines, 1)
            )
            told = 0
            for person in await volunteers_repo.registered_people(conn):
                if await self.env.notify(
                    conn,
                    person,
                    "honours-notice",
                    priority=Priority.BULK,
                    month=f"{year:04d}-{month:02d}",
                    roll=roll,
                ):
                    told += 1
        self.env.outbox_listener()
        return told
