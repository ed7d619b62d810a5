"""Statistics buttons: what the bot writes reads back; forged days, scopes and places do not."""

from __future__ import annotations

from datetime import date

import pytest

from bot.callbacks import stats as callbacks

MARCH = (date(2027, 3, 1), date(2027, 3, 31))


def test_a_scope_press_reads_back_with_its_days_and_place() -> None:
    press = callbacks.read(callbacks.scope(*MARCH, "b", 3))
    assert press is not None
    assert (press.action, press.kind, press.first, press.last, press.place) == (
        "sc", "b", *MARCH, 3,
    )  # fmt: skip
    whole = callbacks.read(callbacks.export(*MARCH, "a"))
    assert whole is not None and (whole.action, whole.place) == ("xl", 0)
    named = callbacks.read(callbacks.period("lm"))
    assert named is not None and named.kind == "lm"


@pytest.mark.parametrize(
    "data",
    [
        "st:p:xx",
        "st:p:tm:1",
        "st:sc:20270231:20270331:a:0",  # 31 February
        "st:sc:2027031:20270331:a:0",
        "st:sc:20270301:20270331:z:0",
        "st:sc:20270301:20270331:a:5",  # the whole community has no place
        "st:sc:20270301:20270331:b:0",  # a building needs one
        "st:sc:20270301:20270331:b:-1",
        "st:sc:20270301:20270331:b:99999999999999999999",
        "st:sc:20270301:20270331:b",
        "st:xx:20270301:20270331:a:0",
        "ws:sc:20270301:20270331:a:0",
    ],
)
def test_forged_statistics_data_reads_as_none(data: str) -> None:
    assert callbacks.read(data) is None
