"""The wish list as an .xlsx spreadsheet for staff (openpyxl), one row per wish."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from bot import i18n
from bot.models.wishes import WishLine

_COLUMNS = (
    "wish-col-number",
    "wish-col-status",
    "wish-col-category",
    "wish-col-text",
    "wish-col-by-when",
    "wish-col-resident",
    "wish-col-building",
    "wish-col-unit",
    "wish-col-phone",
    "wish-col-helper",
    "wish-col-filed",
    "wish-col-fulfilled",
    "wish-col-points",
)
_WIDTHS = (10, 16, 14, 40, 12, 16, 10, 10, 18, 20, 17, 17, 8)


def _when(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value else ""


def wishes_xlsx(lines: list[WishLine], lang: str, zone: ZoneInfo) -> bytes:
    """Return every wish as a spreadsheet, oldest first."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = i18n.t(lang, "wish-xlsx-sheet")[:31]
    sheet.append([i18n.t(lang, key) for key in _COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for line in lines:
        wish = line.wish
        sheet.append(
            [
                wish.number,
                i18n.t(lang, "wish-status", status=wish.status.value),
                i18n.t(lang, "wish-category", category=wish.category),
                wish.text,
                wish.by_when.astimezone(zone).strftime("%Y-%m-%d") if wish.by_when else "",
                line.resident,
                line.building or "",
                line.unit or "",
                line.phone or "",
                line.helper or "",
                _when(wish.created_at, zone),
                _when(wish.fulfilled_at, zone),
                wish.points if wish.points is not None else "",
            ]
        )
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
