"""The one parser of ids read from deep links, callback data and commands."""

from __future__ import annotations

import pytest

from bot.callbacks.codec import ID_MAX, read_id
from bot.errors import NotFound
from handlers.common import id_or_not_found


def test_the_largest_id_is_the_largest_integer_sqlite_can_hold() -> None:
    assert ID_MAX == 9_223_372_036_854_775_807


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", 1), ("42", 42), ("007", 7), (str(2**63 - 1), 2**63 - 1)],
)
def test_an_id_of_ascii_digits_within_sqlites_range_is_read(text: str, expected: int) -> None:
    assert read_id(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0",
        "-1",
        "-0",
        "+5",
        " 5",
        "5 ",
        "1_000",
        "12a",
        "abc",
        "",
        "1.0",
        "１２",  # full-width digits: int() reads them, the bot never writes them
        "٣",  # an Arabic-Indic three
        str(2**63),
        "999999999999999999999",
        "0" * 30 + "1",
        "9" * 5000,  # int() would refuse it loudly (int_max_str_digits)
    ],
)
def test_anything_else_is_not_an_id(text: str) -> None:
    assert read_id(text) is None


def test_nothing_at_all_is_not_an_id() -> None:
    assert read_id(None) is None


def test_a_bad_id_raises_not_found_with_the_features_own_text() -> None:
    with pytest.raises(NotFound) as caught:
        id_or_not_found(str(2**63), "error-event-not-found")
    assert caught.value.key == "error-event-not-found"
    with pytest.raises(NotFound) as default:
        id_or_not_found("x")
    assert default.value.key == "error-not-found"


def test_zero_passes_only_where_a_button_uses_it_to_name_nothing() -> None:
    assert id_or_not_found("0", zero=True) == 0
    assert id_or_not_found("12", zero=True) == 12
    with pytest.raises(NotFound):
        id_or_not_found("0")
    with pytest.raises(NotFound):
        id_or_not_found("-0", zero=True)
