"""Rewards and honours: requests, approval debits and takes stock at once, races, consent."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, NotAllowed
from bot.services import Services
from bot.volunteer_models import RewardRequestStatus
from tests.conftest import ADMIN_TG, add_resident, add_staff
from tests.services.volunteer_helpers import make_task, make_volunteer

A, B, RESIDENT, STAFF = 71, 72, 73, 74


@pytest.fixture
async def team(services: Services) -> Services:
    await add_staff(services, STAFF, "Staff Zhou")
    for tg_id, name in ((A, "Wang Fang"), (B, "Li Ming")):
        pid = await make_volunteer(services, tg_id, name)
        await services.love_bank.award(STAFF, pid, 30, "Spring clean-up")
    return services


async def outcome(call: Awaitable[object]) -> bool:
    try:
        await call
    except Conflict:
        return False
    return True


async def test_approval_debits_the_points_and_takes_one_from_stock(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Rice 5 kg 大米", 20, 2)
    request = await team.rewards.request(A, reward.id)
    decided = await team.rewards.approve(STAFF, request.id)
    assert decided.status == RewardRequestStatus.APPROVED
    view = await team.love_bank.my_points(A)
    assert view.balance == 10
    assert view.entries[0].ref == f"reward-request:{request.id}"
    [item] = await team.rewards.catalogue(STAFF)
    assert item.stock == 1
    with pytest.raises(Conflict):
        await team.rewards.approve(STAFF, request.id)


async def test_a_declined_request_costs_nothing(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Towel", 5, 3)
    request = await team.rewards.request(A, reward.id)
    await team.rewards.decline(STAFF, request.id, "Collect next week instead")
    assert (await team.love_bank.my_points(A)).balance == 30
    assert (await team.rewards.catalogue(STAFF))[0].stock == 3


async def test_two_approvals_racing_for_the_last_item_let_exactly_one_through(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Umbrella", 10, 1)
    first = await team.rewards.request(A, reward.id)
    second = await team.rewards.request(B, reward.id)
    results = await asyncio.gather(
        outcome(team.rewards.approve(STAFF, first.id)),
        outcome(team.rewards.approve(ADMIN_TG, second.id)),
    )
    assert sorted(results) == [False, True]
    assert (await team.rewards.catalogue(STAFF))[0].stock == 0
    balances = sorted([(await team.love_bank.my_points(t)).balance for t in (A, B)])
    assert balances == [20, 30]
    pending = await team.rewards.pending(STAFF)
    assert len(pending) == 1  # the loser's request stays pending, untouched


async def test_two_approvals_racing_for_more_than_the_balance_let_exactly_one_through(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Thermos", 20, 10)
    first = await team.rewards.request(A, reward.id)
    second = await team.rewards.request(A, reward.id)  # 20 + 20 > 30
    results = await asyncio.gather(
        outcome(team.rewards.approve(STAFF, first.id)),
        outcome(team.rewards.approve(ADMIN_TG, second.id)),
    )
    assert sorted(results) == [False, True]
    assert (await team.love_bank.my_points(A)).balance == 10
    assert (await team.rewards.catalogue(STAFF))[0].stock == 9


async def test_residents_cannot_request_and_volunteers_cannot_approve_or_award(
    team: Services,
) -> None:
    await add_resident(team, RESIDENT, "Zhao Lei")
    reward = await team.rewards.add(STAFF, "Soap", 5, 5)
    with pytest.raises(NotAllowed):
        await team.rewards.request(RESIDENT, reward.id)
    request = await team.rewards.request(A, reward.id)
    with pytest.raises(NotAllowed):
        await team.rewards.approve(B, request.id)
    with pytest.raises(NotAllowed):
        await team.rewards.add(A, "Free money", 1, 99)
    other = await team.people.get(B)
    assert other is not None
    with pytest.raises(NotAllowed):
        await team.love_bank.award(A, other.id, 100, "for my friend")
    assert (await team.love_bank.my_points(B)).balance == 30


async def test_a_request_beyond_the_balance_or_stock_is_refused_at_once(team: Services) -> None:
    dear = await team.rewards.add(STAFF, "Bicycle", 500, 1)
    gone = await team.rewards.add(STAFF, "Fan", 5, 0)
    with pytest.raises(Conflict):
        await team.rewards.request(A, dear.id)
    with pytest.raises(Conflict):
        await team.rewards.request(A, gone.id)


async def test_the_honours_roll_names_only_volunteers_who_agreed(
    team: Services, clock: ShiftedClock
) -> None:
    await team.volunteers.set_honours(A, True)
    local = (clock.now() + timedelta(hours=1)).astimezone(team.env.settings.zone)
    task_id = await make_task(team, clock, hours_ahead=1, points=5)
    await team.tasks.claim(A, task_id)
    await team.tasks.claim(B, task_id)
    clock.advance(timedelta(hours=1))
    for tg_id in (A, B):
        await team.tasks.check_in(tg_id, task_id)
    clock.advance(timedelta(hours=2))
    for tg_id in (A, B):
        await team.tasks.check_out(tg_id, task_id)
    roll = await team.rewards.honours(local.year, local.month)
    assert [(h.name, h.points) for h in roll] == [("Wang Fang", 35)]
    assert roll[0].hours == 2.0
    told = await team.rewards.publish_honours(STAFF, local.year, local.month)
    assert told >= 2
    with pytest.raises(NotAllowed):
        await team.rewards.publish_honours(A, local.year, local.month)
