"""Rewards: the catalogue staff keep and volunteers' requests for them.

A volunteer asks in two steps: the reward with their points (Yes, request it / Cancel), then
the request, which holds its cost: a conditional INSERT makes it only if the balance less
what pending requests already hold covers it, so double taps cannot overdraw, and only once
per confirmation card (a unique index on its key), so a double tap asks once. Handing over
is one transaction: the request moves from pending, one item leaves stock by a conditional
UPDATE, and the ledger is debited (which refuses a negative balance). If any of the three
cannot happen, nothing happens. Declining or cancelling releases the hold.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.callbacks import volunteers as callbacks
from bot.errors import Closed, Conflict, InvalidInput, NotFound
from bot.models.love_bank import LedgerKind
from bot.models.outbox import Button
from bot.models.volunteers import (
    RequestMade,
    Reward,
    RewardOffer,
    RewardRequest,
    RewardRequestStatus,
    Wallet,
)
from bot.services.env import ServiceEnv
from bot.services.volunteers import love_bank
from bot.services.volunteers.common import active_volunteer
from storage import ledger as ledger_repo
from storage import people as people_repo
from storage import rewards as rewards_repo

NAME_MAX = 60
COST_MAX = 100_000
STOCK_MAX = 10_000
REASON_MAX = 300


def request_buttons(request_id: int) -> list[list[Button]]:
    """Return Approve and Decline for a reward request."""
    return [
        [
            Button(text="btn-reward-approve", data=callbacks.hand_over(request_id)),
            Button(text="btn-reward-decline", data=callbacks.decline_request(request_id)),
        ]
    ]


class RewardService:
    """The catalogue and requests for rewards."""

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

    async def offer(self, tg_id: int, reward_id: int) -> RewardOffer:
        """Return a reward and the volunteer's points before they confirm asking for it;
        refuse at once what the available points or the stock cannot cover."""
        async with self.env.db.reading() as conn:
            person, _ = await active_volunteer(self.env, conn, tg_id)
            reward = await self._offered(conn, reward_id)
            wallet = await self._wallet(conn, person.id)
        if wallet.available < reward.cost:
            raise self._short(reward, wallet)
        return RewardOffer(reward=reward, wallet=wallet)

    async def request(self, tg_id: int, reward_id: int, source_key: str) -> RequestMade:
        """Ask for a reward (the confirmed Yes): its cost is held until staff decide, and
        staff are told. The database refuses a request the available points cannot cover,
        and a second one from the same `source_key` (the confirmation card)."""
        async with self.env.db.transaction() as conn:
            person, _ = await active_volunteer(self.env, conn, tg_id)
            reward = await self._offered(conn, reward_id)
            made = await rewards_repo.add_request_if_covered(
                conn, reward.id, person.id, reward.cost, self.env.clock.now(), source_key
            )
            wallet = await self._wallet(conn, person.id)
            if made is None:
                raise await self._refusal(conn, person.id, reward, wallet, source_key)
            await self.env.notify_staff(
                conn,
                "reward-requested-staff",
                buttons=request_buttons(made.id),
                name=person.name,
                reward=reward.name,
                cost=reward.cost,
                balance=wallet.balance,
            )
        return RequestMade(request=made, wallet=wallet)

    async def check_not_asked(self, tg_id: int, source_key: str) -> None:
        """Refuse to drop a confirmation card whose Yes already made a request."""
        async with self.env.db.reading() as conn:
            person = await self.env.person(conn, tg_id)
            made = await rewards_repo.by_source(conn, person.id, source_key)
        if made is not None:
            raise Conflict("error-reward-asked-already", reward=made.reward_name)

    async def _refusal(
        self,
        conn: aiosqlite.Connection,
        person_id: int,
        reward: Reward,
        wallet: Wallet,
        source_key: str,
    ) -> Conflict:
        # Short first: a double tap with points for one hears what it has left.
        if wallet.available < reward.cost:
            return self._short(reward, wallet)
        made = await rewards_repo.by_source(conn, person_id, source_key)
        name = made.reward_name if made is not None else reward.name
        return Conflict("error-reward-asked-already", reward=name)

    async def cancel(self, tg_id: int, request_id: int) -> RequestMade:
        """Withdraw one's own pending request: its points are free again; staff are told."""
        async with self.env.db.transaction() as conn:
            person = await self.env.person(conn, tg_id)
            found = await rewards_repo.get_request(conn, request_id)
            if found is None or found.person_id != person.id:
                raise NotFound()
            if not await rewards_repo.cancel(conn, found.id, person.id, self.env.clock.now()):
                raise Closed(f"reward-now-{found.status.value}")
            await self.env.notify_staff(
                conn, "reward-cancelled-staff", name=person.name, reward=found.reward_name
            )
            cancelled = await rewards_repo.get_request(conn, found.id)
            wallet = await self._wallet(conn, person.id)
        assert cancelled is not None
        return RequestMade(request=cancelled, wallet=wallet)

    async def approve(self, staff_tg: int, request_id: int) -> RewardRequest:
        """Hand a reward over: spend the held points and take one from stock, all or nothing.

        A request the balance no longer covers (a correction took points after it was made)
        cannot be handed over: it is closed, its volunteer told, and Closed raised after the
        commit so the staff card says so.
        """
        now = self.env.clock.now()
        async with self.env.db.transaction() as conn:
            staff = await self.env.staff_member(conn, staff_tg)
            found = await self._pending(conn, request_id)
            balance = await ledger_repo.balance(conn, found.person_id)
            if balance < found.cost:
                await rewards_repo.decide(
                    conn, found.id, RewardRequestStatus.DECLINED, staff.id, now
                )
                await self.env.notify(
                    conn,
                    await people_repo.by_id(conn, found.person_id),
                    "reward-short-at-handover",
                    reward=found.reward_name,
                    cost=found.cost,
                    balance=balance,
                )
            else:
                decided = await self._hand_over(conn, found, staff.id, now)
        if balance < found.cost:
            raise Closed("reward-now-short", balance=balance, cost=found.cost)
        return decided

    async def _hand_over(
        self, conn: aiosqlite.Connection, found: RewardRequest, staff_id: int, now: datetime
    ) -> RewardRequest:
        await rewards_repo.decide(conn, found.id, RewardRequestStatus.APPROVED, staff_id, now)
        if not await rewards_repo.take_one(conn, found.reward_id):
            raise Conflict("error-reward-out", name=found.reward_name)
        entry = await love_bank.debit(
            conn,
            found.person_id,
            found.cost,
            LedgerKind.REDEMPTION,
            now=now,
            recorded_by=staff_id,
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
            available=entry.balance_after - await rewards_repo.held(conn, found.person_id),
        )
        decided = await rewards_repo.get_request(conn, found.id)
        assert decided is not None
        return decided

    async def decline(self, staff_tg: int, request_id: int, reason: str = "") -> RewardRequest:
        """Decline a request: its held points are free again and the volunteer is told."""
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
            wallet = await self._wallet(conn, found.person_id)
            await self.env.notify(
                conn,
                person,
                "reward-declined",
                reward=found.reward_name,
                reason=reason or "—",
                available=wallet.available,
            )
            decided = await rewards_repo.get_request(conn, found.id)
        assert decided is not None
        return decided

    async def check_pending(self, staff_tg: int, request_id: int) -> RewardRequest:
        """Return a request staff are about to decide; Closed when it was settled already."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await self._pending(conn, request_id)

    async def _pending(self, conn: aiosqlite.Connection, request_id: int) -> RewardRequest:
        found = await rewards_repo.get_request(conn, request_id)
        if found is None:
            raise NotFound()
        if found.status != RewardRequestStatus.PENDING:
            raise Closed(f"reward-now-{found.status.value}")
        return found

    async def _offered(self, conn: aiosqlite.Connection, reward_id: int) -> Reward:
        reward = await rewards_repo.get(conn, reward_id)
        if reward is None or not reward.active:
            raise NotFound()
        if reward.stock <= 0:
            raise Conflict("error-reward-out", name=reward.name)
        return reward

    @staticmethod
    async def _wallet(conn: aiosqlite.Connection, person_id: int) -> Wallet:
        return Wallet(
            balance=await ledger_repo.balance(conn, person_id),
            held=await rewards_repo.held(conn, person_id),
        )

    @staticmethod
    def _short(reward: Reward, wallet: Wallet) -> Conflict:
        return Conflict(
            "error-reward-short",
            reward=reward.name,
            cost=reward.cost,
            available=wallet.available,
            balance=wallet.balance,
            held=wallet.held,
        )

    async def pending(self, staff_tg: int) -> list[RewardRequest]:
        """Return requests waiting for staff, oldest first."""
        async with self.env.db.reading() as conn:
            await self.env.staff_member(conn, staff_tg)
            return await rewards_repo.pending(conn)
