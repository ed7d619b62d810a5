"""Traditional Chinese: its catalogs are exactly what scripts/zh_hant.py writes from the
Simplified ones, Telegram's zh-TW/zh-HK/zh-Hant users get it, and its date words are read."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot import i18n
from bot.languages import from_telegram
from bot.services.dates import read_time
from bot.services.recurrence import read_repeat
from scripts import zh_hant

ZONE = ZoneInfo("Asia/Shanghai")
WEDNESDAY = datetime(2026, 12, 9, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def test_the_traditional_catalogs_are_up_to_date_with_the_simplified_ones() -> None:
    assert zh_hant.main(["--check"]) == 0


@pytest.mark.parametrize(
    ("code", "ours"),
    [("zh-TW", "zh-hant"), ("zh-hk", "zh-hant"), ("zh-Hant", "zh-hant"), ("zh-mo", "zh-hant"),
     ("zh", "zh-hans"), ("zh-CN", "zh-hans"), ("zh-hans", "zh-hans"), ("en-GB", "en")],
)  # fmt: skip
def test_telegram_language_codes_pick_the_longest_matching_language(code: str, ours: str) -> None:
    assert from_telegram(code) == ours


def test_a_traditional_text_reads_in_traditional_characters() -> None:
    text = i18n.t("zh-hant", "language-choose")
    assert text != i18n.t("zh-hans", "language-choose")
    assert "語言" in text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("後天下午兩點", "2026-12-11 14:00"), ("這週五上午9點", "2026-12-11 09:00"),
     ("下週三下午3點半", "2026-12-16 15:30"), ("12月20號晚上7點", "2026-12-20 19:00")],
)  # fmt: skip
def test_traditional_date_words_are_read_like_simplified_ones(typed: str, expected: str) -> None:
    found = read_time(typed, ZONE, WEDNESDAY)
    assert found is not None and found.astimezone(ZONE).strftime("%Y-%m-%d %H:%M") == expected


def test_a_traditional_monthly_rule_is_read() -> None:
    rule = read_repeat("每月第一個週五晚上7點", ZONE, WEDNESDAY)
    assert rule is not None and (rule.freq, rule.weekday, rule.hour) == ("monthly", 4, 19)
