"""The outcome list of a council as an .xlsx for the committee's records (openpyxl, as the
events' sign-up list): agenda, decisions, follow-up actions, owners and where each stands."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from bot import i18n
from bot.models.councils import Council, Outcome

_COLUMNS = (
    "council-xlsx-position",
    "council-xlsx-topic",
    "council-xlsx-text",
    "council-xlsx-supporters",
    "council-xlsx-decision",
    "council-xlsx-said",
    "council-xlsx-request",
    "council-xlsx-owner",
    "council-xlsx-status",
    "council-xlsx-due",
)
_WIDTHS = (5, 11, 40, 10, 18, 40, 11, 18, 22, 17)


def outcomes_xlsx(council: Council, outcomes: list[Outcome], lang: str, zone: ZoneInfo) -> bytes:
    """Return the outcome list: one row per topic, and one more per further follow-up action."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = i18n.t(lang, "council-xlsx-sheet")[:31]
    start = council.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    sheet.append([i18n.t(lang, "council-xlsx-title", when=start, place=council.place)])
    sheet.append([])
    sheet.append([i18n.t(lang, key) for key in _COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for number, outcome in enumerate(outcomes, start=1):
        item = outcome.item
        head: list[object] = [
            number,
            item.topic.number,
            item.topic.text,
            item.supporters,
            i18n.t(lang, "council-decision", decision=item.decision or "none"),
            item.decision_text or "",
        ]
        if not outcome.actions:
            sheet.append([*head, "", "", "", ""])
        for at, line in enumerate(outcome.actions):
            sheet.append(
                [
                    *(head if at == 0 else [""] * len(head)),
                    line.what,
                    line.owner,
                    _status(lang, line.status),
                    line.action.due_at.astimezone(zone).strftime("%Y-%m-%d"),
                ]
            )
    for column, width in zip("ABCDEFGHIJ", _WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _status(lang: str, status: str) -> str:
    if status.startswith("task_"):
        return i18n.t(lang, "council-task-status", status=status)
    return i18n.t(lang, "status-name", status=status)
