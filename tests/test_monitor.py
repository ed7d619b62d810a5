"""The one rule of /healthz: stuck when the tick stops, or the outbox waits and nothing gets through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.monitor import STALE_OUTBOX, Health, verdict

NOW = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)


def _health(
    tick_age: float = 1.0, oldest: float | None = None, last_ok: float | None = 1.0
) -> Health:
    return Health(
        now=NOW,
        last_tick=NOW - timedelta(seconds=tick_age),
        tick_age=tick_age,
        backlog=0 if oldest is None else 3,
        oldest_due=None if oldest is None else NOW - timedelta(seconds=oldest),
        last_telegram_ok=None if last_ok is None else NOW - timedelta(seconds=last_ok),
    )


def test_a_recent_tick_and_an_empty_outbox_are_healthy() -> None:
    assert verdict(_health(), tick_seconds=30) == []


def test_a_tick_three_intervals_late_is_stuck_and_two_is_not() -> None:
    assert verdict(_health(tick_age=60), tick_seconds=30) == []
    assert verdict(_health(tick_age=91), tick_seconds=30) != []


def test_a_short_test_interval_does_not_flap_on_a_busy_machine() -> None:
    assert verdict(_health(tick_age=2), tick_seconds=0.2) == []


def test_an_old_due_message_is_stuck_only_when_no_telegram_call_succeeded_meanwhile() -> None:
    old = STALE_OUTBOX + 60
    assert verdict(_health(oldest=old, last_ok=5), tick_seconds=30) == []  # a long broadcast
    assert verdict(_health(oldest=old, last_ok=old), tick_seconds=30) != []
    assert verdict(_health(oldest=old, last_ok=None), tick_seconds=30) != []
    assert verdict(_health(oldest=60, last_ok=None), tick_seconds=30) == []
