"""The statistics service: who may read figures, periods on the community's calendar, and
charts that really draw Chinese glyphs."""

from __future__ import annotations

import io
import warnings
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from bot.clock import PinnedClock
from bot.config import Settings
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.models.requests import NewRequest
from bot.models.stats import Scope, ScopeKind
from bot.services import Services
from bot.services.stats import charts, periods
from tests.conftest import ADMIN_TG, add_resident, add_staff

RESIDENT, STAFF = 501, 601


@pytest.fixture
async def filled(services: Services) -> Services:
    await add_resident(services, RESIDENT, building="2")
    await add_staff(services, STAFF, "Zhou Min")
    for key, category in (("a", "repairs"), ("b", "repairs"), ("c", "security")):
        await services.requests.file(
            RESIDENT, new=NewRequest(category=category, description="水管漏水"), source_key=key
        )
    return services


async def test_staff_see_this_months_requests_filed_through_the_bot(filled: Services) -> None:
    summary = await filled.stats.summary(STAFF, filled.stats.named(periods.THIS_MONTH), Scope())
    assert summary.requests.filed == 3
    assert {c.category: c.filed for c in summary.requests.categories} == {
        "repairs": 2,
        "security": 1,
    }
    assert summary.residents.registered == 1
    assert [b.building for b in summary.requests.buildings] == ["1", "2", "3"]
    assert [b.filed for b in summary.requests.buildings] == [0, 3, 0]


async def test_a_building_scope_and_an_unknown_building(filled: Services) -> None:
    month = filled.stats.named(periods.THIS_MONTH)
    one = await filled.stats.summary(STAFF, month, Scope(ScopeKind.BUILDING, "1"))
    assert one.requests.filed == 0
    with pytest.raises(NotFound):
        await filled.stats.summary(STAFF, month, Scope(ScopeKind.BUILDING, "99"))


async def test_residents_are_refused_the_figures(filled: Services) -> None:
    with pytest.raises(NotAllowed):
        await filled.stats.summary(RESIDENT, filled.stats.named(periods.THIS_MONTH), Scope())


async def test_typed_dates_are_read_and_bad_ones_refused(filled: Services) -> None:
    period = filled.stats.typed("2027-01-01 2027-03-31")
    zone = filled.env.settings.zone
    assert period.start == datetime(2027, 1, 1, tzinfo=zone)
    assert period.end == datetime(2027, 4, 1, tzinfo=zone)
    for bad in ("2027-03-31 2027-01-01", "whenever", "2020-01-01 2027-01-01", "2027-01-01"):
        with pytest.raises(InvalidInput):
            filled.stats.typed(bad)


def test_last_month_in_shanghai_starts_at_local_midnight_of_its_first_day() -> None:
    zone = Settings(LINLI_TZ="Asia/Shanghai").zone
    # 00:30 on 1 April in Shanghai is still 31 March in UTC: "last month" is March.
    now = datetime(2027, 3, 31, 16, 30, tzinfo=UTC)
    last = periods.named(periods.LAST_MONTH, now, zone)
    assert last.start == datetime(2027, 3, 1, tzinfo=zone)
    assert last.end == datetime(2027, 4, 1, tzinfo=zone)
    assert periods.named(periods.THIS_MONTH, now, zone).start == datetime(2027, 4, 1, tzinfo=zone)
    assert periods.first_of_next_month(now, zone) == datetime(2027, 5, 1, tzinfo=zone)
    year = periods.named(periods.THIS_YEAR, now, zone)
    assert year.start == datetime(2027, 1, 1, tzinfo=zone) and len(year.weeks) == 53
    assert periods.month_from_key(periods.month_key(date(2027, 12, 9))) == date(2027, 12, 1)


def test_the_chart_font_is_noto_sans_cjk() -> None:
    found = charts.cjk_font_file()
    assert found is not None, "install Debian's fonts-noto-cjk"
    assert "CJK" in found.name and "Sans" in found.name


async def test_chinese_charts_draw_every_glyph_and_are_phone_sized_pngs(filled: Services) -> None:
    summary = await filled.stats.summary(STAFF, filled.stats.named(periods.THIS_MONTH), Scope())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        drawn = filled.stats.draw(summary, "zh-hans")
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert missing == []
    assert [c.name for c in drawn] == ["categories.png", "weekly.png", "buildings.png"]
    for chart in drawn:
        assert chart.png.startswith(b"\x89PNG")
        assert 10_000 < len(chart.png) < 1_000_000
        width, height = Image.open(io.BytesIO(chart.png)).size
        assert width == 1200 and 400 <= height <= 2000


def test_the_glyph_check_catches_a_font_without_chinese() -> None:
    """The check above can fail: matplotlib's own font has no Chinese and says so."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure()
    FigureCanvasAgg(figure)
    figure.suptitle("各类诉求", family="DejaVu Sans")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(io.BytesIO(), format="png")
    assert any("missing from font" in str(w.message) for w in caught)


async def test_an_empty_period_still_draws_its_charts(services: Services) -> None:
    empty = services.stats.between(date(2020, 1, 1), date(2020, 1, 31))
    summary = await services.stats.summary(ADMIN_TG, empty, Scope())
    assert summary.requests.filed == 0
    drawn = services.stats.draw(summary, "en")
    assert all(c.png.startswith(b"\x89PNG") for c in drawn)


def test_a_pinned_clock_is_what_named_periods_read() -> None:
    clock = PinnedClock(datetime(2027, 12, 31, 23, 0, tzinfo=UTC))
    period = periods.named(periods.THIS_MONTH, clock.now(), Settings().zone)
    assert period.start == datetime(2027, 12, 1, tzinfo=UTC)
