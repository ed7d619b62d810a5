"""The tests' clock: pinned, running on in real seconds, and set to night and noon on demand."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.clock import PinnedClock, ShiftedClock
from bot.config import Settings
from tests.clock import ANY_HOURS, DEFAULT_HOUR, HOUR_VARIABLE, chosen_hour, pinned_clock


async def test_a_pinned_clock_starts_at_its_instant_and_runs_on_in_real_seconds() -> None:
    start = datetime(2027, 3, 17, 15, 0, tzinfo=UTC)
    clock = PinnedClock(start)
    first = clock.now()
    assert start <= first < start + timedelta(seconds=1)
    await asyncio.sleep(0.05)
    assert clock.now() - first >= timedelta(seconds=0.04)
    clock.advance(timedelta(days=1))
    assert clock.now() - start >= timedelta(days=1)


def test_a_pinned_clock_refuses_a_start_without_a_time_zone() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        PinnedClock(datetime(2027, 3, 17, 15, 0))


def test_the_tests_clock_starts_on_a_wednesday_afternoon_in_the_community_time_zone(
    clock: ShiftedClock, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HOUR_VARIABLE, raising=False)
    local = pinned_clock(zone=settings.zone).now().astimezone(settings.zone)
    assert (local.strftime("%A"), local.hour, local.minute) == ("Wednesday", DEFAULT_HOUR, 0)
    assert abs(clock.now() - datetime.now(UTC)) > timedelta(hours=1)  # not the wall clock


def test_linli_test_hour_moves_the_whole_suite_to_another_hour_of_the_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(HOUR_VARIABLE, "3")
    assert chosen_hour() == 3
    assert pinned_clock(zone=Settings().zone).now().astimezone(Settings().zone).hour == 3
    monkeypatch.setenv(HOUR_VARIABLE, "noon")
    with pytest.raises(ValueError, match=HOUR_VARIABLE):
        chosen_hour()


@pytest.mark.any_hour
def test_a_test_marked_any_hour_sees_the_community_clock_at_its_hour(
    clock: ShiftedClock, settings: Settings, local_hour: int, request: pytest.FixtureRequest
) -> None:
    assert isinstance(request.node, pytest.Function)
    assert request.node.callspec.params["local_hour"] == local_hour
    local = clock.now().astimezone(settings.zone)
    assert (local.hour, local.minute) == (local_hour, 0)


def test_a_test_marked_any_hour_runs_once_at_night_and_once_at_noon(
    request: pytest.FixtureRequest,
) -> None:
    module = request.node.parent
    assert isinstance(module, pytest.Module)
    marked = "test_a_test_marked_any_hour_sees_the_community_clock_at_its_hour"
    runs = [item for item in module.collect() if isinstance(item, pytest.Function)]
    hours = [
        cast(int, run.callspec.params["local_hour"]) for run in runs if run.originalname == marked
    ]
    assert sorted(hours) == sorted(ANY_HOURS) == [3, 12]


def test_no_test_builds_a_clock_that_follows_the_wall_clock() -> None:
    tests = Path(__file__).parent
    wall = ("ShiftedClock(", "SystemClock(", "datetime.now(")
    found = [
        f"{path.relative_to(tests)}: {needle}"
        for path in sorted(tests.rglob("*.py"))
        if path.name != "test_any_hour.py"
        for needle in wall
        if needle in path.read_text(encoding="utf-8")
    ]
    assert found == []
