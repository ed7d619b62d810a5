"""Recurring times ("the first Friday of every month at 9:00", "每月第一个周五上午9点") and
quiet hours, read and computed in the community's time zone.

The rule words are read here; the time of day that remains is read by dates.read_time, so
"at 9am", "9:00" and "上午9点" all work as they do for one-off dates.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.models.notices import Repeat
from bot.services.dates import read_time, simplified, zh_number

_EN_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_EN_NTH |= {"fourth": 4, "4th": 4, "last": -1}
_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_DAYS |= {str(n): n - 1 for n in range(1, 8)}
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_ZH_WEEK = r"(?:周|星期|礼拜)([一二三四五六日天1-7])"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("en-nth", re.compile(rf"\b({'|'.join(_EN_NTH)})\s+{_DAY}\s+(?:of\s+)?(?:every|each|the)\s+month\b", re.I)),
    ("en-date", re.compile(r"\b(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:every|each)\s+month\b", re.I)),
    ("en-weekly", re.compile(rf"\b(?:every|each)\s+{_DAY}\b", re.I)),
    ("en-daily", re.compile(r"\b(?:every\s+day|each\s+day|daily)\b", re.I)),
    ("zh-nth", re.compile(rf"每个?月的?第([一二三四1-4])个?{_ZH_WEEK}")),
    ("zh-last", re.compile(rf"每个?月的?最后一个?{_ZH_WEEK}")),
    ("zh-date", re.compile(r"每个?月的?([0-9一二三四五六七八九十]{1,3})\s*[日号]")),
    ("zh-weekly", re.compile(rf"每个?{_ZH_WEEK}")),
    ("zh-daily", re.compile(r"每天|每日")),
]  # fmt: skip
LOOKAHEAD_DAYS = 400


def _rule(name: str, match: re.Match[str]) -> dict[str, object]:
    if name == "en-nth":
        return {
            "freq": "monthly",
            "nth": _EN_NTH[match[1].lower()],
            "weekday": _EN_DAYS[match[2][:3].lower()],
        }
    if name == "en-date":
        return {"freq": "monthly", "day": int(match[1])}
    if name == "en-weekly":
        return {"freq": "weekly", "weekday": _EN_DAYS[match[1][:3].lower()]}
    if name == "zh-nth":
        return {"freq": "monthly", "nth": zh_number(match[1]), "weekday": _ZH_DAYS[match[2]]}
    if name == "zh-last":
        return {"freq": "monthly", "nth": -1, "weekday": _ZH_DAYS[match[1]]}
    if name == "zh-date":
        return {"freq": "monthly", "day": zh_number(match[1])}
    if name == "zh-weekly":
        return {"freq": "weekly", "weekday": _ZH_DAYS[match[1]]}
    return {"freq": "daily"}  # fmt: skip


def read_repeat(text: str, zone: ZoneInfo, base: datetime) -> Repeat | None:
    """Return the rule a text describes, or None when it names no repetition (or no time)."""
    text = simplified(text)
    for name, pattern in _RULES:
        match = pattern.search(text)
        if match is None:
            continue
        rule = _rule(name, match)
        day = rule.get("day")
        if isinstance(day, int) and not 1 <= day <= 31:
            return None
        rest = (text[: match.start()] + " " + text[match.end() :]).strip()
        rest = re.sub(r"^\s*(?:at|on|,|的)\s*|\s*(?:at|on)\s*$", "", rest, flags=re.I).strip()
        clock = _time_of_day(rest, zone, base)
        if clock is None:
            return None
        return Repeat.model_validate({**rule, "hour": clock.hour, "minute": clock.minute})
    return None


def _time_of_day(text: str, zone: ZoneInfo, base: datetime) -> time | None:
    if not text:
        return time(9, 0)
    found = read_time(text, zone, base)
    return None if found is None else found.astimezone(zone).time()


def _matches(rule: Repeat, day: datetime) -> bool:
    if rule.freq == "daily":
        return True
    if rule.freq == "weekly":
        return day.weekday() == rule.weekday
    if rule.day is not None:
        return day.day == rule.day
    if day.weekday() != rule.weekday:
        return False
    if rule.nth == -1:
        return (day + timedelta(days=7)).month != day.month
    return (day.day - 1) // 7 + 1 == rule.nth


def next_time(rule: Repeat, zone: ZoneInfo, after: datetime) -> datetime | None:
    """Return the first time of the rule strictly after `after` (UTC), or None within a year."""
    start = after.astimezone(zone).date()
    for offset in range(LOOKAHEAD_DAYS):
        day = start + timedelta(days=offset)
        local = datetime(day.year, day.month, day.day, rule.hour, rule.minute, tzinfo=zone)
        if local.astimezone(UTC) > after and _matches(rule, local):
            return local.astimezone(UTC)
    return None


def read_quiet_hours(text: str) -> tuple[time, time] | None:
    """Return (start, end) from "22:00-07:00" (or "22-7", "22：00～7：00"), or None."""
    cleaned = text.replace("：", ":").replace("～", "-").replace("~", "-").replace("–", "-")
    match = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2}))?\s*-\s*(\d{1,2})(?::(\d{2}))?\s*", cleaned)
    if match is None:
        return None
    values = [int(match[1]), int(match[2] or 0), int(match[3]), int(match[4] or 0)]
    if values[0] > 23 or values[2] > 23 or values[1] > 59 or values[3] > 59:
        return None
    return time(values[0], values[1]), time(values[2], values[3])


def quiet_until(now: datetime, zone: ZoneInfo, start: time, end: time) -> datetime | None:
    """Return when quiet hours end if `now` falls in them (UTC), else None."""
    if start == end:
        return None
    local = now.astimezone(zone)
    clock = local.time()
    inside = start <= clock or clock < end if start > end else start <= clock < end
    if not inside:
        return None
    day = local.date() if clock < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=zone).astimezone(UTC)
