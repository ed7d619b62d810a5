"""The report workbook read back with openpyxl: a sheet per area in the reader's language,
every request of the period with its fields, times in the community's zone."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.config import Settings
from bot.models.requests import NewRequest
from bot.models.stats import Scope
from bot.services import Services
from tests.conftest import ADMIN_TG, STAFF_CHAT, add_resident

RESIDENT = 501


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        TELEGRAM_BOT_TOKEN="123:TEST",
        LINLI_DB=tmp_path / "linli.db",
        LINLI_ADMINS=str(ADMIN_TG),
        LINLI_STAFF_CHAT=STAFF_CHAT,
        LINLI_TZ="Asia/Shanghai",
    )


async def test_the_workbook_has_a_sheet_per_area_in_chinese_with_local_times(
    services: Services, local_hour: int
) -> None:
    await add_resident(services, RESIDENT, name="李秀英", building="2", unit="3-402")
    request, _ = await services.requests.file(
        RESIDENT, new=NewRequest(category="repairs", description="楼道灯坏了"), source_key="k"
    )
    month = services.stats.between(date(2027, 3, 1), date(2027, 3, 31))
    name, data = await services.stats.export(ADMIN_TG, month, Scope(), "zh-hans")
    assert name == "linli-2027-03-01-2027-03-31-zh-hans.xlsx"
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["摘要", "诉求", "通知", "活动", "志愿者", "爱心银行", "微心愿"]
    summary = book["摘要"]
    assert "整个社区" in str(summary["A1"].value)
    assert len(summary._images) == 3  # the charts, embedded
    rows = list(book["诉求"].iter_rows(values_only=True))
    assert rows[0][:4] == ("编号", "类别", "状态", "居民")
    assert len(rows) == 2
    line = rows[1]
    assert line[0] == request.number and line[1] == "维修" and line[3] == "李秀英"
    assert line[4:6] == ("2", "3-402") and line[16] == "楼道灯坏了"
    # Filed at the pinned hour in Shanghai, shown as such (eight hours ahead of UTC).
    zone = services.env.settings.zone
    assert line[7] == request.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    assert line[7][11:13] == f"{local_hour:02d}"  # the community's hour, not UTC's
