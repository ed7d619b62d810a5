"""Times typed naturally, in English or Chinese, read in the community's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.services.dates import read_time, zh_number

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Tuesday 20 May 2025, 10:00 in Shanghai.
NOW = datetime(2025, 5, 20, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("明天下午3点", "2025-05-21 15:00"),
        ("明天下午三点半", "2025-05-21 15:30"),
        ("后天上午九点一刻", "2025-05-22 09:15"),
        ("下周六上午9点", "2025-05-31 09:00"),
        ("本周五 14:00", "2025-05-23 14:00"),
        ("星期六晚上7点", "2025-05-24 19:00"),
        ("6月1日下午2点", "2025-06-01 14:00"),
        ("2025年6月1日 14:00", "2025-06-01 14:00"),
        ("十二月二十五日晚上八点", "2025-12-25 20:00"),
        ("下午5点", "2025-05-20 17:00"),
        ("tomorrow 3pm", "2025-05-21 15:00"),
        ("June 1 14:00", "2025-06-01 14:00"),
        ("next Saturday 9am", "2025-05-24 09:00"),
        ("17:00", "2025-05-20 17:00"),
    ],
)
def test_a_typed_time_is_read_in_the_community_zone(typed: str, meant: str) -> None:
    found = read_time(typed, SHANGHAI, NOW)
    assert found is not None and found.tzinfo is not None
    assert found.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == meant


def test_a_time_alone_means_the_next_such_time_after_the_base() -> None:
    start = datetime(2025, 5, 21, 7, 0, tzinfo=UTC)  # 15:00 in Shanghai
    for typed in ("17:00", "下午5点", "5pm"):
        found = read_time(typed, SHANGHAI, start)
        assert found is not None
        assert found.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == "2025-05-21 17:00"


def test_words_that_are_no_time_are_not_read() -> None:
    assert read_time("soon-ish maybe", SHANGHAI, NOW) is None
    assert read_time("   ", SHANGHAI, NOW) is None


def test_chinese_numerals_are_counted() -> None:
    assert [zh_number(t) for t in ("三", "十", "十二", "二十", "二十五", "12")] == [
        3,
        10,
        12,
        20,
        25,
        12,
    ]
