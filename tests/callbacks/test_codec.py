"""The shared button-data format: what the bot writes reads back, and forged data reads as None."""

from __future__ import annotations

import pytest

from bot.callbacks.codec import DATA_LIMIT, ID_MAX, pack, read_id, unpack


def test_what_the_bot_packs_reads_back_with_its_action_and_ids() -> None:
    press = unpack(pack("ev", "sign", 42, 3), "ev")
    assert press is not None
    assert (press.action, press.id(0), press.arg(1)) == ("sign", 42, "3")


def test_a_press_of_another_feature_reads_as_none() -> None:
    assert unpack(pack("wd", "ap", 1), "ev") is None


@pytest.mark.parametrize(
    "data", ["", "ev", "ev:", "ev:Sign:1", "ev:open:1:2:3:4:5", "ev:" + "a" * 13 + ":1", "x" * 65]
)
def test_malformed_data_reads_as_none(data: str) -> None:
    assert unpack(data, "ev") is None


@pytest.mark.parametrize(
    "value", ["0", "-1", "+1", " 1", "1_0", "１２", str(ID_MAX + 1), "9" * 40, "", None]
)
def test_an_id_the_bot_never_writes_reads_as_none(value: str | None) -> None:
    assert read_id(value) is None


def test_the_largest_sqlite_integer_is_still_an_id() -> None:
    assert read_id(str(ID_MAX)) == ID_MAX


def test_a_missing_part_reads_as_none_not_an_error() -> None:
    press = unpack("ev:open", "ev")
    assert press is not None
    assert press.id(0) is None
    assert press.arg(2) is None


def test_packing_data_telegram_would_refuse_is_a_bug_caught_at_once() -> None:
    with pytest.raises(ValueError):
        pack("ev", "open", "x" * DATA_LIMIT)
    with pytest.raises(ValueError):
        pack("ev", "open", "a:b")
