"""The love bank's ledger: append-only, never below zero, one credit per piece of work."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import Conflict, InvalidInput, NotAllowed
from bot.models.love_bank import LedgerKind
from bot.services import Services
from bot.services.volunteers import love_bank
from tests.conftest import ADMIN_TG, add_resident, add_staff

A, B, STAFF = 21, 22, 31


@pytest.fixture
async def bank(services: Services) -> Services:
    await add_resident(services, A, "Wang Fang")
    await add_resident(services, B, "Li Ming")
    await add_staff(services, STAFF, "Staff Zhou")
    return services


async def person_id(services: Services, tg_id: int) -> int:
    person = await services.people.get(tg_id)
    assert person is not None
    return person.id


async def test_a_credit_inside_another_services_transaction_commits_with_it(
    bank: Services,
) -> None:
    pid = await person_id(bank, A)
    now = bank.env.clock.now()
    async with bank.env.db.transaction() as conn:
        entry = await love_bank.credit(conn, pid, 5, LedgerKind.WISH, now=now, ref="wish:7")
        assert await love_bank.balance_in(conn, pid) == 5
    assert entry.balance_after == 5
    assert await bank.love_bank.balance(pid) == 5
    [line] = await bank.love_bank.history(pid)
    assert (line.kind, line.ref, line.points) == (LedgerKind.WISH, "wish:7", 5)


async def test_a_credit_in_a_transaction_that_fails_leaves_no_entry(bank: Services) -> None:
    pid = await person_id(bank, A)
    with pytest.raises(RuntimeError):
        async with bank.env.db.transaction() as conn:
            await love_bank.credit(conn, pid, 5, LedgerKind.TASK, now=bank.env.clock.now())
            raise RuntimeError("the work itself failed")
    assert await bank.love_bank.balance(pid) == 0
    assert await bank.love_bank.history(pid) == []


async def test_crediting_the_same_work_twice_adds_the_points_once(bank: Services) -> None:
    pid = await person_id(bank, A)
    now = bank.env.clock.now()
    async with bank.env.db.transaction() as conn:
        first = await love_bank.credit(conn, pid, 8, LedgerKind.TASK, now=now, ref="task:12")
        again = await love_bank.credit(conn, pid, 8, LedgerKind.TASK, now=now, ref="task:12")
    assert again == first
    assert await bank.love_bank.balance(pid) == 8


async def test_a_debit_larger_than_the_balance_is_refused_and_changes_nothing(
    bank: Services,
) -> None:
    pid = await person_id(bank, A)
    now = bank.env.clock.now()
    async with bank.env.db.transaction() as conn:
        await love_bank.credit(conn, pid, 3, LedgerKind.EVENT, now=now, ref="event:1")
    with pytest.raises(Conflict) as refused:
        async with bank.env.db.transaction() as conn:
            await love_bank.debit(conn, pid, 4, now=now, ref="reward-request:1")
    assert refused.value.key == "error-points-short"
    assert refused.value.args_map == {"balance": 3}
    assert await bank.love_bank.balance(pid) == 3


async def test_zero_negative_or_spending_kinds_cannot_be_credited(bank: Services) -> None:
    pid = await person_id(bank, A)
    now = bank.env.clock.now()
    async with bank.env.db.transaction() as conn:
        for points in (0, -5):
            with pytest.raises(InvalidInput):
                await love_bank.credit(conn, pid, points, LedgerKind.TASK, now=now)
        with pytest.raises(InvalidInput):
            await love_bank.credit(conn, pid, 5, LedgerKind.REDEMPTION, now=now)
        with pytest.raises(InvalidInput):
            await love_bank.debit(conn, pid, 5, LedgerKind.TASK, now=now)
    assert await bank.love_bank.history(pid) == []


async def test_staff_award_with_a_note_tells_the_volunteer(bank: Services) -> None:
    pid = await person_id(bank, A)
    entry = await bank.love_bank.award(STAFF, pid, 10, "Helped at the flea market")
    assert entry.recorded_by_name == "Staff Zhou"
    view = await bank.love_bank.my_points(A)
    assert (view.balance, view.earned) == (10, 10)
    messages = [m for m in await bank.outbox.due(100) if m.chat_id == A]
    assert any("Helped at the flea market" in m.text for m in messages)


async def test_an_award_needs_a_note_and_a_staff_member(bank: Services) -> None:
    pid = await person_id(bank, A)
    with pytest.raises(InvalidInput):
        await bank.love_bank.award(STAFF, pid, 10, "  ")
    with pytest.raises(NotAllowed):
        await bank.love_bank.award(B, pid, 10, "for nothing")
    staff_id = await person_id(bank, STAFF)
    with pytest.raises(NotAllowed):
        await bank.love_bank.award(STAFF, staff_id, 10, "myself")
    assert await bank.love_bank.balance(pid) == 0


async def test_a_correction_is_a_new_entry_and_cannot_go_below_zero(bank: Services) -> None:
    pid = await person_id(bank, A)
    await bank.love_bank.award(ADMIN_TG, pid, 10, "Patrol")
    await bank.love_bank.correct(STAFF, pid, -4, "Counted twice")
    with pytest.raises(Conflict):
        await bank.love_bank.correct(STAFF, pid, -7, "Too much")
    history = await bank.love_bank.history(pid)
    assert [e.points for e in history] == [-4, 10]
    assert [e.kind for e in history] == [LedgerKind.CORRECTION, LedgerKind.AWARD]
    assert await bank.love_bank.balance(pid) == 6


async def test_debits_racing_for_more_than_the_balance_let_exactly_one_through(
    bank: Services,
) -> None:
    pid = await person_id(bank, A)
    now = bank.env.clock.now()
    async with bank.env.db.transaction() as conn:
        await love_bank.credit(conn, pid, 10, LedgerKind.TASK, now=now, ref="task:1")

    async def spend(n: int) -> bool:
        try:
            async with bank.env.db.transaction() as conn:
                await love_bank.debit(conn, pid, 7, now=now, ref=f"reward-request:{n}")
        except Conflict:
            return False
        return True

    results = await asyncio.gather(*(spend(n) for n in range(6)))
    assert results.count(True) == 1
    assert await bank.love_bank.balance(pid) == 3


operations = st.lists(
    st.tuples(
        st.sampled_from(["credit", "debit", "award", "correct"]),
        st.integers(min_value=1, max_value=40),
        st.integers(min_value=0, max_value=5),
    ),
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
async def test_the_balance_is_always_the_sum_of_the_entries_and_never_negative(
    bank: Services, ops: list[tuple[str, int, int]]
) -> None:
    pid = await person_id(bank, B)
    before = await bank.love_bank.history(pid, limit=10_000)
    for op, points, ref in ops:
        try:
            if op == "award":
                await bank.love_bank.award(STAFF, pid, points, "well done")
            elif op == "correct":
                await bank.love_bank.correct(STAFF, pid, -points, "fix")
            else:
                async with bank.env.db.transaction() as conn:
                    action = love_bank.credit if op == "credit" else love_bank.debit
                    kind = LedgerKind.TASK if op == "credit" else LedgerKind.REDEMPTION
                    await action(conn, pid, points, kind, now=bank.env.clock.now(), ref=f"x:{ref}")
        except Conflict:
            pass
        entries = await bank.love_bank.history(pid, limit=10_000)
        balance = await bank.love_bank.balance(pid)
        assert balance == sum(e.points for e in entries) >= 0
        assert entries[0].balance_after == balance if entries else balance == 0
        assert all(e.balance_after >= 0 for e in entries)
    # Append-only: every entry seen before this example is still there, unchanged.
    after = await bank.love_bank.history(pid, limit=10_000)
    assert after[len(after) - len(before) :] == before
