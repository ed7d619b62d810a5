"""Files about events: the .ics for calendars, QR codes as PNG, the sign-up list as .xlsx.

Made with well-kept libraries (icalendar, segno, openpyxl); each function returns bytes that
a handler sends as a document or a photo.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import segno
from icalendar import Alarm, Calendar
from icalendar import Event as CalendarEvent
from openpyxl import Workbook
from openpyxl.styles import Font

from bot import i18n
from bot.models.events import Event, Roster, RosterLine

PRODUCT = "-//Linli//Community events//EN"


def deep_link(bot_username: str, payload: str) -> str:
    """Return the t.me link that opens the bot with `/start <payload>`."""
    return f"https://t.me/{bot_username}?start={payload}"


def qr_png(link: str) -> bytes:
    """Return a QR code of the link as a PNG, large enough to print on a poster."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=10, border=4)
    return buffer.getvalue()


def ics(event: Event, lang: str, stamp: datetime | None = None) -> bytes:
    """Return the event as an iCalendar file with an alarm two hours before."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    entry = CalendarEvent()
    entry.add("uid", f"linli-event-{event.id}@linli")
    entry.add("dtstamp", stamp or event.created_at)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    entry.add("location", event.place)
    if event.description:
        entry.add("description", event.description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", i18n.t(lang, "event-ics-alarm", title=event.title))
    alarm.add("trigger", timedelta(hours=-2))
    entry.add_component(alarm)
    calendar.add_component(entry)
    return calendar.to_ical()


_COLUMNS = (
    "xlsx-col-number",
    "xlsx-col-status",
    "xlsx-col-name",
    "xlsx-col-building",
    "xlsx-col-unit",
    "xlsx-col-phone",
    "xlsx-col-places",
    "xlsx-col-code",
    "xlsx-col-signed-up",
    "xlsx-col-checked-in",
)


def roster_xlsx(roster: Roster, lang: str, zone: ZoneInfo) -> bytes:
    """Return the sign-up list as a spreadsheet: coming first, then offered, then waiting."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = i18n.t(lang, "xlsx-sheet")[:31]
    sheet.append([roster.event.title])
    sheet.append([])
    sheet.append([i18n.t(lang, key) for key in _COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    number = 0
    for lines in (roster.confirmed, roster.offered, roster.waiting):
        for line in lines:
            number += 1
            sheet.append(_row(number, line, lang, zone))
    for column, width in zip("ABCDEFGHIJ", (5, 14, 20, 10, 10, 18, 8, 10, 18, 18), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _row(number: int, line: RosterLine, lang: str, zone: ZoneInfo) -> list[object]:
    signup = line.signup
    checked = (
        signup.checked_in_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if signup.checked_in_at
        else ""
    )
    return [
        number,
        i18n.t(lang, "event-signup-status", status=signup.status.value),
        line.name,
        line.building or "",
        line.unit or "",
        line.phone or "",
        signup.places,
        signup.code or "",
        signup.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        checked,
    ]
