"""The demo's statistics: this month's card and charts have something to show."""

from __future__ import annotations

from bot.models.stats import Scope
from bot.services.stats import periods
from sandbox.web import cast
from sandbox.web.runner import Sandbox


async def test_the_demo_month_has_requests_in_several_categories_and_buildings(
    demo: Sandbox,
) -> None:
    stats = demo.services.stats
    summary = await stats.summary(cast.STAFF.tg_id, stats.named(periods.THIS_MONTH), Scope())
    requests = summary.requests
    assert requests.filed >= 5 and requests.resolved >= 1 and requests.open >= 1
    assert len(requests.categories) >= 3
    assert sum(1 for b in requests.buildings if b.filed) >= 2
    assert summary.residents.registered >= 4
    charts = stats.draw(summary, "zh-hans")
    assert len(charts) == 3 and all(len(c.png) > 20_000 for c in charts)
