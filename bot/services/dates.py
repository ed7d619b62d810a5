"""Read a time typed naturally, in English or Chinese, in the community's time zone.

dateparser reads English well ("tomorrow 3pm", "June 1 14:00", "next Saturday 9am") but not
the way Chinese speakers usually write times ("明天下午3点", "下周六上午九点半", "6月1日"), so
those words are first rewritten into dates and 24-hour times it does read. With a time and no
date, the nearest such time after `base` is meant (dateparser alone would skip to tomorrow).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import dateparser

from bot.languages import ALL as ALL_LANGUAGES

# Traditional characters of the date words, read as their Simplified forms (後天 = 后天).
_SIMPLIFIED = str.maketrans("後這週禮兩時鐘號個點淩", "后这周礼两时钟号个点凌")


def simplified(text: str) -> str:
    """Return the text with the date words' Traditional characters in Simplified form."""
    return text.translate(_SIMPLIFIED)


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9零〇一二两三四五六七八九十]{1,3}"
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAYS |= {str(n): n - 1 for n in range(1, 8)}
_DAYS = {"大后天": 3, "后天": 2, "明天": 1, "明日": 1, "今天": 0, "今日": 0}
_AFTERNOON = ("下午", "傍晚", "晚上", "夜里", "晚")

_DATE = re.compile(rf"(?:(\d{{4}})\s*年)?\s*({_NUM})\s*月\s*({_NUM})\s*[日号]?")
_WEEK = re.compile(r"(下下|下|本|这个|这)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])")
_PERIOD = r"(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜里|晚)?"
_CLOCK = re.compile(rf"{_PERIOD}\s*({_NUM})\s*[点點时](?:\s*(半|一刻|三刻|({_NUM})\s*分?))?(?:钟)?")
_COLON = re.compile(rf"{_PERIOD}\s*(\d{{1,2}})[:：](\d{{2}})")


def zh_number(text: str) -> int:
    """Return the value of a number in digits or Chinese numerals up to 99 (二十三 -> 23)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _DIGITS.get(char, 0)
    return value


def _hour(period: str | None, hour: int) -> int:
    if period in _AFTERNOON and hour < 12:
        return hour + 12
    if period == "中午" and hour < 11:
        return hour + 12
    if period == "凌晨" and hour == 12:
        return 0
    return hour


def _clock(match: re.Match[str]) -> str:
    period, hour, part, minutes = match.group(1), zh_number(match.group(2)), match.group(3), 0
    if part == "半":
        minutes = 30
    elif part == "一刻":
        minutes = 15
    elif part == "三刻":
        minutes = 45
    elif match.group(4):
        minutes = zh_number(match.group(4))
    return f" {_hour(period, hour):02d}:{minutes:02d} "


def _colon(match: re.Match[str]) -> str:
    hour = _hour(match.group(1), int(match.group(2)))
    return f" {hour:02d}:{match.group(3)} "


def _month_day(match: re.Match[str], today: date) -> str:
    month, day = zh_number(match.group(2)), zh_number(match.group(3))
    year = int(match.group(1)) if match.group(1) else today.year
    if not match.group(1) and (month, day) < (today.month, today.day):
        year += 1
    return f" {year:04d}-{month:02d}-{day:02d} "


def _weekday(match: re.Match[str], today: date) -> str:
    prefix, wanted = match.group(1), _WEEKDAYS[match.group(2)]
    monday = today - timedelta(days=today.weekday())
    if prefix in ("本", "这", "这个"):
        day = monday + timedelta(days=wanted)
    elif prefix in ("下", "下下"):
        day = monday + timedelta(days=wanted + (7 if prefix == "下" else 14))
    else:
        day = today + timedelta(days=(wanted - today.weekday()) % 7)
    return f" {day.isoformat()} "


def normalise_chinese(text: str, today: date) -> str:
    """Rewrite Chinese dates and clock times into ISO dates and 24-hour times."""
    text = _DATE.sub(lambda m: _month_day(m, today), text)
    for word, days in _DAYS.items():
        text = text.replace(word, f" {(today + timedelta(days=days)).isoformat()} ")
    text = _WEEK.sub(lambda m: _weekday(m, today), text)
    text = _COLON.sub(_colon, text)
    text = _CLOCK.sub(_clock, text)
    text = re.sub(r"(?<=\d)\s*[的]\s*|\s*[，,]\s*", " ", text)
    return " ".join(text.split())


def read_time(text: str, zone: ZoneInfo, base: datetime) -> datetime | None:
    """Return the time meant by `text` (after `base` when it can be), in UTC; None if unread."""
    local_base = base.astimezone(zone)
    cleaned = normalise_chinese(simplified(text.strip()), local_base.date())
    if not cleaned:
        return None
    found = []
    for prefer in ("current_period", "future"):
        parsed = dateparser.parse(
            cleaned,
            languages=[language.date_parser for language in ALL_LANGUAGES],
            settings={
                "TIMEZONE": str(zone),
                "RETURN_AS_TIMEZONE_AWARE": True,
                "PREFER_DATES_FROM": prefer,
                "RELATIVE_BASE": local_base.replace(tzinfo=None),
            },
        )
        if parsed is not None:
            found.append(parsed.astimezone(UTC))
    if not found:
        return None
    ahead = [when for when in found if when > base]
    return min(ahead) if ahead else found[-1]
