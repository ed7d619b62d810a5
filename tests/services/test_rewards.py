"""Rewards and honours: requests hold points, approval spends them and takes stock at once,
races settled by the database, consent."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable
from datetime import timedelta

import pytest

from bot.clock import ShiftedClock
from bot.errors import Conflict, NotAllowed, NotFound
from bot.models.volunteers import RewardRequestStatus
from bot.services import Services
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


_cards = itertools.count(1)


def card() -> str:
    """Return a fresh confirmation card's key: each Yes below is pressed on its own card."""
    return f"card:{next(_cards)}"


async def outcome(call: Awaitable[object]) -> bool:
    try:
        await call
    except Conflict:
        return False
    return True


async def test_approval_debits_the_points_and_takes_one_from_stock(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Rice 5 kg 大米", 20, 2)
    request = (await team.rewards.request(A, reward.id, card())).request
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
    request = (await team.rewards.request(A, reward.id, card())).request
    await team.rewards.decline(STAFF, request.id, "Collect next week instead")
    assert (await team.love_bank.my_points(A)).balance == 30
    assert (await team.rewards.catalogue(STAFF))[0].stock == 3


async def test_two_approvals_racing_for_the_last_item_let_exactly_one_through(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Umbrella", 10, 1)
    first = (await team.rewards.request(A, reward.id, card())).request
    second = (await team.rewards.request(B, reward.id, card())).request
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


async def test_a_second_request_the_available_balance_cannot_cover_is_refused_and_holds_nothing(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Thermos", 20, 10)
    first = (await team.rewards.request(A, reward.id, card())).request
    with pytest.raises(Conflict):
        await team.rewards.offer(A, reward.id)  # the Yes/Cancel step refuses it already
    with pytest.raises(Conflict) as refused:
        await team.rewards.request(A, reward.id, card())  # 20 held of 30: 10 available
    assert refused.value.key == "error-reward-short"
    assert refused.value.args_map["available"] == 10
    assert [q.id for q in await team.rewards.pending(STAFF)] == [first.id]
    await team.rewards.approve(STAFF, first.id)
    assert (await team.love_bank.my_points(A)).balance == 10
    assert (await team.rewards.catalogue(STAFF))[0].stock == 9


async def test_twenty_concurrent_confirmations_with_20_points_for_a_15_point_reward_make_one_request(
    services: Services,
) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    pid = await make_volunteer(services, A, "Wang Fang")
    await services.love_bank.award(STAFF, pid, 20, "Festival")
    reward = await services.rewards.add(STAFF, "Thermos", 15, 50)
    offer = await services.rewards.offer(A, reward.id)
    assert offer.wallet.available == 20
    taps = [outcome(services.rewards.request(A, reward.id, card())) for _ in range(20)]
    results = await asyncio.gather(*taps)
    assert results.count(True) == 1
    [made] = await services.rewards.pending(STAFF)
    assert (made.person_id, made.cost) == (pid, 15)
    view = await services.love_bank.my_points(A)
    assert (view.balance, view.held, view.available) == (20, 15, 5)


async def test_a_double_tap_on_yes_with_20_points_for_15_makes_one_request_and_says_5_are_free(
    services: Services,
) -> None:
    await add_staff(services, STAFF, "Staff Zhou")
    pid = await make_volunteer(services, A, "Wang Fang")
    await services.love_bank.award(STAFF, pid, 20, "Festival")
    reward = await services.rewards.add(STAFF, "Thermos", 15, 50)
    key = card()
    taps = await asyncio.gather(
        services.rewards.request(A, reward.id, key),
        services.rewards.request(A, reward.id, key),
        return_exceptions=True,
    )
    [refused] = [t for t in taps if isinstance(t, Conflict)]
    assert refused.key == "error-reward-short"
    assert (refused.args_map["available"], refused.args_map["held"]) == (5, 15)
    assert len(await services.rewards.pending(STAFF)) == 1


async def test_the_same_card_confirmed_five_times_at_once_makes_one_request_with_points_for_six(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Soap", 5, 50)
    key = card()
    taps = await asyncio.gather(
        *(team.rewards.request(A, reward.id, key) for _ in range(5)), return_exceptions=True
    )
    refused = [t for t in taps if isinstance(t, Conflict)]
    assert len(refused) == 4
    assert {r.key for r in refused} == {"error-reward-asked-already"}
    [made] = await team.rewards.pending(STAFF)
    view = await team.love_bank.my_points(A)
    assert (view.held, view.available) == (5, 25)
    with pytest.raises(Conflict):
        await team.rewards.check_not_asked(A, key)  # its Cancel cannot say "not requested"
    await team.rewards.check_not_asked(A, card())
    another = (await team.rewards.request(A, reward.id, card())).request
    assert another.id != made.id  # a new card is a new request


async def test_declining_a_request_releases_the_points_it_held(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Rice", 25, 5)
    request = (await team.rewards.request(A, reward.id, card())).request
    held = await team.love_bank.my_points(A)
    assert (held.balance, held.held, held.available) == (30, 25, 5)
    await team.rewards.decline(STAFF, request.id, "Collect next week instead")
    freed = await team.love_bank.my_points(A)
    assert (freed.balance, freed.held, freed.available) == (30, 0, 30)
    again = (await team.rewards.request(A, reward.id, card())).request
    assert again.status == RewardRequestStatus.PENDING


async def test_a_volunteer_who_cancels_a_request_gets_its_held_points_back(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Rice", 25, 5)
    request = (await team.rewards.request(A, reward.id, card())).request
    with pytest.raises(NotFound):
        await team.rewards.cancel(B, request.id)  # not theirs
    cancelled = await team.rewards.cancel(A, request.id)
    assert cancelled.request.status == RewardRequestStatus.CANCELLED
    assert cancelled.wallet.available == 30
    view = await team.love_bank.my_points(A)
    assert (view.balance, view.held, view.available) == (30, 0, 30)
    assert await team.rewards.pending(STAFF) == []
    with pytest.raises(Conflict):
        await team.rewards.approve(STAFF, request.id)


async def test_handing_over_spends_the_held_points(team: Services) -> None:
    reward = await team.rewards.add(STAFF, "Rice", 25, 5)
    request = (await team.rewards.request(A, reward.id, card())).request
    await team.rewards.approve(STAFF, request.id)
    view = await team.love_bank.my_points(A)
    assert (view.balance, view.held, view.available) == (5, 0, 5)
    assert view.entries[0].points == -25


async def test_a_request_a_correction_left_uncovered_is_closed_at_hand_over_not_left_pending(
    team: Services,
) -> None:
    reward = await team.rewards.add(STAFF, "Rice", 25, 5)
    request = (await team.rewards.request(A, reward.id, card())).request
    volunteer = await team.people.get(A)
    assert volunteer is not None
    await team.love_bank.correct(STAFF, volunteer.id, -10, "Counted twice")
    with pytest.raises(Conflict) as failed:
        await team.rewards.approve(STAFF, request.id)
    assert failed.value.key == "reward-now-short"
    assert await team.rewards.pending(STAFF) == []
    view = await team.love_bank.my_points(A)
    assert (view.balance, view.held) == (20, 0)
    assert (await team.rewards.catalogue(STAFF))[0].stock == 5


async def test_residents_cannot_request_and_volunteers_cannot_approve_or_award(
    team: Services,
) -> None:
    await add_resident(team, RESIDENT, "Zhao Lei")
    reward = await team.rewards.add(STAFF, "Soap", 5, 5)
    with pytest.raises(NotAllowed):
        await team.rewards.request(RESIDENT, reward.id, card())
    request = (await team.rewards.request(A, reward.id, card())).request
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
        await team.rewards.request(A, dear.id, card())
    with pytest.raises(Conflict):
        await team.rewards.request(A, gone.id, card())


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
    roll = await team.honours.honours(local.year, local.month)
    assert [(h.name, h.points) for h in roll] == [("Wang Fang", 35)]
    assert roll[0].hours == 2.0
    told = await team.honours.publish(STAFF, local.year, local.month)
    assert told >= 2
    with pytest.raises(NotAllowed):
        await team.honours.publish(A, local.year, local.month)
