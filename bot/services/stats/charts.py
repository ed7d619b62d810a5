"""Charts as PNG images (matplotlib, Agg backend): requests by category, the weekly trend of
filed against resolved, and the per-building table, readable on a phone.

Why a named font file: on a fresh machine matplotlib's own font (DejaVu Sans) has no Chinese
glyphs and draws empty boxes. Debian's fonts-noto-cjk gives Noto Sans CJK; it is looked up
once by file through font_manager and handed to every text on the chart, so what renders
does not depend on matplotlib's font cache or family guessing. Without it, charts still
render (English reads fine) and one log line says what to install.

Each chart is its own Figure on its own Agg canvas (no pyplot, no display, no global state), so charts
can be drawn in a worker thread while the bot goes on.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from bot import i18n
from bot.models.stats import BuildingLine, RequestStats

log = logging.getLogger(__name__)

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK")
CJK_FILES = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJK-Regular.otf")
SIZE = (8.0, 5.0)  # inches: 1200 x 750 pixels at DPI, wide and sharp on a phone
DPI = 150
FILED, RESOLVED = "#3b6fb6", "#3aa56b"


@cache
def cjk_font_file() -> Path | None:
    """Return the Noto Sans CJK font file, or None (logged once) when it is not installed."""
    for entry in font_manager.fontManager.ttflist:
        if entry.name in CJK_FAMILIES and "Sans" in Path(entry.fname).name:
            return Path(entry.fname)
    for found in font_manager.findSystemFonts():
        if Path(found).name in CJK_FILES:
            return Path(found)
    log.warning(
        "no Noto Sans CJK font found: Chinese in charts will show as boxes"
        " (install Debian's fonts-noto-cjk)"
    )
    return None


def font(size: float) -> FontProperties:
    """Return the charts' font at a size: Noto Sans CJK if installed, else matplotlib's own."""
    path = cjk_font_file()
    if path is None:
        return FontProperties(size=size)
    return FontProperties(fname=str(path), size=size)


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _figure(title: str) -> Figure:
    figure = Figure(figsize=SIZE, layout="constrained")
    figure.suptitle(title, fontproperties=font(17))
    return figure


def _label_ticks(axes: object) -> None:
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:  # type: ignore[attr-defined]
        label.set_fontproperties(font(12))


def _nothing(figure: Figure, lang: str) -> None:
    axes = figure.add_subplot()
    axes.axis("off")
    axes.text(
        0.5,
        0.5,
        i18n.t(lang, "stats-chart-empty"),
        ha="center",
        va="center",
        fontproperties=font(15),
    )


def category_name(lang: str, code: str) -> str:
    """Return a category as charts and the report name it (no emoji: fonts lack them)."""
    return i18n.t(lang, "stats-category", category=code)


def by_category(stats: RequestStats, lang: str, subtitle: str) -> bytes:
    """Return a bar chart of requests filed and resolved in each category."""
    figure = _figure(i18n.t(lang, "stats-chart-categories", period=subtitle))
    lines = sorted(stats.categories, key=lambda c: c.filed)
    if not lines:
        _nothing(figure, lang)
        return _png(figure)
    axes = figure.add_subplot()
    names = [category_name(lang, c.category) for c in lines]
    places = list(range(len(lines)))
    axes.barh([p + 0.2 for p in places], [c.filed for c in lines], 0.4, color=FILED,
              label=i18n.t(lang, "stats-chart-filed"))  # fmt: skip
    axes.barh([p - 0.2 for p in places], [c.resolved for c in lines], 0.4, color=RESOLVED,
              label=i18n.t(lang, "stats-chart-resolved"))  # fmt: skip
    axes.set_yticks(places, names)
    for place, line in zip(places, lines, strict=True):
        axes.text(line.filed, place + 0.2, f" {line.filed}", va="center", fontproperties=font(11))
    axes.legend(prop=font(12), loc="lower right")
    axes.spines[["top", "right"]].set_visible(False)
    _label_ticks(axes)
    return _png(figure)


def weekly(stats: RequestStats, lang: str, subtitle: str, zone: ZoneInfo) -> bytes:
    """Return a line chart of requests filed and resolved in each week."""
    figure = _figure(i18n.t(lang, "stats-chart-weekly", period=subtitle))
    if not stats.weeks:
        _nothing(figure, lang)
        return _png(figure)
    axes = figure.add_subplot()
    days = [_day(w.start, zone) for w in stats.weeks]
    axes.plot(days, [w.filed for w in stats.weeks], marker="o", color=FILED, linewidth=2.5,
              label=i18n.t(lang, "stats-chart-filed"))  # fmt: skip
    axes.plot(days, [w.resolved for w in stats.weeks], marker="s", color=RESOLVED, linewidth=2.5,
              label=i18n.t(lang, "stats-chart-resolved"))  # fmt: skip
    step = max(1, len(days) // 8)
    axes.set_xticks(range(0, len(days), step), days[::step])
    axes.set_ylim(bottom=0)
    axes.set_xlabel(i18n.t(lang, "stats-chart-week-of"), fontproperties=font(12))
    axes.grid(axis="y", alpha=0.3)
    axes.legend(prop=font(12), loc="upper left")
    axes.spines[["top", "right"]].set_visible(False)
    _label_ticks(axes)
    return _png(figure)


def _day(when: datetime, zone: ZoneInfo) -> str:
    return when.astimezone(zone).strftime("%m-%d")


def buildings(lines: list[BuildingLine], lang: str, subtitle: str) -> bytes:
    """Return the per-building table (requests per 100 households, open, overdue) as an image."""
    figure = _figure(i18n.t(lang, "stats-chart-buildings", period=subtitle))
    if not lines:
        _nothing(figure, lang)
        return _png(figure)
    shown = lines[:25]  # a phone screen's worth; the report holds every building
    figure.set_size_inches(SIZE[0], max(3.0, 1.2 + 0.38 * (len(shown) + 1)))
    axes = figure.add_subplot()
    axes.axis("off")
    header = [
        i18n.t(lang, key)
        for key in (
            "stats-col-building",
            "stats-col-households",
            "stats-col-filed",
            "stats-col-per-100",
            "stats-col-open",
            "stats-col-overdue",
        )
    ]
    cells = [
        [
            b.building,
            str(b.households),
            str(b.filed),
            "—" if b.per_100 is None else f"{b.per_100:.1f}",
            str(b.open),
            str(b.overdue),
        ]
        for b in shown
    ]
    table = axes.table(cellText=cells, colLabels=header, loc="center", cellLoc="center")
    table.auto_set_font_size(False)
    table.scale(1, 1.6)
    for (row, _), cell in table.get_celld().items():
        cell.get_text().set_fontproperties(font(12))
        if row == 0:
            cell.set_facecolor("#e8eef7")
        elif shown[row - 1].overdue > 0:  # where residents wait past the target
            cell.set_facecolor("#fde2e1")
    return _png(figure)
