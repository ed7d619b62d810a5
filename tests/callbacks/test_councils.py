"""Council button data: what the bot writes reads back; forged or misshapen data does not."""

from __future__ import annotations

import pytest

from bot.callbacks import councils


def test_each_council_button_reads_back_as_written() -> None:
    assert councils.read(councils.my_qr(7)) == councils.CouncilPress("qr", (7,), None)
    assert councils.read(councils.staff("dc", 1, 2, "p")) == councils.CouncilPress(
        "dc", (1, 2), "p"
    )
    assert councils.read(councils.staff("set")) == councils.CouncilPress("set", (), None)
    assert councils.read(councils.staff("seat", 5, "l")) == councils.CouncilPress("seat", (5,), "l")


@pytest.mark.parametrize(
    "data",
    ["cn:up:1", "cn:up:1:2:3", "cn:dc:1:2:x", "cn:dc:1:2", "cn:zz:1", "cn:seat:a:r", "tp:up:1:2"],
)
def test_misshapen_council_data_reads_as_an_old_button(data: str) -> None:
    assert councils.read(data) is None


def test_digits_no_row_can_have_read_as_not_found() -> None:
    press = councils.read("cn:up:99999999999999999999:0")
    assert press is not None and press.ids == (None, None)
    wide = councils.read("cn:qr:１２")  # full-width digits name no row either
    assert wide is not None and wide.ids == (None,)


def test_an_unknown_staff_action_is_a_bug() -> None:
    with pytest.raises(ValueError):
        councils.staff("nope")
