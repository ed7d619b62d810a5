"""The report workbook (.xlsx): a sheet per area, headers in the reader's language, times in
the community's zone, and the charts embedded in the summary sheet.

openpyxl's write-only mode writes each row as it comes (storage/stats_rows.py streams them
from SQLite), so a month of a big district never sits in memory as a list.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite
from openpyxl import Workbook
from openpyxl.drawing.image import Image

from bot import i18n
from bot.models.stats import Summary
from bot.services.stats.card import card
from bot.services.stats.charts import category_name
from storage import stats_rows
from storage.stats import Params

Row = tuple[Any, ...]
Shape = Callable[[Row], list[object]]
CHART_WIDTH, CHART_HEIGHT = 720, 450  # pixels on the sheet (the PNGs are 1200 wide)


def _when(value: str | None, zone: ZoneInfo) -> str:
    if not value:
        return ""
    return datetime.fromisoformat(value).astimezone(zone).strftime("%Y-%m-%d %H:%M")


class Report:
    """One workbook being written: its language, the zone for times, and the rows' source."""

    def __init__(self, lang: str, zone: ZoneInfo) -> None:
        self.lang = lang
        self.zone = zone
        self.book = Workbook(write_only=True)

    def t(self, key: str, **args: Any) -> str:
        """Return a catalog text in the report's language."""
        return i18n.t(self.lang, key, **args)

    def summary(self, summary: Summary, scope: str, period: str, charts: Sequence[bytes]) -> None:
        """Write the summary sheet: the card's lines, then the charts one under another."""
        sheet = self.book.create_sheet(self.t("stats-sheet-summary")[:31])
        sheet.column_dimensions["A"].width = 110
        for line in card(summary, self.lang, scope, period).splitlines():
            sheet.append([line])
        for place, png in enumerate(charts):
            image = Image(io.BytesIO(png))
            image.width, image.height = CHART_WIDTH, CHART_HEIGHT
            sheet.add_image(image, f"B{2 + place * 24}")

    async def sheet(
        self, key: str, headers: Sequence[str], rows: AsyncIterator[Row], shape: Shape
    ) -> int:
        """Write one sheet from streamed rows; return how many rows it holds."""
        sheet = self.book.create_sheet(self.t(key)[:31])
        sheet.append([self.t(h) for h in headers])
        count = 0
        async for row in rows:
            sheet.append(shape(row))
            count += 1
        return count

    def bytes(self) -> bytes:
        """Return the finished workbook."""
        buffer = io.BytesIO()
        self.book.save(buffer)
        return buffer.getvalue()


async def write(
    conn: aiosqlite.Connection,
    values: Params,
    summary: Summary,
    labels: tuple[str, str],
    charts: Sequence[bytes],
    lang: str,
    zone: ZoneInfo,
) -> bytes:
    """Return the report of a summary's period and scope as .xlsx bytes."""
    report = Report(lang, zone)
    scope, period = labels
    report.summary(summary, scope, period, charts)
    t, when = report.t, (lambda v: _when(v, zone))
    await report.sheet(
        "stats-sheet-requests",
        _REQUEST_COLUMNS,
        stats_rows.requests(conn, values),
        lambda r: [
            f"R-{r[0]:06d}", category_name(lang, r[1]), t("status-name", status=r[2]), r[3] or "",
            r[4] or "", r[5] or "", r[6] or "", when(r[7]), when(r[8]), when(r[9]), when(r[10]),
            when(r[11]), r[12] or "", r[13] if r[13] is not None else "",
            t("stats-yes") if r[14] else t("stats-no"), r[15] or "", r[16],
        ],
    )  # fmt: skip
    await report.sheet(
        "stats-sheet-notices",
        ("stats-col-number", "stats-col-at", "stats-col-kind", "stats-col-audience",
         "stats-col-title", "stats-col-recipients", "stats-col-delivered", "stats-col-failed",
         "stats-col-replies"),
        stats_rows.notices(conn, values),
        lambda r: [r[0], when(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8]],
    )  # fmt: skip
    await report.sheet(
        "stats-sheet-events",
        ("stats-col-number", "stats-col-title", "stats-col-starts", "stats-col-place",
         "stats-col-capacity", "stats-col-taken", "stats-col-checked-in", "stats-col-waiting"),
        stats_rows.events(conn, values),
        lambda r: [f"E-{r[0]}", r[1], when(r[2]), r[3], r[4] if r[4] is not None else "",
                   r[5], r[6], r[7]],
    )  # fmt: skip
    await report.sheet(
        "stats-sheet-volunteers",
        ("stats-col-volunteer", "stats-col-building", "stats-col-slots", "stats-col-hours",
         "stats-col-no-shows", "stats-col-points"),
        stats_rows.volunteers(conn, values),
        lambda r: [r[0], r[1] or "", r[2], round(r[3], 2), r[4], r[5]],
    )  # fmt: skip
    await report.sheet(
        "stats-sheet-ledger",
        ("stats-col-at", "stats-col-volunteer", "stats-col-kind", "stats-col-points",
         "stats-col-note", "stats-col-balance"),
        stats_rows.ledger(conn, values),
        lambda r: [when(r[0]), r[1], r[2], r[3], r[4] or r[6] or "", r[5]],
    )  # fmt: skip
    await report.sheet(
        "stats-sheet-wishes",
        ("stats-col-number", "stats-col-category", "stats-col-status", "stats-col-building",
         "stats-col-filed-at", "stats-col-fulfilled-at", "stats-col-points"),
        stats_rows.wishes(conn, values),
        lambda r: [f"W-{r[0]}", t("wish-category", category=r[1]), t("wish-status", status=r[2]),
                   r[3] or "", when(r[4]), when(r[5]), r[6] if r[6] is not None else ""],
    )  # fmt: skip
    return report.bytes()


_REQUEST_COLUMNS = (
    "stats-col-number",
    "stats-col-category",
    "stats-col-status",
    "stats-col-resident",
    "stats-col-building",
    "stats-col-unit",
    "stats-col-phone",
    "stats-col-filed-at",
    "stats-col-due-at",
    "stats-col-answered-at",
    "stats-col-resolved-at",
    "stats-col-closed-at",
    "stats-col-owner",
    "stats-col-rating",
    "stats-col-escalated",
    "stats-col-referral",
    "stats-col-description",
)
